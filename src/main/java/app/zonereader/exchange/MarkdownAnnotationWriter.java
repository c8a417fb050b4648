package app.zonereader.exchange;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Notes to read and paste: per article its headline, zone, a citation line (headline, date, page file, zone, URI),
 * whether it is bookmarked, its tags, its article notes, then each highlight as a block quote with its note beneath,
 * in text order. All user text is escaped, so a note full of {@code *} or {@code #} reads as typed.
 */
public final class MarkdownAnnotationWriter implements AnnotationWriter {
    @Override
    public void write(List<AnnotationRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# ZoneReader annotations\n");
        for (List<AnnotationRow> article : byArticle(rows).values()) {
            writer.write('\n');
            writer.write(article(article));
        }
        writer.flush();
    }

    /** The rows of each article together, articles in the order they first come. */
    private static Map<ArticleKey, List<AnnotationRow>> byArticle(List<AnnotationRow> rows) {
        Map<ArticleKey, List<AnnotationRow>> articles = new LinkedHashMap<>();
        rows.forEach(row -> articles.computeIfAbsent(row.annotation().article(), key -> new ArrayList<>()).add(row));
        return articles;
    }

    private static String article(List<AnnotationRow> rows) {
        AnnotationRow first = rows.get(0);
        String uri = first.annotation().article().uri();
        StringBuilder text = new StringBuilder();
        String headline = first.title().isEmpty() ? "(article no longer in the library)" : first.title();
        text.append("## ").append(MarkdownText.escape(headline).replace('\n', ' ')).append("\n\n");
        if (!first.zone().isEmpty()) {
            text.append("Zone: ").append(MarkdownText.escape(place(first))).append("  \n");
        }
        text.append("Source: ").append(MarkdownText.escape(citation(first))).append(" <").append(uri).append(">\n");
        if (rows.stream().anyMatch(row -> row.annotation().kind() == AnnotationKind.BOOKMARK)) {
            text.append("\n**Bookmarked**\n");
        }
        if (!first.tags().isEmpty()) {
            text.append("\nTags: ").append(MarkdownText.escape(String.join(", ", first.tags()))).append('\n');
        }
        for (AnnotationRow row : rows) {
            Annotation annotation = row.annotation();
            switch (annotation.kind()) {
                case ARTICLE_NOTE -> text.append("\n### Note\n\n").append(MarkdownText.escape(annotation.text())).append('\n');
                case HIGHLIGHT -> text.append('\n').append(highlight(annotation));
                case BOOKMARK, TAG -> {
                    // shown once above, as the bookmark mark and the tag line
                }
            }
        }
        return text.toString();
    }

    private static String highlight(Annotation annotation) {
        StringBuilder text = new StringBuilder();
        MarkdownText.escape(annotation.anchor().exact()).lines().forEach(line -> text.append("> ").append(line).append('\n'));
        text.append('\n').append('*').append(annotation.color().code());
        if (annotation.isOrphaned()) {
            text.append(", orphaned: this text is no longer in the article");
        }
        text.append("*\n");
        if (!annotation.text().isEmpty()) {
            text.append('\n').append(MarkdownText.escape(annotation.text())).append('\n');
        }
        return text.toString();
    }

    private static String place(AnnotationRow row) {
        return row.province().isEmpty() ? row.zone() : row.zone() + ", " + row.province();
    }

    /** Headline, date and page file where known, and zone: what a reader needs to find the printed article. */
    private static String citation(AnnotationRow row) {
        return String.join(", ", Stream.of(row.title(), row.pageDate(), row.pageFile(), row.zone())
                .filter(part -> !part.isEmpty()).toList()) + ".";
    }
}
