package app.zonereader.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A newspaper page after ingest.
 *
 * @param fileName         the file's name, without folders
 * @param contentHash      SHA-256 of the file's bytes, hex; identifies the page across re-imports
 * @param items            the items cut from the page, in reading order
 * @param warnings         decoding or segmentation problems worth telling the user
 * @param unknownZoneNames names that look like zones (X高新区) but are not in the gazetteer
 * @param date             the issue date printed on the page or in its file name, ISO yyyy-MM-dd; "" when unknown
 * @param printed          the paper and page number its file name or masthead gives
 */
public record Page(String fileName, String contentHash, List<Article> items, List<IngestWarning> warnings,
                   List<String> unknownZoneNames, String date, PrintedSource printed) {
    public Page {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(date, "date");
        if (!date.isEmpty()) {
            LocalDate.parse(date);
        }
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        unknownZoneNames = List.copyOf(unknownZoneNames);
    }

    /** A page whose paper and page number are unknown. */
    public Page(String fileName, String contentHash, List<Article> items, List<IngestWarning> warnings,
                List<String> unknownZoneNames, String date) {
        this(fileName, contentHash, items, warnings, unknownZoneNames, date, PrintedSource.NONE);
    }

    /** A page whose date is unknown. */
    public Page(String fileName, String contentHash, List<Article> items, List<IngestWarning> warnings,
                List<String> unknownZoneNames) {
        this(fileName, contentHash, items, warnings, unknownZoneNames, "");
    }

    public Optional<LocalDate> issueDate() {
        return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
    }
}
