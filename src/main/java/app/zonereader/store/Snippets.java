package app.zonereader.store;

import app.zonereader.model.SearchHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the query's strings in an article and cuts a short, marked-up snippet around the first one.
 * Matching runs on the folded, lower-cased document; the snippet and the reported terms come from the original text
 * at the same offsets (folding keeps the length).
 */
final class Snippets {
    static final int BEFORE = 30;
    static final int LENGTH = 120;

    /** A snippet and the literal strings that matched. */
    record Marked(String snippet, List<String> terms) {
    }

    private record Match(int start, int end) {
    }

    private Snippets() {
    }

    /**
     * @param raw     the document as printed
     * @param folded  the same document folded (same length), as matched
     * @param needles strings to look for, already folded
     */
    static Marked mark(String raw, String folded, List<String> needles) {
        String haystack = SearchText.lower(folded.length() == raw.length() ? folded : raw);
        List<Match> matches = findAll(haystack, needles);
        Set<String> terms = new LinkedHashSet<>();
        matches.forEach(m -> terms.add(raw.substring(m.start, m.end)));
        int first = matches.isEmpty() ? 0 : matches.get(0).start;
        int start = windowStart(raw, first);
        int end = Math.min(raw.length(), start + LENGTH);
        StringBuilder snippet = new StringBuilder();
        if (start > 0) {
            snippet.append('…');
        }
        int at = start;
        for (Match match : matches) {
            if (match.start < at || match.end > end) {
                continue;
            }
            snippet.append(raw, at, match.start).append(SearchHit.HIT_START)
                    .append(raw, match.start, match.end).append(SearchHit.HIT_END);
            at = match.end;
        }
        snippet.append(raw, at, end);
        if (end < raw.length()) {
            snippet.append('…');
        }
        return new Marked(snippet.toString().replace('\n', ' '), List.copyOf(terms));
    }

    /** Non-overlapping matches, left to right, the longest needle winning at a given offset. */
    private static List<Match> findAll(String haystack, List<String> needles) {
        List<String> ordered = new ArrayList<>();
        for (String needle : needles) {
            String lowered = SearchText.lower(needle);
            if (!lowered.isBlank() && !ordered.contains(lowered)) {
                ordered.add(lowered);
            }
        }
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < haystack.length()) {
            Match found = null;
            for (String needle : ordered) {
                if (haystack.startsWith(needle, i)) {
                    found = new Match(i, i + needle.length());
                    break;
                }
            }
            if (found == null) {
                i++;
            } else {
                matches.add(found);
                i = found.end;
            }
        }
        return matches;
    }

    /** A little before the first hit, but not before the start of its line when that is close. */
    private static int windowStart(String raw, int first) {
        int start = Math.max(0, first - BEFORE);
        int lineStart = raw.lastIndexOf('\n', first - 1) + 1;
        return Math.max(start, lineStart);
    }
}
