package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;

import java.util.List;
import java.util.Objects;

/**
 * One item of a page as the segmenter cut it out, before zone attribution, tagging and key figures.
 * Absent text fields are empty strings; {@code source} and {@code date} are what a web copy's information line says
 * (the date as yyyy-MM-dd).
 */
public record SegmentedItem(ItemKind kind, String title, String subtitle, String byline, List<String> bylineNames,
                            List<Paragraph> body, List<String> photoCaptions, List<IngestWarning> warnings, String source,
                            String date) {
    /** An item without source or date. */
    public SegmentedItem(ItemKind kind, String title, String subtitle, String byline, List<String> bylineNames,
                         List<Paragraph> body, List<String> photoCaptions, List<IngestWarning> warnings) {
        this(kind, title, subtitle, byline, bylineNames, body, photoCaptions, warnings, "", "");
    }

    public SegmentedItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        bylineNames = List.copyOf(bylineNames);
        body = List.copyOf(body);
        photoCaptions = List.copyOf(photoCaptions);
        warnings = List.copyOf(warnings);
    }
}
