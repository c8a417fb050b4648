package app.zonereader.ingest;

import java.util.Arrays;

/**
 * The widths of the lines in a window that slides down a page, kept sorted as lines enter and leave, so that each
 * position's median and maximum come without sorting the window again.
 */
final class SortedWidths {
    private final double[] values;
    private int size;

    SortedWidths(int capacity) {
        values = new double[capacity];
    }

    void add(double width) {
        int at = Arrays.binarySearch(values, 0, size, width);
        at = at >= 0 ? at : -at - 1;
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = width;
        size++;
    }

    /** Removes one line of this width, which must be in the window. */
    void remove(double width) {
        int at = Arrays.binarySearch(values, 0, size, width);
        if (at < 0) {
            throw new IllegalStateException("no line of width " + width + " in the window");
        }
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
    }

    int size() {
        return size;
    }

    /** The upper median, as in a sorted copy's element at size / 2. */
    double median() {
        return values[size / 2];
    }

    /** The widest, or 0 for an empty window. */
    double max() {
        return size == 0 ? 0 : values[size - 1];
    }
}
