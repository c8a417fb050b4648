package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;

import java.util.List;

/** A page cut into items, in reading order, with what the segmenter was unsure about. */
public record SegmentedPage(List<SegmentedItem> items, List<IngestWarning> warnings) {
    public SegmentedPage {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
