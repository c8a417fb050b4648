package app.zonereader.app;

import app.zonereader.ingest.Decoder;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ReanchorReport;
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
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The library as the UI and the command line see it: the page engine in front of the SQLite store. */
public final class LocalLibraryService implements LibraryService {
    private static final Logger LOG = LoggerFactory.getLogger(LocalLibraryService.class);

    private final PagePipeline pipeline;
    private final LibraryStore store;
    private final ReadingTools tools;

    public LocalLibraryService(PagePipeline pipeline, LibraryStore store) {
        this.pipeline = pipeline;
        this.store = store;
        this.tools = new ReadingTools(store);
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
        return importPages(pages, listener, cancelled, false);
    }

    @Override
    public List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled,
                                          boolean replace) {
        List<ImportReport> reports = new ArrayList<>();
        for (PageSource source : pages) {
            if (cancelled.getAsBoolean()) {
                LOG.info("Import cancelled after {} of {} files", reports.size(), pages.size());
                break;
            }
            ImportReport report = importOne(source, replace);
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

    /**
     * One file in its own transaction; whatever goes wrong is reported for this file only. With {@code replace}, a
     * file named like a stored page but with other content takes that page's place.
     */
    ImportReport importOne(PageSource source, boolean replace) {
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
            String text = Decoder.decode(bytes).text();
            List<String> previous = replace ? store.pagesNamed(source.name()) : List.of();
            if (!previous.isEmpty()) {
                return replaced(source, previous, page, text, start);
            }
            boolean stored = store.storePage(page, text);
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

    /** The newest page of that name gives way to the new version; the reader's data moves over. */
    private ImportReport replaced(PageSource source, List<String> previous, Page page, String text, long start) {
        if (previous.size() > 1) {
            LOG.warn("{} pages are named {}; the newest is replaced", previous.size(), source.name());
        }
        ReanchorReport moved = store.replacePage(previous.get(0), page, text);
        List<IngestWarning> warnings = warningsOf(page);
        warnings.add(IngestWarning.of(WarningCode.ANNOTATIONS_CARRIED_OVER, String.valueOf(moved.exact()),
                String.valueOf(moved.fuzzy()), String.valueOf(moved.orphaned())));
        LOG.info("{}: replaced with {} items in {} ms", source.name(), page.items().size(), millisSince(start));
        return new ImportReport(source.name(), ImportStatus.REPLACED, page.items().size(), "", warnings,
                millisSince(start), page.unknownZoneNames());
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

    @Override
    public ReanchorReport reprocess(ImportListener listener, BooleanSupplier cancelled) {
        return new Reprocessing(pipeline, store).run(listener, cancelled);
    }

    @Override
    public ArticleMarks marks(long articleId) {
        return tools.marks(articleId);
    }

    @Override
    public void setBookmarked(long articleId, boolean bookmarked) {
        tools.setBookmarked(articleId, bookmarked);
    }

    @Override
    public void setRead(long articleId, boolean read) {
        tools.setRead(articleId, read);
    }

    @Override
    public void setZoneRead(String zoneShortName, boolean read) {
        tools.setZoneRead(zoneShortName, read);
    }

    @Override
    public void setProvinceRead(String province, boolean read) {
        tools.setProvinceRead(province, read);
    }

    @Override
    public void saveScrollPosition(long articleId, double position) {
        tools.saveScrollPosition(articleId, position);
    }

    @Override
    public OptionalLong lastOpenArticle() {
        return tools.lastOpenArticle();
    }

    @Override
    public void setLastOpenArticle(long articleId) {
        tools.setLastOpenArticle(articleId);
    }

    @Override
    public Annotation addHighlight(long articleId, int start, int end, HighlightColor color, String note) {
        return tools.addHighlight(articleId, start, end, color, note);
    }

    @Override
    public Annotation updateHighlight(long annotationId, HighlightColor color, String note) {
        return tools.updateHighlight(annotationId, color, note);
    }

    @Override
    public Optional<Annotation> deleteAnnotation(long annotationId) {
        return tools.deleteAnnotation(annotationId);
    }

    @Override
    public Annotation restoreAnnotation(Annotation deleted) {
        return tools.restoreAnnotation(deleted);
    }

    @Override
    public void saveArticleNote(long articleId, String text) {
        tools.saveArticleNote(articleId, text);
    }

    @Override
    public List<AnnotationRow> annotations(AnnotationFilter filter) {
        return tools.annotations(filter);
    }

    @Override
    public Annotation reattach(long annotationId, long articleId, int start, int end) {
        return tools.reattach(annotationId, articleId, start, end);
    }

    @Override
    public AnnotationImportReport importAnnotations(List<Annotation> annotations) {
        return tools.importAnnotations(annotations);
    }

    @Override
    public List<CountByName> tagCounts() {
        return tools.tagCounts();
    }

    @Override
    public List<ArticleSummary> articlesWithTag(String tag) {
        return store.articlesWithTag(tag);
    }

    @Override
    public void addTag(long articleId, String tag) {
        tools.addTag(articleId, tag);
    }

    @Override
    public void removeTag(long articleId, String tag) {
        tools.removeTag(articleId, tag);
    }

    @Override
    public void renameTag(String from, String to) {
        tools.renameTag(from, to);
    }
}
