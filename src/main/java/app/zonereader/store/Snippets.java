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

    record Match(int start, int end) {
    }

    /** Strings to look for, lower-cased, longest first; caseless ones match the document without lower-casing it. */
    private record Needles(List<String> strings, boolean caseless) {
        static Needles of(List<String> needles) {
            List<String> strings = lowered(needles);
            return new Needles(strings, strings.stream().allMatch(SearchText::isCaseless));
        }

        Found find(String document) {
            String haystack = caseless ? document : SearchText.lower(document);
            int[] firsts = new int[strings.size()];
            for (int i = 0; i < firsts.length; i++) {
                firsts[i] = haystack.indexOf(strings.get(i));
            }
            return new Found(strings, haystack, firsts);
        }
    }

    /** Where each needle first occurs in the haystack (the matching form of the document), -1 where it does not. */
    private record Found(List<String> needles, String haystack, int[] firsts) {
        boolean none() {
            return first() < 0;
        }

        /** The earliest occurrence of any needle; -1 when there is none. */
        int first() {
            int first = -1;
            for (int at : firsts) {
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }

        /** The printed form of each needle where it first occurs. */
        List<String> terms(String raw) {
            Set<String> terms = new LinkedHashSet<>();
            for (int i = 0; i < firsts.length; i++) {
                if (firsts[i] >= 0) {
                    terms.add(raw.substring(firsts[i], firsts[i] + needles.get(i).length()));
                }
            }
            return List.copyOf(terms);
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
        Found found = typed.find(document);
        if (found.none()) {
            found = words.find(document);
        }
        int start = windowStart(raw, Math.max(0, found.first()));
        int end = Math.min(raw.length(), start + LENGTH);
        StringBuilder snippet = new StringBuilder();
        if (start > 0) {
            snippet.append('…');
        }
        int at = start;
        for (Match match : findAll(found.haystack(), start, end, found.needles())) {
            snippet.append(raw, at, match.start).append(SearchHit.HIT_START)
                    .append(raw, match.start, match.end).append(SearchHit.HIT_END);
            at = match.end;
        }
        snippet.append(raw, at, end);
        if (end < raw.length()) {
            snippet.append('…');
        }
        return new Marked(snippet.toString().replace('\n', ' '), found.terms(raw));
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

    /**
     * Non-overlapping matches inside [from, to), left to right, the longest needle winning at an offset.
     *
     * @param needles longest first
     */
    static List<Match> findAll(String haystack, int from, int to, List<String> needles) {
        List<Match> matches = new ArrayList<>();
        int i = from;
        while (true) {
            Match next = null;
            for (String needle : needles) {
                // An occurrence that runs past the window ends the search for that needle: any later one would too.
                int at = haystack.indexOf(needle, i);
                boolean fits = at >= 0 && at + needle.length() <= to;
                if (fits && (next == null || at < next.start)) {
                    next = new Match(at, at + needle.length());  // longest first: a shorter one at the same offset loses
                }
            }
            if (next == null) {
                return matches;
            }
            matches.add(next);
            i = next.end;
        }
    }

    /** A little before the first hit, but not before the start of its line when that is close. */
    private static int windowStart(String raw, int first) {
        int start = Math.max(0, first - BEFORE);
        int lineStart = raw.lastIndexOf('\n', first - 1) + 1;
        return Math.max(start, lineStart);
    }
}
