package app.zonereader.ingest;

import java.util.List;

/**
 * In how many documents each bigram occurs: an open-addressing table keyed by the bigram's int code, sized once for
 * all the documents' bigrams (items of a page share few of them, so a smaller start only meant rehashing).
 */
final class BigramCounts {
    private final int[] codes;
    private final int[] counts;

    /** Counts each bigram of each document once. */
    BigramCounts(List<BigramSet> documents) {
        int keys = 0;
        for (BigramSet document : documents) {
            keys += document.size();
        }
        codes = new int[BigramSlots.capacityFor(keys)];
        counts = new int[codes.length];
        for (BigramSet document : documents) {
            for (int i = 0; i < document.size(); i++) {
                int slot = BigramSlots.slotOf(codes, document.codeAt(i));
                codes[slot] = document.codeAt(i);
                counts[slot]++;
            }
        }
    }

    /** The number of documents holding the bigram; 0 when none does. */
    int count(int code) {
        int slot = BigramSlots.slotOf(codes, code);
        return code != 0 && codes[slot] == code ? counts[slot] : 0;
    }
}
