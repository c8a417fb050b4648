package app.zonereader.app;

import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.TextNormalizer;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.service.ImportListener;
import app.zonereader.service.PageSource;
import app.zonereader.store.LibraryStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages prepared on several threads, written by one: the library and the reports are what one thread would make. */
class PageImportTest {
    private static HanlpWords words;
    private static PagePipeline pipeline;

    @TempDir
    Path folder;

    @BeforeAll
    static void engine() {
        ZoneGazetteer gazetteer = ZoneGazetteer.bundled();
        words = new HanlpWords(gazetteer);
        pipeline = PagePipeline.withGazetteer(gazetteer, words);
    }

    private LibraryStore store(String name) {
        return LibraryStore.open(folder.resolve(name), words::words, TextNormalizer::forMatching);
    }

    /** The bundled pages, a file that is no page, and the first page again: every outcome, in a fixed order. */
    private static List<PageSource> files() {
        List<PageSource> files = new ArrayList<>(BundledPages.list());
        files.add(2, new BytesPage("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}));
        files.add(BundledPages.list().get(0));
        return files;
    }

    @Test
    void threeWorkersMakeTheSameLibraryAndReportsInFileOrderAsOne() {
        List<String> sequential;
        List<ArticleSummary> sequentialArticles;
        try (LibraryStore store = store("one.db")) {
            sequential = outcomes(new PageImport(pipeline, store, 1).run(files(), ImportListener.NONE, () -> false, false));
            sequentialArticles = store.articles();
        }
        List<String> progress = new ArrayList<>();
        try (LibraryStore store = store("three.db")) {
            List<ImportReport> reports = new PageImport(pipeline, store, 3).run(files(),
                    (done, total, report) -> progress.add(done + "/" + total + " " + report.fileName()), () -> false, false);
            assertEquals(sequential, outcomes(reports));
            assertEquals(sequentialArticles, store.articles(), "same ids, titles, zones, in the same order");
        }
        List<PageSource> files = files();
        for (int i = 0; i < files.size(); i++) {
            assertEquals((i + 1) + "/" + files.size() + " " + files.get(i).name(), progress.get(i));
        }
        assertEquals(ImportStatus.FAILED.name(), sequential.get(2).split(" ")[1]);
        assertEquals(ImportStatus.ALREADY_PRESENT.name(), sequential.get(sequential.size() - 1).split(" ")[1]);
    }

    @Test
    void cancellingStopsBeforeTheNextFileIsWritten() {
        try (LibraryStore store = store("cancel.db")) {
            AtomicInteger written = new AtomicInteger();
            List<ImportReport> reports = new PageImport(pipeline, store, 2).run(files(),
                    (done, total, report) -> written.set(done), () -> written.get() >= 2, false);
            assertEquals(2, reports.size());
            assertEquals(2, store.pageCount());
        }
    }

    private static List<String> outcomes(List<ImportReport> reports) {
        return reports.stream().map(report -> report.fileName() + " " + report.status() + " " + report.articleCount()
                + " " + report.warnings()).toList();
    }
}
