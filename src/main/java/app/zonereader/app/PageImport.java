package app.zonereader.app;

import app.zonereader.ingest.DecodedText;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.Page;
import app.zonereader.model.PageProblem;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.SkipReason;
import app.zonereader.model.WarningCode;
import app.zonereader.model.Zone;
import app.zonereader.service.ImportListener;
import app.zonereader.service.PageSkippedException;
import app.zonereader.service.PageSource;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.PreparedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Imports files on every core: each file is read, cut into articles and segmented for search on a worker thread, and
 * the calling thread alone writes them, one transaction per page, in the order given. A few files are worked on ahead
 * of the writer, never more, so memory stays bounded; the reports come in file order, and cancelling stops at the
 * next file.
 */
final class PageImport {
    private static final Logger LOG = LoggerFactory.getLogger(PageImport.class);

    private final PagePipeline pipeline;
    private final LibraryStore store;
    private final PageCorrector corrector;
    private final int workers;

    PageImport(PagePipeline pipeline, LibraryStore store, PageCorrector corrector) {
        this(pipeline, store, corrector, Runtime.getRuntime().availableProcessors());
    }

    /** With the bundled zone list for the corrections replayed on re-imported pages. */
    PageImport(PagePipeline pipeline, LibraryStore store, int workers) {
        this(pipeline, store, new PageCorrector(new Engine(ZoneGazetteer.bundled(), pipeline), store), workers);
    }

    PageImport(PagePipeline pipeline, LibraryStore store, PageCorrector corrector, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker, not " + workers);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.corrector = corrector;
        this.workers = workers;
    }

    /** What a worker made of one file: a finished report, or a page ready to be written. */
    private sealed interface Prepared {
    }

    private record Finished(ImportReport report) implements Prepared {
    }

    private record Ready(PageSource source, PreparedPage page, CorrectionReplay.Replayed replayed, String text, long start)
            implements Prepared {
    }

    List<ImportReport> run(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled, boolean replace) {
        List<ImportReport> reports = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "zonereader-import");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            while (reports.size() < pages.size()) {
                if (cancelled.getAsBoolean()) {
                    LOG.info("Import cancelled after {} of {} files", reports.size(), pages.size());
                    break;
                }
                while (next < pages.size() && ahead.size() < 2 * workers) {
                    PageSource source = pages.get(next++);
                    ahead.add(pool.submit(() -> prepare(source)));
                }
                ImportReport report = write(done(ahead.poll()), replace);
                reports.add(report);
                listener.fileDone(reports.size(), pages.size(), report);
            }
        } finally {
            ahead.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
        return reports;
    }

    /** Everything that needs no library write: read, check, cut into articles, segment for search. */
    private Prepared prepare(PageSource source) {
        long start = System.nanoTime();
        try {
            byte[] bytes = source.read();
            if (store.hasPage(PagePipeline.contentHash(bytes))) {
                return new Finished(new ImportReport(source.name(), ImportStatus.ALREADY_PRESENT, 0, "", List.of(),
                        millisSince(start)));
            }
            DecodedText decoded = pipeline.decode(bytes);
            Optional<PageProblem> notAPage = pipeline.whyNotAPage(bytes, decoded);
            if (notAPage.isPresent()) {
                return new Finished(ImportReport.skipped(source.name(), notAPage.get().reason(),
                        notAPage.get().detail(), millisSince(start)));
            }
            CorrectionReplay.Replayed replayed =
                    corrector.forNewPage(pipeline.process(source.name(), bytes, decoded));
            return new Ready(source, store.prepare(replayed.page()), replayed, decoded.text(), start);
        } catch (PageSkippedException e) {
            LOG.info("{} not imported: {}", source.name(), e.getMessage());
            return new Finished(ImportReport.skipped(source.name(), e.problem().reason(), e.problem().detail(),
                    millisSince(start)));
        } catch (IOException e) {
            LOG.warn("Cannot read {}", source.name(), e);
            return new Finished(failed(source, "cannot read the file: " + Cli.describe(e), start));
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", source.name(), e);
            return new Finished(failed(source, Cli.describe(e), start));
        }
    }

    /**
     * One file in its own transaction; whatever goes wrong is reported for this file only. With {@code replace}, a
     * file named like a stored page but with other content takes that page's place.
     */
    private ImportReport write(Prepared prepared, boolean replace) {
        if (prepared instanceof Finished finished) {
            return finished.report();
        }
        Ready ready = (Ready) prepared;
        PageSource source = ready.source();
        Page page = ready.page().page();
        try {
            List<String> previous = replace ? store.pagesNamed(source.name()) : List.of();
            if (!previous.isEmpty()) {
                return replaced(source, previous, page, ready.text(), ready.start());
            }
            boolean stored = store.storePage(ready.page(), Optional.of(ready.text()));
            if (stored) {
                corrector.recordLanded(ready.replayed());
            }
            ImportStatus status = stored ? ImportStatus.IMPORTED : ImportStatus.ALREADY_PRESENT;
            int count = stored ? page.items().size() : 0;
            LOG.info("{}: {} with {} items in {} ms", source.name(), status, count, millisSince(ready.start()));
            return new ImportReport(source.name(), status, count, "", warningsOf(page), millisSince(ready.start()),
                    stored ? page.unknownZoneNames() : List.of(), SkipReason.NONE,
                    stored ? articlesPerZone(page) : Map.of());
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", source.name(), e);
            return failed(source, Cli.describe(e), ready.start());
        }
    }

    /** The newest page of that name gives way to the new version; the reader's data moves over. */
    private ImportReport replaced(PageSource source, List<String> previous, Page page, String text, long start) {
        if (previous.size() > 1) {
            LOG.warn("{} pages are named {}; the newest is replaced", previous.size(), source.name());
        }
        ReanchorReport moved = corrector.replace(previous.get(0), page, text);
        List<IngestWarning> warnings = warningsOf(page);
        warnings.add(IngestWarning.of(WarningCode.ANNOTATIONS_CARRIED_OVER, String.valueOf(moved.exact()),
                String.valueOf(moved.fuzzy()), String.valueOf(moved.orphaned())));
        LOG.info("{}: replaced with {} items in {} ms", source.name(), page.items().size(), millisSince(start));
        return new ImportReport(source.name(), ImportStatus.REPLACED, page.items().size(), "", warnings,
                millisSince(start), page.unknownZoneNames(), SkipReason.NONE, articlesPerZone(page));
    }

    private static Prepared done(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } catch (ExecutionException e) {
            // prepare() reports its own failures; only an Error gets here
            throw new IllegalStateException("a page could not be prepared: " + e.getCause(), e.getCause());
        }
    }

    /** The page's items per zone name, "" for those without a zone: what the import's report adds up. */
    static Map<String, Integer> articlesPerZone(Page page) {
        Map<String, Integer> counts = new HashMap<>();
        page.items().forEach(item -> counts.merge(item.zone().map(Zone::shortName).orElse(""), 1, Integer::sum));
        return counts;
    }

    /** The page's warnings, plus the zone-like names the gazetteer lacks, so the list can grow. */
    static List<IngestWarning> warningsOf(Page page) {
        List<IngestWarning> warnings = new ArrayList<>(page.warnings());
        if (!page.unknownZoneNames().isEmpty()) {
            warnings.add(IngestWarning.of(WarningCode.UNKNOWN_ZONE_NAMES, String.join("、", page.unknownZoneNames())));
        }
        return warnings;
    }

    private static ImportReport failed(PageSource source, String message, long start) {
        return new ImportReport(source.name(), ImportStatus.FAILED, 0, message, List.of(), millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
