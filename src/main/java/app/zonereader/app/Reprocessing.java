package app.zonereader.app;

import app.zonereader.ingest.PagePipeline;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.Page;
import app.zonereader.model.ReanchorReport;
import app.zonereader.service.ImportListener;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.StoredPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs the current page engine again over every stored page's decoded text, each page replaced in its own
 * transaction, the reader's data re-anchored onto the result. A page that fails keeps its old version.
 */
final class Reprocessing {
    static final String NO_TEXT = "imported before this version kept page texts; import the file again with --replace";
    private static final Logger LOG = LoggerFactory.getLogger(Reprocessing.class);

    private final PagePipeline pipeline;
    private final LibraryStore store;
    private final PageCorrector corrector;

    /** @param corrector replays each page's corrections on the page made again */
    Reprocessing(PagePipeline pipeline, LibraryStore store, PageCorrector corrector) {
        this.pipeline = pipeline;
        this.store = store;
        this.corrector = corrector;
    }

    ReanchorReport run(ImportListener listener, BooleanSupplier cancelled) {
        List<StoredPage> pages = store.storedPages();
        ReanchorReport total = new ReanchorReport(0, 0, 0, 0, 0, List.of());
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (StoredPage stored : pages) {
            if (cancelled.getAsBoolean()) {
                LOG.info("Re-processing cancelled after {} of {} pages", done, pages.size());
                break;
            }
            long start = System.nanoTime();
            ImportReport report;
            if (!stored.hasText()) {
                failures.add(stored.fileName() + ": " + NO_TEXT);
                report = new ImportReport(stored.fileName(), ImportStatus.FAILED, 0, NO_TEXT, List.of(), millisSince(start));
            } else {
                try {
                    ReanchorReport page = corrector.replace(stored.contentHash(), again(pipeline, stored), stored.text());
                    total = sum(total, page);
                    report = new ImportReport(stored.fileName(), ImportStatus.IMPORTED, page.items(), "", List.of(),
                            millisSince(start));
                } catch (RuntimeException e) {
                    LOG.error("Re-processing {} failed; it keeps its old version", stored.fileName(), e);
                    failures.add(stored.fileName() + ": " + Cli.describe(e));
                    report = new ImportReport(stored.fileName(), ImportStatus.FAILED, 0, Cli.describe(e), List.of(),
                            millisSince(start));
                }
            }
            listener.fileDone(++done, pages.size(), report);
        }
        return new ReanchorReport(total.pages(), total.items(), total.exact(), total.fuzzy(), total.orphaned(), failures);
    }

    /** The page made again from its stored text; it keeps its identity, the hash of the file it was imported from. */
    static Page again(PagePipeline pipeline, StoredPage stored) {
        Page page = pipeline.process(stored.fileName(), stored.text().getBytes(StandardCharsets.UTF_8));
        return new Page(stored.fileName(), stored.contentHash(), page.items(), page.warnings(), page.unknownZoneNames(),
                page.date(), page.printed());
    }

    static ReanchorReport sum(ReanchorReport a, ReanchorReport b) {
        List<String> failures = new ArrayList<>(a.failures());
        failures.addAll(b.failures());
        return new ReanchorReport(a.pages() + b.pages(), a.items() + b.items(), a.exact() + b.exact(),
                a.fuzzy() + b.fuzzy(), a.orphaned() + b.orphaned(), failures);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
