package app.zonereader.model;

import java.util.List;

/**
 * What happened to the reader's annotations when the text under them changed (a re-processed library, a replaced
 * page, a correction).
 *
 * @param pages     pages processed
 * @param items     items stored afterwards
 * @param exact     annotations found again where their quote and context still stand
 * @param fuzzy     annotations found again by a close match of a quote with small edits
 * @param orphaned  annotations whose text is gone, now in the orphan list (nothing is deleted)
 * @param failures  pages that could not be processed, each with its reason; they keep their old version
 */
public record ReanchorReport(int pages, int items, int exact, int fuzzy, int orphaned, List<String> failures) {
    public ReanchorReport {
        failures = List.copyOf(failures);
    }
}
