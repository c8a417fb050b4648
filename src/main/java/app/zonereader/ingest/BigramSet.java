package app.zonereader.ingest;

import java.util.Arrays;

/**
 * The distinct character bigrams of a text, each coded as one int (first character in the high half), kept sorted
 * so that membership is a binary search: no boxing, and a page's hundreds of comparisons stay cheap. Immutable.
 */
final class BigramSet {
    private final int[] codes;

    private BigramSet(int[] codes) {
        this.codes = codes;
    }

    /** The set of the first {@code count} codes, given in any order and with repeats. */
    static BigramSet of(int[] codes, int count) {
        int[] sorted = Arrays.copyOf(codes, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new BigramSet(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct));
    }

    static int code(char first, char second) {
        return (first << 16) | second;
    }

    boolean contains(int code) {
        return Arrays.binarySearch(codes, code) >= 0;
    }

    int size() {
        return codes.length;
    }

    /** The code at {@code index}, in ascending order. */
    int codeAt(int index) {
        return codes[index];
    }
}
