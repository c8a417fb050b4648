package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SortedWidthsTest {
    @Test
    void medianAndMaxFollowLinesEnteringAndLeaving() {
        SortedWidths widths = new SortedWidths(5);
        assertEquals(0, widths.max());
        widths.add(20);
        widths.add(8.5);
        widths.add(20);
        assertEquals(20, widths.median());
        assertEquals(20, widths.max());
        widths.remove(20);
        widths.add(3);
        assertEquals(8.5, widths.median());   // 3, 8.5, 20: the middle one
        widths.remove(20);
        assertEquals(8.5, widths.max());
        assertThrows(IllegalStateException.class, () -> widths.remove(20));
    }

    @Test
    void aSlidingWindowMatchesSortingEachWindow() {
        Random random = new Random(7);
        double[] lines = new double[500];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = random.nextInt(60) / 2.0;
        }
        int window = 9;
        SortedWidths widths = new SortedWidths(window);
        for (int end = 0; end < lines.length; end++) {
            if (end >= window) {
                widths.remove(lines[end - window]);
            }
            widths.add(lines[end]);
            double[] sorted = Arrays.copyOfRange(lines, Math.max(0, end - window + 1), end + 1);
            Arrays.sort(sorted);
            assertEquals(sorted[sorted.length / 2], widths.median());
            assertEquals(sorted[sorted.length - 1], widths.max());
        }
    }
}
