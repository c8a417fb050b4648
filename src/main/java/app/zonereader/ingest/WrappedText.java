package app.zonereader.ingest;

import java.util.regex.Pattern;

/**
 * Text-level repairs of wrapped lines, whatever the layout: joining two pieces of one wrapped sentence (Chinese glued,
 * English with a space, a Latin hyphenation undone) and closing up OCR that set every Chinese character apart.
 */
final class WrappedText {
    private static final Pattern SPACES = Pattern.compile(" +");

    private WrappedText() {
    }

    /** Joins two pieces of one wrapped sentence. */
    static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        char last = left.charAt(left.length() - 1);
        char first = right.charAt(0);
        if (last == '-' && left.length() >= 2 && TextShape.isLatinLetter(left.charAt(left.length() - 2))
                && first >= 'a' && first <= 'z') {
            return left.substring(0, left.length() - 1) + right;
        }
        if (TextShape.isLatinLetter(first) && last < 0x80 && !Character.isWhitespace(last)
                && (TextShape.isLatinOrDigit(last) || ",.;:!?)\"'".indexOf(last) >= 0)) {
            return left + " " + right;
        }
        return left + right;
    }

    /**
     * OCR sometimes sets every Chinese character apart ("“ 项 目 开 工 需 要"). When most space-separated tokens of a
     * line are single Chinese characters, the spaces are removed (a space stays only between Latin/digit tokens).
     */
    static String collapseSpacedOut(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        String[] tokens = SPACES.split(line);
        int single = 0;
        for (String token : tokens) {
            if (token.length() == 1 && TextShape.isCjk(token.charAt(0))) {
                single++;
            } else if (token.length() == 2 && TextShape.isCjk(token.charAt(0)) && TextShape.isCjk(token.charAt(1))
                    && !TextShape.isHan(token.charAt(0))) {
                single++;
            }
        }
        if (single < 4 || single * 2 < tokens.length) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && TextShape.isLatinOrDigit(out.charAt(out.length() - 1))
                    && TextShape.isLatinOrDigit(token.charAt(0))) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }
}
