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
 * at the same offsets (folding keeps the length). One instance serves every hit of a query.
 */
final class Snippets {
    static final int BEFORE = 30;
    static final int LENGTH = 120;

    /** A snippet and the literal strings that matched. */
    record Marked(String snippet, List<String> terms) {
    }

    private record Match(int start, int end) {
    }

    /** Strings to look for, lower-cased, longest first; caseless ones match the document without lower-casing it. */
    private record Needles(List<String> strings, boolean caseless) {
        static Needles of(List<String> needles) {
            List<String> strings = lowered(needles);
            return new Needles(strings, strings.stream().allMatch(SearchText::isCaseless));
        }

        String haystack(String document) {
            return caseless ? document : SearchText.lower(document);
        }
    }

    private final Needles typed;
    private final Needles words;

    /**
     * @param typed the strings the user typed, folded
     * @param words the query's words, folded; looked for only when none of the typed strings occurs
     */
    Snippets(List<String> typed, List<String> words) {
        this.typed = Needles.of(typed);
        this.words = Needles.of(words);
    }

    /** @see #mark(String, String) */
    static Marked mark(String raw, String folded, List<String> typed, List<String> words) {
        return new Snippets(typed, words).mark(raw, folded);
    }

    /**
     * @param raw    the document as printed
     * @param folded the same document folded (same length), as matched
     */
    Marked mark(String raw, String folded) {
        String document = folded.length() == raw.length() ? folded : raw;
        List<String> needles = typed.strings();
        String haystack = typed.haystack(document);
        Set<String> terms = firstOccurrences(raw, haystack, needles);
        if (terms.isEmpty()) {
            needles = words.strings();
            haystack = words.haystack(document);
            terms = firstOccurrences(raw, haystack, needles);
        }
        int first = haystack.length();
        for (String needle : needles) {
            int at = haystack.indexOf(needle);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        first = first == haystack.length() ? 0 : first;
        int start = windowStart(raw, first);
        int end = Math.min(raw.length(), start + LENGTH);
        StringBuilder snippet = new StringBuilder();
        if (start > 0) {
            snippet.append('…');
        }
        int at = start;
        for (Match match : findAll(haystack, start, end, needles)) {
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

    /** The needles, lower-cased, without blanks or repeats, longest first (the longest wins at an offset). */
    private static List<String> lowered(List<String> needles) {
        List<String> ordered = new ArrayList<>();
        for (String needle : needles) {
            String lowered = SearchText.lower(needle);
            if (!lowered.isBlank() && !ordered.contains(lowered)) {
                ordered.add(lowered);
            }
        }
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        return ordered;
    }

    /** The printed form of each needle where it first occurs. */
    private static Set<String> firstOccurrences(String raw, String haystack, List<String> needles) {
        Set<String> terms = new LinkedHashSet<>();
        for (String needle : needles) {
            int at = haystack.indexOf(needle);
            if (at >= 0) {
                terms.add(raw.substring(at, at + needle.length()));
            }
        }
        return terms;
    }

    /** Non-overlapping matches inside [from, to), left to right, the longest needle winning at an offset. */
    private static List<Match> findAll(String haystack, int from, int to, List<String> needles) {
        List<Match> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match found = null;
            for (String needle : needles) {
                if (i + needle.length() <= to && haystack.startsWith(needle, i)) {
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
