package app.zonereader.app;

import app.zonereader.model.Article;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SplitPoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cuts an item in two at a place in its body text, and joins two items into one: the text operations behind the
 * reader's split and merge. Zone, tags and key figures are left as they were; the caller has the engine work them out
 * again for the new items.
 */
final class ItemSurgery {
    /** A first paragraph this short, not closed like a sentence, reads as the second part's headline. */
    private static final int HEADLINE_CHARS = 40;

    private ItemSurgery() {
    }

    /** The two items an item cut at {@code point} of its body text makes. */
    record Halves(Article first, Article second) {
    }

    /**
     * Cuts the item before {@code bodyText()[point]}; a paragraph cut in its middle becomes two. The first part keeps
     * the headline, byline and photo captions; the second takes its first paragraph as headline when it looks like
     * one. Empty when either part would have no text.
     */
    static Optional<Halves> split(Article item, int point) {
        List<Paragraph> first = new ArrayList<>();
        List<Paragraph> second = new ArrayList<>();
        int start = 0;
        for (Paragraph paragraph : item.body()) {
            int end = start + paragraph.text().length();
            if (end <= point) {
                first.add(paragraph);
            } else if (start >= point) {
                second.add(paragraph);
            } else {
                addIfText(first, paragraph.text().substring(0, point - start), paragraph.heading());
                addIfText(second, paragraph.text().substring(point - start), paragraph.heading());
            }
            start = end + 1;
        }
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        String title = "";
        if (second.size() > 1 && looksLikeHeadline(second.get(0))) {
            title = second.remove(0).text();
        }
        Article head = new Article(item.kind(), item.title(), item.subtitle(), item.byline(), item.bylineNames(),
                item.zone(), first, item.photoCaptions(), item.tags(), item.keyFigures(), item.warnings(), item.source(),
                item.date());
        Article tail = new Article(item.kind(), title, "", "", List.of(), item.zone(), second, List.of(), List.of(),
                List.of(), List.of(), item.source(), item.date());
        return Optional.of(new Halves(head, tail));
    }

    /**
     * One item of two that the engine cut apart: the second's headline and subtitle become intertitles of the
     * first's body, so no printed text is lost.
     */
    static Article join(Article first, Article second) {
        List<Paragraph> body = new ArrayList<>(first.body());
        if (!second.title().isBlank()) {
            body.add(Paragraph.heading(second.title()));
        }
        if (!second.subtitle().isBlank()) {
            body.add(Paragraph.heading(second.subtitle()));
        }
        body.addAll(second.body());
        List<String> captions = new ArrayList<>(first.photoCaptions());
        captions.addAll(second.photoCaptions());
        LinkedHashSet<String> names = new LinkedHashSet<>(first.bylineNames());
        names.addAll(second.bylineNames());
        List<IngestWarning> warnings = new ArrayList<>(first.warnings());
        warnings.addAll(second.warnings());
        return new Article(first.kind(), first.title(), first.subtitle(), either(first.byline(), second.byline()),
                List.copyOf(names), first.zone(), body, captions, first.tags(), first.keyFigures(), warnings,
                either(first.source(), second.source()), either(first.date(), second.date()));
    }

    /**
     * Where a cut made at {@code hint} falls in {@code text} now: the occurrence of the remembered context nearest the
     * old offset (the text before the cut may have grown or shrunk). Empty when the context is gone.
     */
    static OptionalInt findCut(String text, SplitPoint point, int hint) {
        String around = point.before() + point.after();
        int best = -1;
        for (int at = text.indexOf(around); at >= 0; at = text.indexOf(around, at + 1)) {
            int cut = at + point.before().length();
            if (best < 0 || Math.abs(cut - hint) < Math.abs(best - hint)) {
                best = cut;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static boolean looksLikeHeadline(Paragraph paragraph) {
        String text = paragraph.text().strip();
        return paragraph.heading() || (text.length() <= HEADLINE_CHARS && !text.isEmpty()
                && "。！？；.!?;：:，,".indexOf(text.charAt(text.length() - 1)) < 0);
    }

    private static void addIfText(List<Paragraph> paragraphs, String text, boolean heading) {
        if (!text.isBlank()) {
            paragraphs.add(new Paragraph(text.strip(), heading));
        }
    }

    private static String either(String preferred, String otherwise) {
        return preferred.isBlank() ? otherwise : preferred;
    }
}
