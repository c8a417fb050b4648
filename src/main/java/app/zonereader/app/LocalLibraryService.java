package app.zonereader.app;

import app.zonereader.ingest.PagePipeline;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.WarningCode;
import app.zonereader.service.ImportListener;
import app.zonereader.service.LibraryService;
import app.zonereader.service.PageSource;
import app.zonereader.store.Backups;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.SearchFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The library as the UI and the command line see it: the page engine in front of the SQLite store. */
public final class LocalLibraryService implements LibraryService {
    private static final Logger LOG = LoggerFactory.getLogger(LocalLibraryService.class);

    private final PagePipeline pipeline;
    private final LibraryStore store;

    public LocalLibraryService(PagePipeline pipeline, LibraryStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public List<PageSource> firstRunPagesToImport(List<PageSource> samples) {
        Map<String, PageSource> byHash = new LinkedHashMap<>();
        for (PageSource sample : samples) {
            try {
                byHash.put(PagePipeline.contentHash(sample.read()), sample);
            } catch (IOException e) {
                LOG.warn("Cannot read the sample page {}: {}", sample.name(), Cli.describe(e));
            }
        }
        Set<String> stored = store.pageHashes();
        if (!byHash.keySet().containsAll(stored)) {
            return List.of();
        }
        return byHash.entrySet().stream().filter(entry -> !stored.contains(entry.getKey())).map(Map.Entry::getValue).toList();
    }

    @Override
    public int articleCount() {
        return store.articleCount();
    }

    @Override
    public List<ArticleSummary> articles() {
        return store.articles();
    }

    @Override
    public Optional<StoredArticle> article(long id) {
        return store.article(id);
    }

    @Override
    public List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit) {
        return store.largestFigures(kind, limit);
    }

    @Override
    public List<CountByName> articlesPerZone() {
        return store.articlesPerZone();
    }

    @Override
    public List<CountByName> articlesPerProvince() {
        return store.articlesPerProvince();
    }

    @Override
    public List<SearchHit> search(String query, int limit, SearchScope scope) {
        SearchFilter filter = SearchFilter.NONE;
        if (!scope.zone().isEmpty()) {
            filter = filter.withZone(scope.zone());
        }
        if (!scope.province().isEmpty()) {
            filter = filter.withProvince(scope.province());
        }
        if (!scope.tag().isEmpty()) {
            filter = filter.withTag(scope.tag());
        }
        return store.search(query, limit, filter);
    }

    @Override
    public List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportReport> reports = new ArrayList<>();
        for (PageSource source : pages) {
            if (cancelled.getAsBoolean()) {
                LOG.info("Import cancelled after {} of {} files", reports.size(), pages.size());
                break;
            }
            ImportReport report = importOne(source);
            reports.add(report);
            listener.fileDone(reports.size(), pages.size(), report);
        }
        return reports;
    }

    @Override
    public List<LocalDate> backupDays() {
        return store.backups().stream().map(Backups.Backup::day).toList();
    }

    @Override
    public void restoreBackup(LocalDate day) {
        Backups.Backup backup = store.backups().stream().filter(candidate -> candidate.day().equals(day)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no backup of " + day));
        store.restore(backup.file());
    }

    /** One file in its own transaction; whatever goes wrong is reported for this file only. */
    ImportReport importOne(PageSource source) {
        long start = System.nanoTime();
        try {
            byte[] bytes = source.read();
            if (store.hasPage(PagePipeline.contentHash(bytes))) {
                return new ImportReport(source.name(), ImportStatus.ALREADY_PRESENT, 0, "", List.of(), millisSince(start));
            }
            Optional<String> notAPage = pipeline.whyNotAPage(bytes);
            if (notAPage.isPresent()) {
                return failed(source, notAPage.get(), start);
            }
            Page page = pipeline.process(source.name(), bytes);
            boolean stored = store.storePage(page);
            ImportStatus status = stored ? ImportStatus.IMPORTED : ImportStatus.ALREADY_PRESENT;
            int count = stored ? page.items().size() : 0;
            LOG.info("{}: {} with {} items in {} ms", source.name(), status, count, millisSince(start));
            return new ImportReport(source.name(), status, count, "", warningsOf(page), millisSince(start),
                    stored ? page.unknownZoneNames() : List.of());
        } catch (IOException e) {
            LOG.warn("Cannot read {}", source.name(), e);
            return failed(source, "cannot read the file: " + Cli.describe(e), start);
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", source.name(), e);
            return failed(source, Cli.describe(e), start);
        }
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

    // Filled in by the reading-tools work (issue 9); until then these calls are not available.
    @Override
    public List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled, boolean replace) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.ReanchorReport reprocess(ImportListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.ArticleMarks marks(long articleId) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void setBookmarked(long articleId, boolean bookmarked) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void setRead(long articleId, boolean read) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void setZoneRead(String zoneShortName, boolean read) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void setProvinceRead(String province, boolean read) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void saveScrollPosition(long articleId, double position) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public java.util.OptionalLong lastOpenArticle() {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void setLastOpenArticle(long articleId) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.Annotation addHighlight(long articleId, int start, int end, app.zonereader.model.HighlightColor color, String note) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.Annotation updateHighlight(long annotationId, app.zonereader.model.HighlightColor color, String note) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public Optional<app.zonereader.model.Annotation> deleteAnnotation(long annotationId) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.Annotation restoreAnnotation(app.zonereader.model.Annotation deleted) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void saveArticleNote(long articleId, String text) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public List<app.zonereader.model.AnnotationRow> annotations(app.zonereader.model.AnnotationFilter filter) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.Annotation reattach(long annotationId, long articleId, int start, int end) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public app.zonereader.model.AnnotationImportReport importAnnotations(List<app.zonereader.model.Annotation> annotations) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public List<CountByName> tagCounts() {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void addTag(long articleId, String tag) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void removeTag(long articleId, String tag) {
        throw new UnsupportedOperationException("TODO issue 9");
    }

    @Override
    public void renameTag(String from, String to) {
        throw new UnsupportedOperationException("TODO issue 9");
    }
}
