package app.zonereader.exchange;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationImportReport;

import java.util.ArrayList;
import java.util.List;

/**
 * What an annotation file held: the annotations ZoneReader can use, and one problem per entry it could not.
 *
 * @param annotations the usable annotations, in file order
 * @param problems    each unusable entry: where it is in the file, its id when it has one, and why; and pages the
 *                    file only links to
 * @param unusable    how many entries could not be used
 */
public record ReadAnnotations(List<Annotation> annotations, List<String> problems, int unusable) {
    public ReadAnnotations {
        annotations = List.copyOf(annotations);
        problems = List.copyOf(problems);
    }

    /**
     * The whole story of an import: what the library did with the usable annotations, plus the entries this file
     * could not give it. {@code read} counts both.
     */
    public AnnotationImportReport report(AnnotationImportReport stored) {
        List<String> all = new ArrayList<>(problems);
        all.addAll(stored.problems());
        return new AnnotationImportReport(annotations.size() + unusable, stored.anchored(), stored.orphaned(),
                stored.duplicates(), all);
    }
}
