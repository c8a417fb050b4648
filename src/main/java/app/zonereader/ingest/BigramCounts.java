package app.zonereader.ingest;

import java.util.List;

/**
 * In how many documents each bigram occurs: an open-addressing table keyed by the bigram's int code, grown by
 * doubling to stay at most half full. Items of a page share most of their bigrams, so it starts at a quarter of their
 * total.
 */
final class BigramCounts {
    private int[] codes;
    private int[] counts;
    private int size;

    /** Counts each bigram of each document once. */
    BigramCounts(List<BigramSet> documents) {
        int total = 0;
        for (BigramSet document : documents) {
            total += document.size();
        }
        codes = new int[BigramSlots.capacityFor(total / 4)];
        counts = new int[codes.length];
        for (BigramSet document : documents) {
            for (int i = 0; i < document.size(); i++) {
                increment(document.codeAt(i));
            }
        }
    }

    /** The number of documents holding the bigram; 0 when none does. */
    int count(int code) {
        int slot = BigramSlots.slotOf(codes, code);
        return code != 0 && codes[slot] == code ? counts[slot] : 0;
    }

    private void increment(int code) {
        int slot = BigramSlots.slotOf(codes, code);
        if (codes[slot] == 0) {
            if (2 * (size + 1) > codes.length) {
                grow();
                slot = BigramSlots.slotOf(codes, code);
            }
            codes[slot] = code;
            size++;
        }
        counts[slot]++;
    }

    private void grow() {
        int[] oldCodes = codes;
        int[] oldCounts = counts;
        codes = new int[oldCodes.length * 2];
        counts = new int[codes.length];
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldCodes[i] != 0) {
                int slot = BigramSlots.slotOf(codes, oldCodes[i]);
                codes[slot] = oldCodes[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
