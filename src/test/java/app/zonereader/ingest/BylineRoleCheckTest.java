package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cheap pre-check before the role-word pattern never hides a role word the pattern would find. */
class BylineRoleCheckTest {
    @Test
    void everyAlternativeOfThePatternStartsWithACheckedCharacter() {
        for (String alternative : BylineParser.ROLE.pattern().split("\\|")) {
            String start = alternative.startsWith("(?<!") ? alternative.substring(alternative.indexOf('[') + 1,
                    alternative.indexOf(']')) : alternative.substring(0, 1);
            for (char c : start.toCharArray()) {
                assertTrue(BylineParser.ROLE_FIRST.indexOf(c) >= 0, c + " of " + alternative);
            }
        }
    }

    @Test
    void theCheckAgreesWithThePatternOnEveryLineAndWindowOfThePages() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String folder : new String[]{"assets/pages", "src/test/resources/unseen", "src/test/resources/adversarial"}) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    String page = Norm.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                    texts.addAll(page.lines().toList());
                    for (int at = 0; at + 12 <= page.length(); at += 5) {
                        texts.add(page.substring(at, at + 12));
                    }
                }
            }
        }
        int withRole = 0;
        for (String text : texts) {
            boolean found = BylineParser.ROLE.matcher(text).find();
            assertEquals(found, BylineParser.hasRole(text), text);
            withRole += found ? 1 : 0;
        }
        assertTrue(withRole > 100, "the pages hold role words: " + withRole);
        assertFalse(BylineParser.mayHoldRole("高新区发展产业"));
    }
}
