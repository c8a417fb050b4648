package app.zonereader.model;

import java.util.Objects;

/**
 * Where a highlight sits in its article's text ({@link Article#bodyText()}): the quoted text with up to 32
 * characters of context on each side (a W3C TextQuoteSelector), and its offsets (a TextPositionSelector).
 * The quote is what counts; the offsets are a hint that re-anchoring checks first.
 *
 * @param exact  the highlighted text
 * @param prefix up to {@link #CONTEXT} characters just before it
 * @param suffix up to {@link #CONTEXT} characters just after it
 * @param start  offset of the first character in the body text
 * @param end    offset after the last character (exclusive)
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {
    /** How much context each side keeps. */
    public static final int CONTEXT = 32;
    /** The anchor of something about the whole article (an article note, a bookmark, a tag). */
    public static final TextAnchor WHOLE_ARTICLE = new TextAnchor("", "", "", 0, 0);

    public TextAnchor {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** The anchor of {@code text[start, end)}, with its context. */
    public static TextAnchor of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("bad range " + start + ".." + end + " in a text of " + text.length());
        }
        return new TextAnchor(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }

    public boolean isWholeArticle() {
        return exact.isEmpty();
    }
}
