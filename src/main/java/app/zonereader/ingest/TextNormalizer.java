package app.zonereader.ingest;

import com.hankcs.hanlp.HanLP;

/**
 * The form of text used for matching (zone names, byline patterns, search), never for display:
 * full-width ASCII folded to half-width, ideographic space to a space, Traditional Chinese to Simplified.
 * The result has the same length as the input, so an offset found in it points at the same place in the original.
 */
public final class TextNormalizer {
    /** The basic-plane characters of the Han script, looked up once: the script look-up is a binary search. */
    private static final boolean[] HAN = hanTable();

    private TextNormalizer() {
    }

    public static String forMatching(String text) {
        String folded = foldWidth(text);
        String simplified = toSimplified(folded);
        // HanLP converts phrase by phrase; in the rare case a phrase changes length, keep offsets valid instead.
        return simplified.length() == folded.length() ? simplified : folded;
    }

    /** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms; nothing else changes. */
    public static String foldWidth(String text) {
        int first = 0;
        while (first < text.length() && fold(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text;   // the common case: no copy
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    private static String toSimplified(String text) {
        if (!mayConvert(text)) {
            // nothing the conversion would change: most pages are pure Simplified, and converting costs a lot
            return text;
        }
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** False when the Traditional→Simplified conversion is sure to give {@code text} back unchanged. */
    static boolean mayConvert(String text) {
        return hasHan(text) && TraditionalMarkers.hanlp().foundIn(text);
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (HAN[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] hanTable() {
        boolean[] han = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            han[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        return han;
    }
}
