package app.zonereader.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The text forms the search tables hold, built the same way for documents and for queries. */
final class SearchText {
    /** Every char that lower-casing changes, and every char it changes one into (A and a, Σ and σ, K and k …). */
    private static final BitSet CASED = casedChars();

    private SearchText() {
    }

    /** A letter or digit: the characters the word and gram tables index (the others separate tokens). */
    static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean allTokenChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Lower case, char by char, so offsets stay valid; the text itself when it has nothing to lower (most Chinese). */
    static String lower(String text) {
        int first = 0;
        while (first < text.length() && Character.toLowerCase(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * True when {@link #lower} can neither make nor break an occurrence of {@code needle} in a text (any Chinese, digits,
     * most punctuation), so the needle can be looked for in the text as it is, without lower-casing all of it.
     */
    static boolean isCaseless(String needle) {
        for (int i = 0; i < needle.length(); i++) {
            if (CASED.get(needle.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static BitSet casedChars() {
        BitSet cased = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lowered = Character.toLowerCase((char) c);
            if (lowered != c) {
                cased.set(c);
                cased.set(lowered);
            }
        }
        return cased;
    }

    /** Lower case for A–Z only, as SQLite's lower() does, so a needle compares with lower(doc). */
    static String lowerAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** The words of already folded text, separated by spaces, for the unicode61 word table. */
    static String words(WordSplitter splitter, String folded) {
        return words(splitter.words(folded));
    }

    /** Words a splitter made, stripped and separated by spaces, blank ones left out. */
    static String words(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String token = word.strip();
            if (token.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    /**
     * Every distinct letter/digit and every distinct pair of adjacent letters/digits of the folded document, separated
     * by spaces. Indexed once per article, they answer 1–2 character queries without positions.
     */
    static String grams(String foldedDocument) {
        String text = lower(foldedDocument);
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isTokenChar(c)) {
                continue;
            }
            grams.add(String.valueOf(c));
            if (i + 1 < text.length() && isTokenChar(text.charAt(i + 1))) {
                grams.add(text.substring(i, i + 2));
            }
        }
        return String.join(" ", grams);
    }

    /** An FTS5 string literal: the text in double quotes, inner quotes doubled, so it can only ever mean itself. */
    static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * A quoted phrase as Chinese text is written: spaces typed between two Han characters removed. The text has none
     * there, so "国家 高新区" is the string 国家高新区 — found as that word by the word table (which may hold it as one
     * word, never as two adjacent ones) and as that string by the substring search, rather than as two pieces
     * anywhere in an article. Spaces beside Latin letters or digits are kept.
     */
    static String closeHanGaps(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < phrase.length() && Character.isWhitespace(phrase.charAt(end))) {
                end++;
            }
            boolean between = !out.isEmpty() && end < phrase.length()
                    && isHan(out.codePointBefore(out.length())) && isHan(phrase.codePointAt(end));
            if (!between) {
                out.append(phrase, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Splits a phrase into the pieces between whitespace (a phrase may span words the user separated by spaces). */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("\\s+")) {
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }
}
