package app.zonereader.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsBenchTest {
    @TempDir
    Path dir;

    @Test
    void timesEveryAggregateOnAGeneratedLibrary() {
        String report = StatsBench.run(dir, 300);
        assertTrue(report.contains("library: 300 articles on 30 pages"), report);
        for (String query : List.of("per zone", "per province", "per month", "per month and province", "per tag",
                "zone x tag (15 x 15)", "reading per zone", "largest amounts (200)", "articles behind a bar (500)",
                "unread articles (500)")) {
            assertTrue(report.lines().anyMatch(line -> line.matches("\\Q" + query + "\\E\\s+\\d+\\.\\d")), query + "\n" + report);
        }
        assertTrue(Files.exists(dir.resolve("stats-bench.db")));
    }
}
