package app.zonereader.ingest;

import java.util.Arrays;

/**
 * The distinct character bigrams of a text, each coded as one int (first character in the high half): a hash table
 * of ints for membership and the codes in the order first seen for iteration, so a page's hundreds of comparisons
 * need no boxing. Immutable.
 */
final class BigramSet {
    private final int[] slots;
    private final int[] codes;

    private BigramSet(int[] slots, int[] codes) {
        this.slots = slots;
        this.codes = codes;
    }

    /** The set of the first {@code count} codes, given with repeats; none may be 0. */
    static BigramSet of(int[] codes, int count) {
        int[] slots = new int[BigramSlots.capacityFor(count)];
        int[] distinct = new int[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int slot = BigramSlots.slotOf(slots, codes[i]);
            if (slots[slot] == 0) {
                slots[slot] = codes[i];
                distinct[size++] = codes[i];
            }
        }
        return new BigramSet(slots, size == count ? distinct : Arrays.copyOf(distinct, size));
    }

    static int code(char first, char second) {
        return (first << 16) | second;
    }

    boolean contains(int code) {
        return code != 0 && slots[BigramSlots.slotOf(slots, code)] == code;
    }

    int size() {
        return codes.length;
    }

    /** The code at {@code index}, in the order first seen. */
    int codeAt(int index) {
        return codes[index];
    }
}
