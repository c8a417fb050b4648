package app.zonereader.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages the engine was not tuned on (src/test/resources/unseen: invented news about other zones, in the paper's
 * layouts — displaced headlines, top bylines, long features, captions, ads, web copies, Traditional reprints, dense
 * hard wraps), scored with the same rules as the bundled gold pages (GoldScorer) against unseen/expected.json.
 * {@code -Dunseen.pages=DIR} scores other renderings of the same pages.
 */
class UnseenPagesTest {
    private static final String EXPECTED = "/unseen/expected.json";
    private static final Map<String, int[]> TOTAL = new LinkedHashMap<>();
    private static final List<String> FAILURES = new ArrayList<>();

    @BeforeAll
    static void score() throws IOException {
        System.out.println(GoldScorer.scoreSegmentation(EXPECTED, UnseenPagesTest::read, TOTAL, FAILURES, true));
    }

    private static byte[] read(String file) throws IOException {
        String dir = System.getProperty("unseen.pages");
        if (dir != null) {
            // other renderings of the same pages (re-wrapped, re-spaced) score against the same expectations
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(dir, file));
        }
        try (InputStream in = UnseenPagesTest.class.getResourceAsStream("/unseen/" + file)) {
            if (in == null) {
                throw new IOException("unseen page " + file + " missing from test resources");
            }
            return in.readAllBytes();
        }
    }

    private static void assertFull(String criterion) {
        int[] s = TOTAL.get(criterion);
        assertTrue(s[1] > 0, "no " + criterion + " expectations");
        assertTrue(s[0] == s[1], criterion + " " + s[0] + "/" + s[1] + "; misses: " + FAILURES);
    }

    @Test
    void everyExpectedItemIsFound() {
        assertFull("items");
    }

    @Test
    void kindsAreRight() {
        assertFull("kind");
    }

    @Test
    void titlesAreExact() {
        assertFull("title");
    }

    @Test
    void bylineNamesAreTakenOutOfTheBody() {
        assertFull("byline");
    }

    @Test
    void mustContainTextSitsInTheRightItemOnly() {
        assertFull("contain");
    }

    @Test
    void mustNotContainTextStaysOut() {
        assertFull("not_contain");
    }

    @Test
    void paragraphsStartWhereExpected() {
        assertFull("starts");
    }

    /** The same pages without their blank lines, and with a blank line after every line, segment the same way. */
    @Test
    void otherSpacingsScoreTheSame() throws IOException {
        List<UnaryOperator<String>> renderings = List.of(
                text -> text.replaceAll("\n[ \t]*(?=\n)", ""),
                text -> String.join("\n\n", text.lines().filter(line -> !line.isBlank()).toList()) + "\n");
        for (UnaryOperator<String> render : renderings) {
            Map<String, int[]> total = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            GoldScorer.scoreSegmentation(EXPECTED, file -> render.apply(new String(read(file), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8), total, failures, true);
            for (String criterion : List.of("items", "title", "contain", "starts")) {
                int[] s = total.get(criterion);
                assertEquals(s[1], s[0], criterion + " " + failures);
            }
        }
    }

    @Test
    void everyItemGetsItsZone() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> mismatches = GoldScorer.zoneMismatches(EXPECTED, UnseenPagesTest::read, rows);
        System.err.println(String.join(System.lineSeparator(), rows));
        assertEquals(List.of(), mismatches);
    }
}
