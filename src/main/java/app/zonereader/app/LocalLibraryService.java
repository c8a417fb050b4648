package app.zonereader.app;

import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.Corrected;
import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.Zone;
import java.time.Clock;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.ZoneCount;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;
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

    /** New pages after which an import merges the search index (a few pages leave it fast enough). */
    static final int COMPACT_AFTER_PAGES = 200;

    /** The page engine; its pipeline is built when pages are first (re-)processed, which loads HanLP. */
    private final Engine engine;
    private final LibraryStore store;
    private final ReadingTools tools;
    private final PageCorrector corrector;
    private final ReaderCorrections corrections;

    /**
     * A service over a page engine built elsewhere; corrections look zones up in the bundled list (the library's own
     * zones are known only to a service that {@link Library#open} builds).
     */
    public LocalLibraryService(PagePipeline pipeline, LibraryStore store) {
        this(new Engine(ZoneGazetteer.bundled(), pipeline), store);
    }

    LocalLibraryService(Engine engine, LibraryStore store) {
        this.engine = engine;
        this.store = store;
        this.tools = new ReadingTools(store);
        this.corrector = new PageCorrector(engine, store);
        this.corrections = new ReaderCorrections(engine, store, corrector, Clock.systemUTC());
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
        List<ImportReport> reports = new PageImport(engine.pipeline(), store, corrector)
                .run(pages, listener, cancelled, replace);
        compactAfterBigImport(reports);
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

    @Override
    public ReanchorReport reprocess(ImportListener listener, BooleanSupplier cancelled) {
        return new Reprocessing(engine.pipeline(), store, corrector).run(listener, cancelled);
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
    public List<ZoneCount> zoneCounts() {
        return store.zoneCounts();
    }

    @Override
    public List<ArticleSummary> articlesInZone(String zoneShortName) {
        return store.articlesInZone(zoneShortName);
    }

    @Override
    public List<ArticleSummary> bookmarkedArticles() {
        return store.bookmarkedArticles();
    }

    @Override
    public Optional<ArticleSummary> summary(long id) {
        return store.summary(id);
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

    // ---- Statistics (issue 13) ------------------------------------------------------------------------------------

    @Override
    public List<CountByName> articleCounts(StatsDimension by, StatsFilter filter) {
        return store.articleCounts(by, filter);
    }

    @Override
    public List<CrossCount> articlesPerMonthAndProvince(StatsFilter filter) {
        return store.articlesPerMonthAndProvince(filter);
    }

    @Override
    public ZoneTagMatrix zoneTagMatrix(StatsFilter filter, int size) {
        return store.zoneTagMatrix(filter, size);
    }

    @Override
    public List<ZoneReading> readingPerZone(StatsFilter filter) {
        return store.readingPerZone(filter);
    }

    @Override
    public List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit, StatsFilter filter) {
        return store.largestFigures(kind, limit, filter);
    }

    @Override
    public List<ArticleSummary> articlesMatching(StatsFilter filter, int limit) {
        return store.articlesMatching(filter, limit);
    }

    // ---- corrections branch (issue 12) ----------------------------------------------------------------------------

    @Override
    public Corrected correct(long articleId, CorrectionEdit edit) {
        return corrections.correct(articleId, edit);
    }

    @Override
    public Corrected withdrawCorrections(List<Correction> withdrawn) {
        return corrections.withdraw(withdrawn);
    }

    @Override
    public Corrected reinstateCorrections(List<Correction> reinstated) {
        return corrections.reinstate(reinstated);
    }

    @Override
    public Corrected restoreEngineVersion(long articleId) {
        return corrections.restoreEngineVersion(articleId);
    }

    @Override
    public List<Correction> corrections(long articleId) {
        return corrections.corrections(articleId);
    }

    @Override
    public List<Correction> allCorrections() {
        return store.corrections().all();
    }

    @Override
    public List<ArticleSummary> needsReview() {
        return store.corrections().needsReview();
    }

    @Override
    public int needsReviewCount() {
        return store.corrections().needsReviewCount();
    }

    @Override
    public List<Zone> zones() {
        return engine.gazetteer().zones();
    }

    @Override
    public List<Zone> matchingZones(String typed) {
        return ZoneFinder.matching(engine.gazetteer().zones(), typed);
    }

    @Override
    public List<CountByName> unknownZoneNames() {
        return corrections.unknownZoneNames();
    }

    @Override
    public void addZone(Zone zone) {
        corrections.addZone(zone);
    }

    /** Many new pages leave the search index in many segments, which every query visits: merge them. */
    private void compactAfterBigImport(List<ImportReport> reports) {
        long added = reports.stream().filter(report -> report.status() == ImportStatus.IMPORTED).count();
        if (added >= COMPACT_AFTER_PAGES) {
            store.compactSearchIndex();
        }
    }

    // --- branch import ---

    @Override
    public List<ImportReport> importFiles(List<java.nio.file.Path> filesOrFolders, long maxBytes,
                                          ImportListener listener, BooleanSupplier cancelled, boolean replace) {
        List<ImportReport> reports = new FileImport(new PageImport(engine.pipeline(), store, corrector), maxBytes)
                .run(filesOrFolders, listener, cancelled, replace);
        compactAfterBigImport(reports);
        return reports;
    }

    @Override
    public long dataVersion() {
        return store.dataVersion();
    }
}
