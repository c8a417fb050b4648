package app.zonereader.model;

import java.util.Objects;

/**
 * Where a reader cut an item: the text just before and just after the caret, so the cut is found again in a page
 * whose text moved.
 *
 * @param before up to {@link #CONTEXT} characters before the cut
 * @param after  up to {@link #CONTEXT} characters after it
 */
public record SplitPoint(String before, String after) {
    public static final int CONTEXT = 24;
    private static final char SEPARATOR = '\u001F';

    public SplitPoint {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.indexOf(SEPARATOR) >= 0 || after.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a unit separator in the text around a cut");
        }
    }

    /** The context around {@code offset} of {@code text}. */
    public static SplitPoint in(String text, int offset) {
        return new SplitPoint(text.substring(Math.max(0, offset - CONTEXT), offset),
                text.substring(offset, Math.min(text.length(), offset + CONTEXT)));
    }

    /** The form kept in {@link Correction#context()}. */
    public String encode() {
        return before + SEPARATOR + after;
    }

    public static SplitPoint decode(String encoded) {
        int separator = encoded.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("not a split point: " + encoded);
        }
        return new SplitPoint(encoded.substring(0, separator), encoded.substring(separator + 1));
    }
}
