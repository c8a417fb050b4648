package app.zonereader.app.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestBenchTest {
    @Test
    void reportsPipelineSegmentationAndRatio() {
        String report = IngestBench.run(1);
        System.err.println(report);
        assertTrue(report.contains("pipeline      ms/page p50"), report);
        assertTrue(report.contains("segmentation  ms/page p50"), report);
        assertTrue(report.contains("throughput ratio pipeline/segmentation"), report);
        assertTrue(report.contains("-char page: pipeline p50"), report);
    }

    @Test
    void rejectsZeroRounds() {
        assertThrows(IllegalArgumentException.class, () -> IngestBench.run(0));
    }
}
