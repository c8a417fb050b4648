package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one file on import.
 *
 * @param fileName     the file's name
 * @param status       imported, already present (same content hash) or failed
 * @param articleCount items stored (0 unless imported)
 * @param message      the reason for a failure, or "" otherwise
 * @param warnings     the page's warnings
 * @param millis       time spent on this file
 * @param unknownZones names on the page that look like high-tech zones but are not in the gazetteer (丽水高新区)
 */
public record ImportReport(String fileName, ImportStatus status, int articleCount, String message,
                           List<IngestWarning> warnings, long millis, List<String> unknownZones) {
    public ImportReport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        warnings = List.copyOf(warnings);
        unknownZones = List.copyOf(unknownZones);
    }

    /** A report that names no unknown zones. */
    public ImportReport(String fileName, ImportStatus status, int articleCount, String message, List<IngestWarning> warnings,
                        long millis) {
        this(fileName, status, articleCount, message, warnings, millis, List.of());
    }
}
