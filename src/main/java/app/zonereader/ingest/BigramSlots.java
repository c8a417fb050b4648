package app.zonereader.ingest;

/**
 * Open addressing for tables keyed by a bigram's int code, shared by {@link BigramSet} and {@link BigramCounts}.
 * Code 0 is never a bigram (its first character would be NUL), so it marks a free slot. Tables are sized once for
 * all their keys and stay at most half full, so probing is short and never wraps forever.
 */
final class BigramSlots {
    private BigramSlots() {
    }

    /** A power of two at least twice {@code keys}. */
    static int capacityFor(int keys) {
        return Math.max(16, Integer.highestOneBit(Math.max(1, keys) * 2 - 1) << 1);
    }

    /** The slot holding {@code code}, or the free slot where it goes (linear probing). */
    static int slotOf(int[] table, int code) {
        int mask = table.length - 1;
        int mixed = code * 0x9E3779B9;
        int slot = (mixed ^ (mixed >>> 16)) & mask;
        while (table[slot] != 0 && table[slot] != code) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
