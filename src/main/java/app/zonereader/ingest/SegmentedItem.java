package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;

import java.util.List;

/**
 * One item of a page as the segmenter cut it out, before zone attribution, tagging and key figures.
 * Absent text fields are empty strings.
 */
public record SegmentedItem(ItemKind kind, String title, String subtitle, String byline, List<String> bylineNames,
                            List<Paragraph> body, List<String> photoCaptions, List<IngestWarning> warnings) {
    public SegmentedItem {
        bylineNames = List.copyOf(bylineNames);
        body = List.copyOf(body);
        photoCaptions = List.copyOf(photoCaptions);
        warnings = List.copyOf(warnings);
    }
}
