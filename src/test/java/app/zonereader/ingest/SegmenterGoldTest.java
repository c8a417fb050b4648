package app.zonereader.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores Decoder + PageSegmenter against the reference segmentation of the bundled pages
 * (src/test/resources/gold/seed-articles.json; its "about" field defines the criteria). Prints a page × criterion
 * table; fails unless every gold item is found with its exact title and every must_contain string sits in the
 * right item and in no other. The other criteria are reported (and kept at 100% by the unit tests of each rule).
 * {@code -Dgold.pages=DIR} scores other renderings of the same pages (re-wrapped, re-spaced, re-encoded).
 */
class SegmenterGoldTest {
    private static final Map<String, int[]> TOTAL = new LinkedHashMap<>();
    private static final List<String> FAILURES = new ArrayList<>();

    @BeforeAll
    static void score() throws IOException {
        Path pages = Path.of(System.getProperty("gold.pages", "assets/pages"));
        System.out.println(score(file -> Files.readAllBytes(pages.resolve(file)), TOTAL, FAILURES, false));
    }

    /**
     * Scores every gold page read through {@code source}; fills {@code total} and {@code failures}, returns the table.
     * With {@code normalized}, texts are compared in matching form (Traditional = Simplified).
     */
    static String score(GoldScorer.PageSource source, Map<String, int[]> total, List<String> failures,
                        boolean normalized) throws IOException {
        return GoldScorer.scoreSegmentation("/gold/seed-articles.json", source, total, failures, normalized);
    }

    private static void assertFull(String criterion) {
        int[] s = TOTAL.get(criterion);
        assertTrue(s[0] == s[1], criterion + " " + s[0] + "/" + s[1] + "; misses: " + FAILURES);
    }

    @Test
    void everyGoldItemIsFound() {
        assertFull("items");
    }

    @Test
    void titlesAreExact() {
        assertFull("title");
    }

    @Test
    void mustContainTextSitsInTheRightItemOnly() {
        assertFull("contain");
    }

    @Test
    void stretchJoinsAreReported() {
        int[] s = TOTAL.get("stretch");
        System.out.println("stretch joins: " + s[0] + "/" + s[1]);
        assertTrue(s[1] > 0, "the gold file has stretch goals");
    }
}
