package app.zonereader.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened to one file on import.
 *
 * @param fileName        the file's name (for a file found in a folder, its path below the folder given)
 * @param status          imported, already present (same content hash), replaced, or failed (not imported)
 * @param articleCount    items stored (0 unless imported or replaced)
 * @param message         the details of a failure (the size, the error), or ""
 * @param warnings        the page's warnings
 * @param millis          time spent on this file
 * @param unknownZones    names on the page that look like high-tech zones but are not in the gazetteer (丽水高新区)
 * @param reason          why a failed file was not imported; {@link SkipReason#NONE} exactly when it did not fail
 * @param articlesPerZone items stored from this page per zone (short name) ("" for articles without a zone)
 */
public record ImportReport(String fileName, ImportStatus status, int articleCount, String message,
                           List<IngestWarning> warnings, long millis, List<String> unknownZones, SkipReason reason,
                           Map<String, Integer> articlesPerZone) {
    public ImportReport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
        if ((status == ImportStatus.FAILED) != (reason != SkipReason.NONE)) {
            throw new IllegalArgumentException("a failed import needs a reason, and only a failed one: " + status
                    + " " + reason);
        }
        warnings = List.copyOf(warnings);
        unknownZones = List.copyOf(unknownZones);
        articlesPerZone = Map.copyOf(articlesPerZone);
    }

    /** A report without zone counts; a failure's reason is {@link SkipReason#ERROR}. */
    public ImportReport(String fileName, ImportStatus status, int articleCount, String message,
                        List<IngestWarning> warnings, long millis, List<String> unknownZones) {
        this(fileName, status, articleCount, message, warnings, millis, unknownZones,
                status == ImportStatus.FAILED ? SkipReason.ERROR : SkipReason.NONE, Map.of());
    }

    /** A report that names no unknown zones. */
    public ImportReport(String fileName, ImportStatus status, int articleCount, String message, List<IngestWarning> warnings,
                        long millis) {
        this(fileName, status, articleCount, message, warnings, millis, List.of());
    }

    /** A file that was not imported, for the reason given. */
    public static ImportReport skipped(String fileName, SkipReason reason, String detail, long millis) {
        return new ImportReport(fileName, ImportStatus.FAILED, 0, detail, List.of(), millis, List.of(), reason, Map.of());
    }
}
