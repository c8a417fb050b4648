package app.zonereader.model;

import java.util.List;

/**
 * What reading annotations from a file did.
 *
 * @param read       annotations in the file
 * @param anchored   added and found in their article
 * @param orphaned   added but their text (or article) is not in this library: in the orphan list
 * @param duplicates skipped because an annotation with the same id is already there
 * @param problems   entries that could not be read, each with its place in the file and the reason
 */
public record AnnotationImportReport(int read, int anchored, int orphaned, int duplicates, List<String> problems) {
    public AnnotationImportReport {
        problems = List.copyOf(problems);
    }
}
