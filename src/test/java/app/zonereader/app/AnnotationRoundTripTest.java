package app.zonereader.app;

import app.zonereader.exchange.ReadAnnotations;
import app.zonereader.exchange.W3cAnnotationReader;
import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ExportFormat;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ItemKind;
import app.zonereader.model.StoredArticle;
import app.zonereader.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round trip through real libraries: annotate in one, export as W3C JSON, {@code annotate} into an empty
 * library holding the same pages, and get the same annotations — and importing the file again adds none.
 */
class AnnotationRoundTripTest {
    private static final Path PAGES = Path.of("assets/pages");

    @TempDir
    Path folder;

    @Test
    void exportThenAnnotateIntoAnEmptyLibraryGivesTheSameAnnotations() throws Exception {
        Path file = folder.resolve("notes.json");
        List<List<Object>> original;
        try (Library library = Library.open(folder.resolve("first.db"))) {
            LibraryService service = library.service();
            service.importFiles(List.of(PAGES), 1L << 20, (done, total, report) -> { }, () -> false, false);
            annotate(service);
            original = portable(service.annotations(AnnotationFilter.ALL));
            assertEquals(5, original.size());
            assertEquals(5, new AnnotationExportService(service).export(ExportFormat.JSON, AnnotationFilter.ALL, file));
        }
        try (Library library = Library.open(folder.resolve("second.db"))) {
            LibraryService service = library.service();
            service.importFiles(List.of(PAGES), 1L << 20, (done, total, report) -> { }, () -> false, false);
            ReadAnnotations read;
            try (InputStream in = Files.newInputStream(file)) {
                read = new W3cAnnotationReader().read(in);
            }
            AnnotationImportReport report = read.report(service.importAnnotations(read.annotations()));
            assertEquals(new AnnotationImportReport(5, 5, 0, 0, List.of()), report);
            assertEquals(original, portable(service.annotations(AnnotationFilter.ALL)));

            AnnotationImportReport again = read.report(service.importAnnotations(read.annotations()));
            assertEquals(new AnnotationImportReport(5, 0, 0, 5, List.of()), again);
            assertEquals(original, portable(service.annotations(AnnotationFilter.ALL)));
        }
    }

    /** Two highlights (one with a note) and an article note in one article, bookmark and tag in another. */
    private static void annotate(LibraryService service) {
        List<StoredArticle> articles = service.articles().stream().filter(a -> a.kind() == ItemKind.ARTICLE)
                .map(ArticleSummary::id).map(id -> service.article(id).orElseThrow())
                .filter(a -> a.article().bodyText().length() > 100).limit(2).toList();
        StoredArticle first = articles.get(0);
        service.addHighlight(first.id(), 10, 30, HighlightColor.GREEN, "值得引用，\"原文\"");
        service.addHighlight(first.id(), 50, 60, HighlightColor.PINK, "");
        service.saveArticleNote(first.id(), "整篇的笔记");
        service.setBookmarked(articles.get(1).id(), true);
        service.addTag(articles.get(1).id(), "我的标签");
        assertTrue(service.annotations(AnnotationFilter.ALL).stream().allMatch(row -> !row.annotation().isOrphaned()));
    }

    /** What the exchange carries, in a stable order: not the database ids. */
    private static List<List<Object>> portable(List<AnnotationRow> rows) {
        return rows.stream().map(AnnotationRow::annotation)
                .sorted(Comparator.comparing(Annotation::uuid))
                .map(a -> List.<Object>of(a.uuid(), a.article(), a.kind(), a.color(), a.anchor(), a.text(), a.created(),
                        a.modified(), a.status() == AnchorStatus.ANCHORED))
                .toList();
    }
}
