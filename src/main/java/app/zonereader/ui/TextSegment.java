package app.zonereader.ui;

import app.zonereader.model.SearchHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of text that is or is not a search hit. Both the result snippets (hits marked by the search engine) and
 * opened articles (hits found again from the search terms) are cut into these before becoming styled Text nodes.
 */
record TextSegment(String text, boolean hit) {

    /** Cuts a snippet at its {@link SearchHit#HIT_START} / {@link SearchHit#HIT_END} marks; the marks are dropped. */
    static List<TextSegment> fromMarkedSnippet(String snippet) {
        List<TextSegment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inHit = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            boolean toggles = inHit ? c == SearchHit.HIT_END : c == SearchHit.HIT_START;
            if (toggles) {
                flush(segments, run, inHit);
                inHit = !inHit;
            } else if (c != SearchHit.HIT_START && c != SearchHit.HIT_END) {
                run.append(c);
            }
        }
        flush(segments, run, inHit);
        return segments;
    }

    /** Cuts text at every occurrence of any term (ignoring case), preferring the longest term where terms overlap. */
    static List<TextSegment> highlight(String text, List<String> terms) {
        List<String> longestFirst = terms.stream().filter(term -> !term.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<TextSegment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int matched = matchAt(text, i, longestFirst);
            if (matched > 0) {
                flush(segments, run, false);
                segments.add(new TextSegment(text.substring(i, i + matched), true));
                i += matched;
            } else {
                run.append(text.charAt(i));
                i++;
            }
        }
        flush(segments, run, false);
        return segments;
    }

    private static int matchAt(String text, int offset, List<String> terms) {
        for (String term : terms) {
            if (text.regionMatches(true, offset, term, 0, term.length())) {
                return term.length();
            }
        }
        return 0;
    }

    private static void flush(List<TextSegment> segments, StringBuilder run, boolean hit) {
        if (!run.isEmpty()) {
            segments.add(new TextSegment(run.toString(), hit));
            run.setLength(0);
        }
    }
}
