package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Zone attribution against the reference segmentation of the bundled pages: for each gold item, the produced item
 * holding its first must_contain text must carry the gold zone (null: none).
 */
class ZoneGoldTest {
    @Test
    void everyGoldItemGetsItsZone() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> mismatches = GoldScorer.zoneMismatches("/gold/seed-articles.json",
                file -> Files.readAllBytes(Path.of("assets/pages", file)), rows);
        String table = String.format("%-26s %-12s %-12s %s%n", "page", "gold zone", "produced", "")
                + String.join(System.lineSeparator(), rows);
        System.err.println(table);
        assertEquals(List.of(), mismatches);
    }
}
