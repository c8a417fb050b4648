package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * A newspaper page after ingest.
 *
 * @param fileName         the file's name, without folders
 * @param contentHash      SHA-256 of the file's bytes, hex; identifies the page across re-imports
 * @param items            the items cut from the page, in reading order
 * @param warnings         decoding or segmentation problems worth telling the user
 * @param unknownZoneNames names that look like zones (X高新区) but are not in the gazetteer
 */
public record Page(String fileName, String contentHash, List<Article> items, List<String> warnings,
                   List<String> unknownZoneNames) {
    public Page {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentHash, "contentHash");
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        unknownZoneNames = List.copyOf(unknownZoneNames);
    }
}
