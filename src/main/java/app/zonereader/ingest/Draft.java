package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An item while the segmenter is still assembling it (mutable, package-private, never leaves ingest). */
final class Draft {
    /** A paragraph with the block (run of text the page printed together) it came from. */
    record Para(String text, boolean heading, int block) {
    }

    /** A headline-shaped line and where it was printed. */
    record Headline(String text, int line) {
    }

    ItemKind kind = ItemKind.ARTICLE;
    final int line;
    boolean orphan;
    boolean hasBody;
    boolean endedWithByline;
    final List<Headline> headlines = new ArrayList<>();
    final List<Headline> leadingShorts = new ArrayList<>();
    final List<String> bylineParts = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Para> body = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final List<IngestWarning> warnings = new ArrayList<>();
    /** Where a web copy says the article comes from, and its publication date (yyyy-MM-dd); "" when not printed. */
    String source = "";
    String date = "";
    private BigramSet grams;
    private BigramSet openingGrams;
    private Set<String> zones;

    Draft(int line) {
        this.line = line;
    }

    void addByline(Byline byline) {
        if (!byline.text().isEmpty()) {
            bylineParts.add(byline.text());
        }
        for (String name : byline.names()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
    }

    /** Takes the source and date an information line gives, keeping what the article already has. */
    void addInformation(String line) {
        if (source.isEmpty()) {
            source = WebCopyLines.source(line).orElse("");
        }
        if (date.isEmpty()) {
            date = WebCopyLines.date(line).orElse("");
        }
    }

    String text() {
        int length = 0;
        for (Headline headline : headlines) {
            length += headline.text().length() + 1;
        }
        for (Para para : body) {
            length += para.text().length() + 1;
        }
        for (String caption : captions) {
            length += caption.length() + 1;
        }
        // room for all of it up front: growing a builder of Chinese text copies it again and again
        StringBuilder text = new StringBuilder(length);
        for (Headline headline : headlines) {
            text.append(headline.text()).append('\n');
        }
        for (Para para : body) {
            text.append(para.text()).append('\n');
            if (text.length() > BigramSimilarity.MAX_CHARS) {
                break;
            }
        }
        for (String caption : captions) {
            text.append(caption).append('\n');
        }
        return text.toString();
    }

    /** The opening of the body, where a headline's words are most likely repeated. */
    String opening() {
        StringBuilder text = new StringBuilder();
        for (Para para : body) {
            if (text.length() > 300) {
                break;
            }
            text.append(para.text()).append('\n');
        }
        return text.toString();
    }

    BigramSet grams() {
        if (grams == null) {
            grams = BigramSimilarity.bigrams(text());
        }
        return grams;
    }

    BigramSet openingGrams() {
        if (openingGrams == null) {
            openingGrams = BigramSimilarity.bigrams(opening());
        }
        return openingGrams;
    }

    Set<String> zones() {
        if (zones == null) {
            zones = BigramSimilarity.zoneKeys(text());
        }
        return zones;
    }

    void invalidate() {
        grams = null;
        openingGrams = null;
        zones = null;
    }

    boolean isEmpty() {
        return body.isEmpty() && headlines.isEmpty() && captions.isEmpty();
    }
}
