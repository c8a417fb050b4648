package app.zonereader.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item cut out of a page by the ingest pipeline: an article, a photo with its caption, or an ad.
 * Absent text fields are empty strings, never null; {@link #zone()} is empty when the item is about no national zone.
 *
 * @param kind          article, photo or ad
 * @param title         headline ("" when none)
 * @param subtitle      kicker or sub-headline ("" when none)
 * @param byline        byline as printed, e.g. "本报记者 戈清平" ("" when none)
 * @param bylineNames   the people named in the byline
 * @param zone          the zone the item is mostly about
 * @param body          paragraphs in reading order; for a photo, the caption
 * @param photoCaptions captions of pictures printed inside the article
 * @param tags          automatic tags, most relevant first
 * @param keyFigures    figures found in the body
 * @param warnings      what the engine was unsure about, for the user to check
 * @param source        where a web copy says the item comes from, e.g. "经济参考报" ("" when not printed)
 * @param date          the publication date a web copy prints, as yyyy-MM-dd ("" when not printed)
 */
public record Article(ItemKind kind, String title, String subtitle, String byline, List<String> bylineNames,
                      Optional<Zone> zone, List<Paragraph> body, List<String> photoCaptions, List<String> tags,
                      List<KeyFigure> keyFigures, List<IngestWarning> warnings, String source, String date) {
    /** An item without source or date (a printed page's article). */
    public Article(ItemKind kind, String title, String subtitle, String byline, List<String> bylineNames,
                   Optional<Zone> zone, List<Paragraph> body, List<String> photoCaptions, List<String> tags,
                   List<KeyFigure> keyFigures, List<IngestWarning> warnings) {
        this(kind, title, subtitle, byline, bylineNames, zone, body, photoCaptions, tags, keyFigures, warnings, "", "");
    }

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(zone, "zone");
        bylineNames = List.copyOf(bylineNames);
        body = List.copyOf(body);
        photoCaptions = List.copyOf(photoCaptions);
        tags = List.copyOf(tags);
        keyFigures = List.copyOf(keyFigures);
        warnings = List.copyOf(warnings);
    }

    /** The body as plain text, paragraphs separated by a newline. */
    public String bodyText() {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : body) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(paragraph.text());
        }
        return text.toString();
    }

    /** A title to show in lists: the headline, else the start of the body. */
    public String displayTitle() {
        if (!title.isEmpty()) {
            return title;
        }
        // One line in a list: an ad's or caption's line breaks become spaces.
        String text = bodyText().strip().replaceAll("\\s+", " ");
        int end = Math.min(text.length(), 24);
        return text.isEmpty() ? "" : text.substring(0, end) + (text.length() > end ? "…" : "");
    }
}
