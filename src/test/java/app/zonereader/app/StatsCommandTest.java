package app.zonereader.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code stats} on a library of the bundled sample pages, imported once through the real engine. */
class StatsCommandTest {
    @TempDir
    static Path folder;
    private static String db;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void importSamples() {
        db = folder.resolve("lib.db").toString();
        assertEquals(0, new StatsCommandTest().run("import", "--db", db, "assets/pages"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Map<String, Integer> jsonCounts(String... args) throws Exception {
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8))) {
            assertEquals(2, row.size(), "only name and count: " + row);
            counts.put(row.get("name").asText(), row.get("count").asInt());
        }
        return counts;
    }

    @Test
    void countsTheSamplePagesArticlesPerZone() throws Exception {
        Map<String, Integer> perZone = jsonCounts("stats", "--db", db, "--json", "--by", "zone");
        assertEquals(3, perZone.get("永川高新区"));
        assertEquals(2, perZone.get("清远高新区"));
    }

    @Test
    void narrowsToAZoneAndAgreesAcrossDimensions() throws Exception {
        Map<String, Integer> perMonth = jsonCounts("stats", "--db", db, "--json", "--by", "month", "--zone", "永川高新区");
        assertEquals(3, perMonth.values().stream().mapToInt(Integer::intValue).sum(), perMonth.toString());
        perMonth.keySet().forEach(month -> assertTrue(month.matches("\\d{4}-\\d{2}"), month));
        Map<String, Integer> perProvince = jsonCounts("stats", "--db", db, "--json", "--by", "province", "--province", "广东");
        assertEquals(Map.of("广东", jsonCounts("stats", "--db", db, "--json", "--by", "zone", "--province", "广东")
                .values().stream().mapToInt(Integer::intValue).sum()), perProvince);
    }

    @Test
    void printsNameAndCountPerLine() {
        assertEquals(0, run("stats", "--db", db, "--by", "zone", "--zone", "清远高新区"));
        assertEquals("清远高新区  2", out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void anUnknownDimensionIsAUsageError() {
        assertEquals(Cli.EXIT_USAGE, run("stats", "--db", db, "--by", "city"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--by takes zone, province, month or tag, not 'city'"));
        assertEquals(Cli.EXIT_USAGE, run("stats", "--db", db));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--by zone|province|month|tag is required"));
    }
}
