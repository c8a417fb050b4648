package app.zonereader.app.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void theRatioIsTheMedianOfSeveralWarmRepetitions() {
        List<Double> ratios = IngestBench.throughputRatios(1);
        assertEquals(IngestBench.REPETITIONS, ratios.size());
        assertTrue(ratios.stream().allMatch(ratio -> ratio > 0 && Double.isFinite(ratio)), ratios.toString());
        assertThrows(IllegalArgumentException.class, () -> IngestBench.throughputRatio(0));
    }

    @Test
    void eachPageIsTimedInBothOrdersAndNeighboursInOpposite() {
        for (int pages : new int[]{1, 4, 5}) {
            for (int page = 0; page < pages; page++) {
                assertNotEquals(IngestBench.pipelineFirst(0, page), IngestBench.pipelineFirst(1, page),
                        "page " + page + " of " + pages);
                if (page > 0) {
                    assertNotEquals(IngestBench.pipelineFirst(0, page - 1), IngestBench.pipelineFirst(0, page));
                }
            }
        }
    }

    @Test
    void rejectsZeroRounds() {
        assertThrows(IllegalArgumentException.class, () -> IngestBench.run(0));
    }
}
