package app.zonereader.app.bench;

import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportBenchTest {
    @TempDir
    Path dir;

    @Test
    void reportsSecondsAndSizeForEachFormatAndCleansUp() throws Exception {
        String report = ExportBench.run(dir, 200, 1);
        assertTrue(report.startsWith("Export benchmark: 200 annotations"), report);
        for (String format : List.of("md", "csv", "json")) {
            assertTrue(report.lines().anyMatch(line -> line.matches("  " + format + " +\\d+\\.\\d{3} s +[\\d,]+ bytes")), report);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void generatesEveryKindWithUniqueIds() {
        List<AnnotationRow> rows = ExportBench.rows(1000);
        assertEquals(1000, rows.stream().map(row -> row.annotation().uuid()).distinct().count());
        for (AnnotationKind kind : AnnotationKind.values()) {
            assertTrue(rows.stream().anyMatch(row -> row.annotation().kind() == kind), kind.name());
        }
        assertTrue(rows.stream().anyMatch(row -> row.annotation().isOrphaned()));
    }

    @Test
    void refusesNothingToMeasure() {
        assertThrows(IllegalArgumentException.class, () -> ExportBench.run(dir, 0, 1));
    }
}
