package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.Article;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The look of an article's body as plain data: its text (exactly {@link Article#bodyText()}, so offsets in
 * highlights map 1:1 onto the text area), one style per line (intertitle or ordinary paragraph) and the character
 * style spans (search hits, highlights by colour). A pure function of its inputs, computed off the FX thread and
 * applied in one {@code setStyleSpans} call.
 *
 * @param text            the body text, paragraphs joined by '\n'
 * @param paragraphStyles one style-class list per line of {@code text}
 * @param spans           character styles covering the whole text
 */
record BodyStyles(String text, List<Collection<String>> paragraphStyles, StyleSpans<Collection<String>> spans) {
    static final String HEADING = "article-heading";
    static final String PARAGRAPH = "article-paragraph";
    static final String SEARCH_HIT = "search-hit";
    static final String HIGHLIGHT = "highlight";

    BodyStyles {
        paragraphStyles = List.copyOf(paragraphStyles);
    }

    /** The style class of a highlight colour, e.g. {@code hl-yellow}. */
    static String colorClass(HighlightColor color) {
        return "hl-" + color.name().toLowerCase(Locale.ROOT);
    }

    static BodyStyles of(Article article, List<String> searchTerms, List<Annotation> highlights) {
        String text = article.bodyText();
        return new BodyStyles(text, paragraphStyles(article, text), spans(text, searchTerms, highlights));
    }

    /**
     * Lines are what the text area calls paragraphs; a line is an intertitle when it starts inside a heading
     * paragraph of the article (a paragraph with a line break in it gives several lines).
     */
    private static List<Collection<String>> paragraphStyles(Article article, String text) {
        List<int[]> headings = new ArrayList<>();
        int offset = 0;
        for (Paragraph paragraph : article.body()) {
            // Mirrors Article.bodyText(): a separator only once some text precedes.
            if (offset > 0) {
                offset++;
            }
            if (paragraph.heading()) {
                headings.add(new int[] {offset, offset + paragraph.text().length()});
            }
            offset += paragraph.text().length();
        }
        List<Collection<String>> styles = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int start = lineStart;
            boolean heading = headings.stream().anyMatch(h -> start >= h[0] && start <= h[1] && h[1] > h[0]);
            styles.add(List.of(heading ? HEADING : PARAGRAPH));
            lineStart += line.length() + 1;
        }
        return styles;
    }

    /** Every position gets "search-hit" if a term covers it and the colour of the highlight shown there. */
    static StyleSpans<Collection<String>> spans(String text, List<String> searchTerms, List<Annotation> highlights) {
        List<int[]> hits = hitRanges(text, searchTerms);
        List<Annotation> shown = highlights.stream()
                .filter(h -> h.anchor().start() < h.anchor().end() && h.anchor().start() < text.length()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        hits.forEach(hit -> {
            cuts.add(hit[0]);
            cuts.add(hit[1]);
        });
        shown.forEach(h -> {
            cuts.add(h.anchor().start());
            cuts.add(Math.min(text.length(), h.anchor().end()));
        });
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            builder.add(styleAt(from, hits, shown), to - from);
        }
        if (text.isEmpty()) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> styleAt(int offset, List<int[]> hits, List<Annotation> highlights) {
        List<String> style = new ArrayList<>(3);
        if (hits.stream().anyMatch(hit -> hit[0] <= offset && offset < hit[1])) {
            style.add(SEARCH_HIT);
        }
        highlightAt(offset, highlights).ifPresent(h -> {
            style.add(HIGHLIGHT);
            style.add(colorClass(h.color()));
        });
        return style;
    }

    /**
     * The highlight drawn at a character: where highlights overlap, the one starting last (the innermost) shows,
     * so a click lands on the highlight the reader sees.
     */
    static Optional<Annotation> highlightAt(int offset, List<Annotation> highlights) {
        return highlights.stream()
                .filter(h -> h.anchor().start() <= offset && offset < h.anchor().end())
                .max(Comparator.comparingInt((Annotation h) -> h.anchor().start()).thenComparingLong(Annotation::id));
    }

    /** Where the search terms occur, as [start, end) pairs (longest term first where they overlap). */
    static List<int[]> hitRanges(String text, List<String> searchTerms) {
        List<int[]> ranges = new ArrayList<>();
        int offset = 0;
        for (TextSegment segment : TextSegment.highlight(text, searchTerms)) {
            if (segment.hit()) {
                ranges.add(new int[] {offset, offset + segment.text().length()});
            }
            offset += segment.text().length();
        }
        return ranges;
    }
}
