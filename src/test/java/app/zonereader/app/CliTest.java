package app.zonereader.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end, on the bundled sample pages and a temporary library file. */
class CliTest {
    private static final Path PAGES = Path.of("assets/pages");
    private static final String FIRST_PAGE = "assets/pages/000_0c56615beea04158.txt";

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(Cli.standard(), args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void inspectJsonHasOneObjectPerFileWithTheDocumentedFields() throws Exception {
        assertEquals(0, run("inspect", "--json", FIRST_PAGE));
        JsonNode files = new ObjectMapper().readTree(out());
        assertEquals(1, files.size());
        JsonNode page = files.get(0);
        assertEquals("000_0c56615beea04158.txt", page.get("file").asText());
        assertTrue(page.get("items").size() >= 5);
        for (JsonNode item : page.get("items")) {
            for (String field : List.of("kind", "title", "subtitle", "byline", "zone", "province", "tags",
                    "photo_captions", "body")) {
                assertTrue(item.has(field), field + " missing in " + item);
            }
            assertTrue(List.of("article", "photo", "ad").contains(item.get("kind").asText()));
        }
        assertTrue(page.get("items").findValuesAsText("zone").contains("永川高新区"));
    }

    @Test
    void inspectNamesAFileItCannotReadAndStillShowsTheOthers() {
        assertEquals(2, run("inspect", "--json", folder.resolve("missing.txt").toString(), FIRST_PAGE));
        assertTrue(err().contains("missing.txt"), err());
        assertTrue(out().contains("000_0c56615beea04158.txt"));
    }

    @Test
    void importTwiceNeverDuplicatesAndSearchFindsTwoCharacterWords() throws Exception {
        String db = folder.resolve("lib.db").toString();
        assertEquals(0, run("import", "--db", db, PAGES.toString()), err());
        assertTrue(out().contains("5 new pages"), out());
        String firstSummary = out().lines().reduce((a, b) -> b).orElseThrow();

        assertEquals(0, run("import", "--db", db, PAGES.toString()), err());
        assertTrue(out().contains("0 new pages, 0 replaced, 0 items stored, 5 already present"), out());
        assertEquals(itemCount(firstSummary), itemCount(out().lines().reduce((a, b) -> b).orElseThrow()));

        assertEquals(0, run("search", "--db", db, "--json", "职教"));
        JsonNode hits = new ObjectMapper().readTree(out());
        assertFalse(hits.isEmpty());
        assertTrue(hits.findValuesAsText("zone").contains("清远高新区"), out());

        assertEquals(0, run("search", "--db", db, "--json", "--zone", "永川高新区", "职教"));
        JsonNode inYongchuan = new ObjectMapper().readTree(out());
        assertEquals(3, inYongchuan.size(), out());
        inYongchuan.forEach(hit -> assertEquals("永川高新区", hit.get("zone").asText()));
        for (JsonNode hit : hits) {
            for (String field : List.of("id", "uri", "title", "zone", "snippet", "score")) {
                assertTrue(hit.has(field), field);
            }
            assertTrue(hit.get("uri").asText().matches("zonereader:page/[0-9a-f]{64}/\\d+"), hit.toString());
        }
    }

    @Test
    void importReportsAFailedFileByNameAndImportsTheRest() throws Exception {
        Path good = Files.copy(Path.of(FIRST_PAGE), folder.resolve("good.txt"));
        Path missing = folder.resolve("gone.txt");
        Path picture = Files.copy(Path.of("assets/screenshot.png"), folder.resolve("scan.txt"));
        assertEquals(2, run("import", "--db", folder.resolve("lib.db").toString(), missing.toString(), picture.toString(),
                good.toString()));
        assertTrue(out().contains("skipped   " + missing + ": no such file or folder"), out());
        assertTrue(out().contains("skipped   scan.txt: not a text file (PNG)"), out());
        assertTrue(out().contains("not imported:\n  " + missing + ": no such file or folder\n  scan.txt: not a text file (PNG)\n"), out());
        assertTrue(out().contains("imported  good.txt"), out());
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("inspect") && out().contains("import") && out().contains("search"));
        assertEquals(0, run("import", "--help"));
        assertTrue(out().contains("--db"));
        assertEquals(2, run("import", "--frobnicate"));
        assertTrue(err().contains("unknown option --frobnicate"), err());
        assertEquals(2, run("nonsense"));
    }

    private static String itemCount(String summary) {
        return summary.substring(summary.indexOf("now holds"));
    }
}
