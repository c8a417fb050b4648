package app.zonereader.app;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.Page;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.StoredArticle;
import app.zonereader.service.ImportListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reading tools through the service on the real engine: replacing a page with a corrected version, re-processing
 * the sample pages, and the errors bad input gets. One library per test method would build the engine each time, so
 * each test opens its own file but the class keeps them few.
 */
class ReadingToolsServiceTest {
    private static final String SAMPLE = "000_0c56615beea04158.txt";
    private static final String NEAR_EDIT = "支持永川区建设西部职业教育基地";
    private static final String FUZZY = "指导未来永川高新区职教发展的纲领性文件";

    @TempDir
    static Path folder;
    private static Library library;
    private static LocalLibraryService service;

    @BeforeAll
    static void open() {
        library = Library.open(folder.resolve("lib.db"));
        service = library.service();
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static byte[] sample(String name) {
        try {
            return BundledPages.list().stream().filter(page -> page.name().equals(name)).findFirst().orElseThrow().read();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static StoredArticle containing(LocalLibraryService service, String text) {
        return service.articles().stream().map(summary -> service.article(summary.id()).orElseThrow())
                .filter(article -> article.article().bodyText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no article holds " + text));
    }

    private static Annotation highlight(LocalLibraryService service, StoredArticle article, String quote,
                                        HighlightColor color) {
        int start = article.article().bodyText().indexOf(quote);
        return service.addHighlight(article.id(), start, start + quote.length(), color, "");
    }

    private static Annotation current(LocalLibraryService service, Annotation annotation) {
        return service.annotations(AnnotationFilter.ALL).stream().map(AnnotationRow::annotation)
                .filter(a -> a.uuid().equals(annotation.uuid())).findFirst().orElseThrow();
    }

    @Test
    void aCorrectedPageImportedWithReplaceKeepsAnnotationsAndBookmarks() {
        try (Library own = Library.open(folder.resolve("replace.db"))) {
            replaceKeepsAnnotations(own.service());
        }
    }

    private static void replaceKeepsAnnotations(LocalLibraryService service) {
        byte[] original = sample(SAMPLE);
        service.importPages(List.of(new BytesPage("replace-me.txt", original)), ImportListener.NONE, () -> false);
        StoredArticle article = containing(service, FUZZY);
        Annotation nearEdit = highlight(service, article, NEAR_EDIT, HighlightColor.GREEN);
        Annotation edited = highlight(service, article, FUZZY, HighlightColor.PINK);
        service.setBookmarked(article.id(), true);
        service.addTag(article.id(), "待核对");
        int itemsBefore = service.articleCount();

        String text = new String(original, StandardCharsets.UTF_8).replace("近日，教育部", "日前，教育部")
                .replace("纲领性文件", "綱領性文件");
        List<ImportReport> reports = service.importPages(List.of(new BytesPage("replace-me.txt",
                text.getBytes(StandardCharsets.UTF_8))), ImportListener.NONE, () -> false, true);

        assertEquals(ImportStatus.REPLACED, reports.get(0).status(), reports.toString());
        assertTrue(reports.get(0).warnings().contains(app.zonereader.model.IngestWarning.of(
                        app.zonereader.model.WarningCode.ANNOTATIONS_CARRIED_OVER, "1", "1", "0")),
                reports.get(0).warnings().toString());
        assertEquals(itemsBefore, service.articleCount(), "the old version is gone, not kept beside the new one");
        StoredArticle now = containing(service, "綱領性文件");
        assertEquals(NEAR_EDIT, current(service, nearEdit).anchor().exact());
        assertEquals(now.key(), current(service, nearEdit).article());
        assertEquals("指导未来永川高新区职教发展的綱領性文件", current(service, edited).anchor().exact());
        assertEquals(AnchorStatus.ANCHORED, current(service, edited).status());
        assertEquals(2, service.marks(now.id()).highlights().size());
        assertTrue(service.marks(now.id()).bookmarked());
        assertTrue(now.article().tags().contains("待核对"));

        List<ImportReport> withoutReplace = service.importPages(List.of(new BytesPage("replace-me.txt", original)),
                ImportListener.NONE, () -> false);
        assertEquals(ImportStatus.IMPORTED, withoutReplace.get(0).status(), "without --replace: a page of its own");
    }

    @Test
    void reprocessingTheSamplePagesKeepsEveryAnnotationAndNamesPagesWithoutText() {
        Library own = Library.open(folder.resolve("reprocess.db"));
        try {
            LocalLibraryService library = own.service();
            library.importPages(BundledPages.list(), ImportListener.NONE, () -> false);
            int items = library.articleCount();
            List<Annotation> made = annotateEveryArticle(library, 100);
            own.store().storePage(new Page("before-v3.txt", "e".repeat(64), List.of(), List.of(), List.of()));

            List<String> progress = new ArrayList<>();
            long start = System.nanoTime();
            ReanchorReport report = library.reprocess((done, total, page) -> progress.add(page.status().name()),
                    () -> false);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("MEASURE reprocess 5 sample pages with 100 annotations: " + millis + " ms");

            assertEquals(5, report.pages());
            assertEquals(items, report.items());
            assertEquals(100, report.exact(), report.toString());
            assertEquals(0, report.fuzzy() + report.orphaned(), report.toString());
            assertEquals(List.of("before-v3.txt: " + Reprocessing.NO_TEXT), report.failures());
            assertEquals(List.of("IMPORTED", "IMPORTED", "IMPORTED", "IMPORTED", "IMPORTED", "FAILED"), progress);
            for (Annotation annotation : made) {
                Annotation after = library.annotations(AnnotationFilter.ALL).stream().map(AnnotationRow::annotation)
                        .filter(a -> a.uuid().equals(annotation.uuid())).findFirst().orElseThrow();
                assertEquals(annotation.anchor(), after.anchor());
                assertEquals(annotation.article(), after.article());
            }
            assertEquals(items, library.articleCount());
        } finally {
            own.close();
        }
    }

    /** Highlights of 8 characters spread over the articles, round-robin, until there are {@code count}. */
    private static List<Annotation> annotateEveryArticle(LocalLibraryService library, int count) {
        List<StoredArticle> articles = library.articles().stream().map(s -> library.article(s.id()).orElseThrow())
                .filter(a -> a.article().bodyText().length() >= 200).toList();
        List<Annotation> made = new ArrayList<>();
        for (int round = 0; made.size() < count; round++) {
            for (StoredArticle article : articles) {
                if (made.size() == count) {
                    break;
                }
                int start = 10 + round * 12;
                if (start + 8 <= article.article().bodyText().length()) {
                    made.add(library.addHighlight(article.id(), start, start + 8, HighlightColor.YELLOW, "第" + round + "轮"));
                }
            }
        }
        return made;
    }

    @Test
    void openingAnArticleWithFiftyHighlightsIsQuick() {
        service.importPages(BundledPages.list(), ImportListener.NONE, () -> false);
        StoredArticle longest = service.articles().stream().map(s -> service.article(s.id()).orElseThrow())
                .max((a, b) -> Integer.compare(a.article().bodyText().length(), b.article().bodyText().length()))
                .orElseThrow();
        for (int i = 0; i < 50; i++) {
            service.addHighlight(longest.id(), i * 10, i * 10 + 6, HighlightColor.values()[i % 5], "note " + i);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long start = System.nanoTime();
            assertEquals(50, service.marks(longest.id()).highlights().size());
            assertTrue(service.article(longest.id()).isPresent());
            if (i >= 20) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        Collections.sort(micros);
        long p95 = micros.get(94);
        System.out.println("MEASURE open article with 50 highlights (marks + article), p95 over 100: " + p95 / 1000.0
                + " ms, median " + micros.get(50) / 1000.0 + " ms");
        assertTrue(p95 < 250_000, "p95 " + p95 + " µs");
    }

    @Test
    void aTagListsTheArticlesThatCarryItAsTheReaderSeesThem() {
        service.importPages(BundledPages.list().subList(2, 3), ImportListener.NONE, () -> false);
        StoredArticle article = service.article(service.articles().get(0).id()).orElseThrow();
        String automatic = article.article().tags().get(0);
        assertTrue(service.articlesWithTag(automatic).stream().anyMatch(s -> s.id() == article.id()));

        service.removeTag(article.id(), automatic);
        assertTrue(service.articlesWithTag(automatic).stream().noneMatch(s -> s.id() == article.id()));
        service.addTag(article.id(), "读者标签");
        assertEquals(List.of(article.id()), service.articlesWithTag("读者标签").stream().map(ArticleSummary::id).toList());
        service.addTag(article.id(), automatic);
        assertTrue(service.articlesWithTag(automatic).stream().anyMatch(s -> s.id() == article.id()));
        assertTrue(service.articlesWithTag("没有这个标签").isEmpty());
    }

    @Test
    void readingStateThroughTheService() {
        service.importPages(BundledPages.list().subList(1, 2), ImportListener.NONE, () -> false);
        ArticleSummary first = service.articles().stream().filter(s -> !s.zone().isEmpty()).findFirst().orElseThrow();
        service.setRead(first.id(), true);
        service.saveScrollPosition(first.id(), 1.0);
        service.setLastOpenArticle(first.id());
        assertTrue(service.marks(first.id()).read());
        assertEquals(first.id(), service.lastOpenArticle().orElseThrow());
        service.setZoneRead(first.zone(), false);
        assertFalse(service.marks(first.id()).read());
        service.setProvinceRead(first.province(), true);
        assertTrue(service.articles().stream().filter(s -> s.province().equals(first.province()))
                .allMatch(ArticleSummary::read));
        service.saveArticleNote(first.id(), "整篇");
        assertEquals("整篇", service.marks(first.id()).articleNote());
        assertTrue(service.tagCounts().size() > 0);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        service.importPages(BundledPages.list().subList(2, 3), ImportListener.NONE, () -> false);
        StoredArticle article = service.article(service.articles().get(0).id()).orElseThrow();
        int length = article.article().bodyText().length();
        int before = service.annotations(AnnotationFilter.ALL).size();

        assertEquals("no article with id 987654",
                assertThrows(IllegalArgumentException.class, () -> service.marks(987_654)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.setBookmarked(987_654, true));
        String empty = assertThrows(IllegalArgumentException.class,
                () -> service.addHighlight(article.id(), 5, 5, HighlightColor.BLUE, "")).getMessage();
        assertTrue(empty.contains("empty or outside"), empty);
        assertThrows(IllegalArgumentException.class,
                () -> service.addHighlight(article.id(), length - 2, length + 3, HighlightColor.BLUE, ""));
        assertThrows(IllegalArgumentException.class, () -> service.addHighlight(article.id(), -1, 3, HighlightColor.BLUE, ""));
        assertThrows(IllegalArgumentException.class, () -> service.saveScrollPosition(article.id(), 1.5));
        assertThrows(IllegalArgumentException.class, () -> service.saveScrollPosition(article.id(), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> service.addTag(article.id(), "  "));
        assertThrows(IllegalArgumentException.class, () -> service.renameTag("", "x"));
        assertThrows(IllegalArgumentException.class, () -> service.setZoneRead(" ", true));
        assertThrows(IllegalArgumentException.class, () -> service.updateHighlight(987_654, HighlightColor.BLUE, ""));
        assertThrows(IllegalArgumentException.class, () -> service.reattach(987_654, article.id(), 0, 2));
        assertTrue(service.deleteAnnotation(987_654).isEmpty());
        assertEquals(before, service.annotations(AnnotationFilter.ALL).size());
    }
}
