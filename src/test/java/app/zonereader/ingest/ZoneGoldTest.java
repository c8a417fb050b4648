package app.zonereader.ingest;

import app.zonereader.model.Article;
import app.zonereader.model.Page;
import app.zonereader.model.Zone;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Zone attribution against the reference segmentation of the bundled pages: for each gold item, the produced item
 * holding its first must_contain text must carry the gold zone (null: none).
 */
class ZoneGoldTest {
    @Test
    void everyGoldItemGetsItsZone() throws IOException {
        JsonNode gold;
        try (InputStream in = ZoneGoldTest.class.getResourceAsStream("/gold/seed-articles.json")) {
            assertNotNull(in, "gold/seed-articles.json missing from test resources");
            gold = new ObjectMapper().readTree(in);
        }
        PagePipeline pipeline = PagePipeline.standard();
        List<String> rows = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (JsonNode goldPage : gold.get("pages")) {
            String file = goldPage.get("file").asText();
            Page page = pipeline.process(file, Files.readAllBytes(Path.of("assets/pages", file)));
            for (JsonNode item : goldPage.get("items")) {
                String anchor = squeeze(item.get("must_contain").get(0).asText());
                String expected = item.get("zone").isNull() ? "-" : item.get("zone").asText();
                Optional<Article> produced = page.items().stream().filter(a -> squeeze(textOf(a)).contains(anchor)).findFirst();
                String actual = produced.map(a -> a.zone().map(Zone::shortName).orElse("-")).orElse("(item not found)");
                String label = item.path("title").isTextual() ? item.get("title").asText() : item.get("kind").asText() + " " + anchor;
                rows.add(String.format("%-26s %-12s %-12s %s %s", file, expected, actual, expected.equals(actual) ? "ok  " : "FAIL",
                        label.length() > 24 ? label.substring(0, 24) : label));
                if (!expected.equals(actual)) {
                    mismatches.add(file + " \"" + label + "\": expected " + expected + ", got " + actual);
                }
            }
        }
        String table = String.format("%-26s %-12s %-12s %s%n", "page", "gold zone", "produced", "")
                + String.join(System.lineSeparator(), rows);
        System.err.println(table);
        assertEquals(List.of(), mismatches);
    }

    private static String textOf(Article article) {
        return article.bodyText() + String.join("", article.photoCaptions());
    }

    /** Gold comparisons ignore all whitespace. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
