package app.zonereader.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The big-library bench as a smoke test: the command runs at 2,000 articles and prints every key (not the goals). */
class BenchJsonTest {
    private static final List<String> KEYS = List.of("import_articles_per_s", "ingest_ratio", "search_p50_ms",
            "search_p95_ms", "search_recall", "like_p95_ms", "open_p95_ms", "stats_ms", "startup_ms", "rss_mb", "db_mb",
            "text_mb", "import_prepare_cpu_ms_per_page", "import_write_ms_per_page");

    @TempDir
    Path dir;

    @Test
    void printsEveryFigureOfATwoThousandArticleLibraryAsOneJsonObject() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.standard().run(List.of("bench", "--articles", "2000", "--json", "--dir", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonNode figures = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        for (String key : KEYS) {
            assertTrue(figures.path(key).isNumber(), key + " missing or not a number in " + figures);
            assertTrue(figures.path(key).asDouble() > 0, key + " should be measured: " + figures);
        }
        assertTrue(figures.path("import_writer_waits").isInt(), "how often the writer waited: " + figures);
        assertEquals(1.0, figures.path("search_recall").asDouble(), "every verbatim match is found");
        assertEquals(2000, figures.path("articles").asInt());
        // The started windows kept their preferences (window place, layout) in the work folder, not the user's own.
        for (String run : List.of("startup-1-prefs", "startup-2-prefs")) {
            try (var files = Files.walk(dir.resolve(run))) {
                assertTrue(files.anyMatch(file -> file.getFileName().toString().equals("prefs.xml")), run);
            }
        }
    }

    @Test
    void jsonMeasuresTheWholeLibraryAndTakesNoBenchmarkName() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.standard().run(List.of("bench", "search", "--json"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.EXIT_USAGE, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--json measures the whole library"), err.toString());
    }
}
