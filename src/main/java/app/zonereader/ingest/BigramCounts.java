package app.zonereader.ingest;

/**
 * In how many documents each bigram occurs: an open-addressing table keyed by the bigram's int code. Code 0 is
 * never a bigram (its first character would be NUL), so it marks a free slot.
 */
final class BigramCounts {
    private int[] codes = new int[64];
    private int[] counts = new int[64];
    private int size;

    /** Counts each bigram of one document once. */
    void addAll(BigramSet document) {
        for (int i = 0; i < document.size(); i++) {
            increment(document.codeAt(i));
        }
    }

    /** The number of documents holding the bigram; 0 when none does. */
    int count(int code) {
        int slot = slotOf(codes, code);
        return codes[slot] == code ? counts[slot] : 0;
    }

    private void increment(int code) {
        int slot = slotOf(codes, code);
        if (codes[slot] != code) {
            if (2 * (size + 1) > codes.length) {
                grow();
                slot = slotOf(codes, code);
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
        counts = new int[oldCodes.length * 2];
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldCodes[i] != 0) {
                int slot = slotOf(codes, oldCodes[i]);
                codes[slot] = oldCodes[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** The slot holding {@code code}, or the free slot where it would go (linear probing; the table is never full). */
    private static int slotOf(int[] table, int code) {
        int mask = table.length - 1;
        int mixed = code * 0x9E3779B9;
        int slot = (mixed ^ (mixed >>> 16)) & mask;
        while (table[slot] != 0 && table[slot] != code) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
