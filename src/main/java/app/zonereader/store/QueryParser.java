package app.zonereader.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a user typed into terms. Nothing in the input is an operator except double quotes (phrase) and a
 * trailing '*' (prefix): AND, NEAR, '-', '^', ':' and parentheses are just text, so no input can make a query fail.
 */
public final class QueryParser {
    /** Longer input is cut: nobody types more, and it bounds the work a query can cause. */
    public static final int MAX_QUERY_CHARS = 200;
    public static final int MAX_TERMS = 12;

    private QueryParser() {
    }

    public static List<QueryTerm> parse(String query) {
        String text = query == null ? "" : query;
        if (text.length() > MAX_QUERY_CHARS) {
            text = text.substring(0, MAX_QUERY_CHARS);
        }
        List<QueryTerm> terms = new ArrayList<>();
        int i = 0;
        while (i < text.length() && terms.size() < MAX_TERMS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                int next = close < 0 ? text.length() : close + 1;
                boolean prefix = next < text.length() && text.charAt(next) == '*';
                add(terms, text.substring(i + 1, end), true, prefix);
                i = prefix ? next + 1 : next;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String word = text.substring(i, end);
                String stripped = stripTrailingStars(word);
                add(terms, stripped, false, stripped.length() < word.length());
                i = end;
            }
        }
        return terms;
    }

    private static void add(List<QueryTerm> terms, String text, boolean phrase, boolean prefix) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        if (!collapsed.isEmpty()) {
            terms.add(new QueryTerm(collapsed, phrase, prefix));
        }
    }

    private static String stripTrailingStars(String word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '*') {
            end--;
        }
        return word.substring(0, end);
    }
}
