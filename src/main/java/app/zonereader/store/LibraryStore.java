package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ZoneCount;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.SearchHit;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.Zone;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The library: stored pages and articles, search, daily backups. Every method is synchronized on the one connection,
 * so the store is thread-safe; all of them block on disk, so call them off the UI thread.
 */
public final class LibraryStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryStore.class);

    private final Path file;
    private final WordSplitter splitter;
    private final TextFolder folder;
    private final Clock clock;
    private final Backups backups;
    private Database database;
    private SearchIndex searchIndex;
    private PageWriter writer;
    private ArticleReader reader;
    private PageTexts texts;
    private PageReplacer replacer;
    private ReaderData readerData;
    private LibraryCorrections corrections;
    private StatsQueries stats;

    private LibraryStore(Path file, WordSplitter splitter, TextFolder folder, Clock clock) {
        this.file = file.toAbsolutePath();
        this.splitter = splitter;
        this.folder = folder;
        this.clock = clock;
        this.backups = new Backups(this.file.resolveSibling("backups"), clock, Backups.DEFAULT_KEEP);
        connect(Database.open(this.file));
    }

    /**
     * Opens the library file, creating it and its folder on first use. Backups go to {@code backups/} next to it.
     *
     * @param splitter the word segmenter used for indexing and queries alike
     * @param folder   the matching form of text (same length), e.g. full-width → half-width, Traditional → Simplified
     * @throws NewerSchemaException     the file was written by a newer ZoneReader (it is left untouched)
     * @throws CorruptDatabaseException the file is not a library or is damaged
     */
    public static LibraryStore open(Path databaseFile, WordSplitter splitter, TextFolder folder, Clock clock) {
        return new LibraryStore(databaseFile, splitter, folder, clock);
    }

    public static LibraryStore open(Path databaseFile, WordSplitter splitter, TextFolder folder) {
        // The local calendar decides when a new daily backup is due.
        return open(databaseFile, splitter, folder, Clock.systemDefaultZone());
    }

    public Path file() {
        return file;
    }

    /**
     * Stores a page with all its items, tags, key figures and search rows in one transaction.
     *
     * @return true when it was new; false when a page with the same content hash was already there (nothing changes)
     */
    public synchronized boolean storePage(Page page) {
        return writer.store(page, Optional.empty());
    }

    /**
     * Stores a page like {@link #storePage(Page)}, with the decoded text it was made from in the same transaction, so
     * that {@link #replacePage} can make it again with a later engine.
     */
    public synchronized boolean storePage(Page page, String decodedText) {
        return writer.store(page, Optional.of(decodedText));
    }

    /**
     * Makes a page's search rows (word segmentation, folding) without touching the library, so that several threads
     * can prepare pages while one stores them. Takes no lock: only the segmenter and the folding are used.
     */
    public PreparedPage prepare(Page page) {
        return PreparedPage.of(page, splitter, folder);
    }

    /** Stores a prepared page like {@link #storePage(Page, String)}; {@code decodedText} may be empty (none kept). */
    public synchronized boolean storePage(PreparedPage page, Optional<String> decodedText) {
        return writer.store(page, decodedText);
    }

    /**
     * Puts a new version of a stored page in its place, in one transaction, and carries the reader's data over:
     * highlights are found again in the new text (or orphaned), bookmarks, tags and read state follow their article.
     *
     * @param oldHash the stored page's content hash; the new page may have the same (re-processing) or another
     * @return how the annotations fared (pages 1, items the new page's)
     * @throws IllegalArgumentException when no page has {@code oldHash}, or the new version is already stored
     */
    public synchronized ReanchorReport replacePage(String oldHash, Page page, String decodedText) {
        return replacer.replace(oldHash, page, decodedText);
    }

    /** Every stored page with its decoded text where the library has it, in import order. */
    public synchronized List<StoredPage> storedPages() {
        return read(texts::pages);
    }

    /** Content hashes of the pages imported from files of this name, newest first. */
    public synchronized List<String> pagesNamed(String fileName) {
        return read(() -> texts.hashesNamed(fileName));
    }

    /** The reader's bookmarks, highlights, notes, tags and reading state (same connection, same lock). */
    public synchronized ReaderData readerData() {
        return readerData;
    }

    /** The reader's corrections and added zones (same connection, same lock). */
    public synchronized LibraryCorrections corrections() {
        return corrections;
    }

    public synchronized boolean hasPage(String contentHash) {
        return read(() -> reader.hasPage(contentHash));
    }

    /**
     * Merges the search index's segments into one, as after a large import, a bounded step at a time: the store is
     * locked only for a step, so searches and reading go on between them. Idempotent; cheap when already merged.
     */
    public void compactSearchIndex() {
        long start = System.nanoTime();
        int steps = 0;
        while (mergeSearchStep()) {
            steps++;
        }
        LOG.info("search index merged in {} steps, {} ms", steps, (System.nanoTime() - start) / 1_000_000);
    }

    private synchronized boolean mergeSearchStep() {
        try {
            return searchIndex.mergeStep();
        } catch (SQLException e) {
            throw new StoreException("Could not merge the search index: " + e.getMessage(), e);
        }
    }

    /** Records the gazetteer, adding new zones and updating changed ones, so stored articles show current zone data. */
    public synchronized void saveZones(List<Zone> zones) {
        Transactions.inTransaction(database.connection(), "save the zone list", () -> {
            ZoneTable.upsert(database.connection(), zones);
            return zones.size();
        });
    }

    /** {@code PRAGMA data_version}: changes when another connection commits, so polling it finds others' writes. */
    public synchronized long dataVersion() {
        return database.queryLong("PRAGMA data_version");
    }

    /** The content hashes of all stored pages (see {@code PagePipeline.contentHash}). */
    public synchronized Set<String> pageHashes() {
        return read(reader::pageHashes);
    }

    public synchronized boolean isEmpty() {
        return pageCount() == 0;
    }

    public synchronized int pageCount() {
        return read(() -> reader.count("SELECT count(*) FROM pages"));
    }

    /** Stored items: articles, photos and ads. */
    public synchronized int articleCount() {
        return read(() -> reader.count("SELECT count(*) FROM articles"));
    }

    /** Every stored item in page order, for the tree. */
    public synchronized List<ArticleSummary> articles() {
        return read(reader::summaries);
    }

    /** The article with the tags the reader sees: automatic ones not removed, then the reader's own. */
    public synchronized List<ZoneCount> zoneCounts() {
        return read(reader::zoneCounts);
    }

    public synchronized List<ArticleSummary> articlesInZone(String zoneShortName) {
        return read(() -> reader.summariesInZone(zoneShortName));
    }

    public synchronized List<ArticleSummary> bookmarkedArticles() {
        return read(reader::bookmarkedSummaries);
    }

    public synchronized Optional<ArticleSummary> summary(long id) {
        return read(() -> reader.summary(id));
    }

    /** @see ArticleReader#summariesWithTag(String) */
    public synchronized List<ArticleSummary> articlesWithTag(String tag) {
        return read(() -> reader.summariesWithTag(tag));
    }

    public synchronized Optional<StoredArticle> article(long id) {
        // the article comes with its automatic tags; only the reader's removals and additions are read beside them
        return read(() -> reader.article(id)).map(stored ->
                withTags(stored, readerData.visibleTags(stored.key(), stored.article().tags())));
    }

    private static StoredArticle withTags(StoredArticle stored, List<String> tags) {
        Article a = stored.article();
        Article tagged = new Article(a.kind(), a.title(), a.subtitle(), a.byline(), a.bylineNames(), a.zone(), a.body(),
                a.photoCaptions(), tags, a.keyFigures(), a.warnings(), a.source(), a.date());
        return new StoredArticle(stored.id(), stored.key(), stored.pageFile(), tagged, stored.pageDate(),
                stored.printed());
    }

    /** Articles per zone short name, most first; articles without a zone are left out. */
    public synchronized List<CountByName> articlesPerZone() {
        return read(() -> reader.countsBy("zone_short"));
    }

    /** Articles per province, most first; articles without a province are left out. */
    public synchronized List<CountByName> articlesPerProvince() {
        return read(() -> reader.countsBy("province"));
    }

    /** @see ArticleReader#largestFigures(KeyFigureKind, int) */
    public synchronized List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit) {
        return read(() -> reader.largestFigures(kind, limit));
    }

    // ---- Statistics: articles only, each narrowed by a StatsFilter -----------------------------------------------

    /** @see StatsQueries#counts(StatsDimension, StatsFilter) */
    public synchronized List<CountByName> articleCounts(StatsDimension by, StatsFilter filter) {
        return read(() -> stats.counts(by, filter));
    }

    /** @see StatsQueries#monthsByProvince(StatsFilter) */
    public synchronized List<CrossCount> articlesPerMonthAndProvince(StatsFilter filter) {
        return read(() -> stats.monthsByProvince(filter));
    }

    /** @see StatsQueries#zoneTagMatrix(StatsFilter, int) */
    public synchronized ZoneTagMatrix zoneTagMatrix(StatsFilter filter, int size) {
        return read(() -> stats.zoneTagMatrix(filter, size));
    }

    /** @see StatsQueries#readingPerZone(StatsFilter) */
    public synchronized List<ZoneReading> readingPerZone(StatsFilter filter) {
        return read(() -> stats.readingPerZone(filter));
    }

    /** @see StatsQueries#largestFigures(KeyFigureKind, int, StatsFilter) */
    public synchronized List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit, StatsFilter filter) {
        return read(() -> stats.largestFigures(kind, limit, filter));
    }

    /** @see StatsQueries#articles(StatsFilter, int) */
    public synchronized List<ArticleSummary> articlesMatching(StatsFilter filter, int limit) {
        return read(() -> stats.articles(filter, limit));
    }

    /** @see SearchIndex#search(String, int, SearchFilter) */
    public synchronized List<SearchHit> search(String query, int limit, SearchFilter filter) {
        return searchIndex.search(query, limit, filter);
    }

    public synchronized List<SearchHit> search(String query, int limit) {
        return search(query, limit, SearchFilter.NONE);
    }

    /**
     * Makes today's backup unless it exists or nothing changed since the last one; keeps the newest seven. Runs in
     * the background after start-up: the copy reads its own connection, so the library stays usable (and this lock
     * free) while it is written. An empty library (the first start) has nothing to protect, and a backup of it would
     * only push a useful one out of the seven.
     */
    public Optional<Backups.Backup> backUpIfDue() {
        long changes;
        synchronized (this) {
            if (isEmpty() || !backups.dueToday()) {
                return Optional.empty();
            }
            changes = database.queryLong("SELECT changes FROM change_count WHERE id = 1");
            boolean unchanged = !backups.list().isEmpty() && String.valueOf(changes).equals(settingOrEmpty(Settings.BACKED_UP_CHANGES));
            if (unchanged) {
                LOG.info("no backup today: nothing changed since the last one");
                return Optional.empty();
            }
        }
        Optional<Backups.Backup> made = backups.makeDailyBackup(file);
        synchronized (this) {
            putSetting(Settings.BACKED_UP_CHANGES, String.valueOf(changes));
        }
        return made;
    }

    private String settingOrEmpty(String key) {
        try {
            return new Settings(database.connection()).get(key).orElse("");
        } catch (SQLException e) {
            throw new StoreException("Could not read the setting " + key + ": " + e.getMessage(), e);
        }
    }

    private void putSetting(String key, String value) {
        try {
            new Settings(database.connection()).put(key, value);
        } catch (SQLException e) {
            throw new StoreException("Could not save the setting " + key + ": " + e.getMessage(), e);
        }
    }

    /** The backups, newest first. */
    public synchronized List<Backups.Backup> backups() {
        return backups.list();
    }

    /**
     * Replaces the library with a backup. The backup is checked (and its schema upgraded) on a copy first, and the
     * current file is kept as {@code <name>.before-restore.bak}, so a bad backup costs nothing.
     */
    public synchronized void restore(Path backup) {
        Path candidate = file.resolveSibling(file.getFileName() + ".restoring");
        Path previous = file.resolveSibling(file.getFileName() + ".before-restore.bak");
        try {
            Files.copy(backup, candidate, StandardCopyOption.REPLACE_EXISTING);
            Database.open(candidate).close();
            database.checkpoint();
            database.close();
            Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(sidecar("-wal"));
            Files.deleteIfExists(sidecar("-shm"));
            Files.move(candidate, file);
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(candidate);
            reopenIfClosed(previous);
        }
        LOG.info("restored the library from {}; the previous one is {}", backup, previous);
    }

    /**
     * What SQLite's quick_check finds wrong with a large library that the last session did not close cleanly, checked
     * after opening rather than before ({@link Database#thoroughCheckPending}); empty when sound or when no check is
     * pending. It reads the file on a connection of its own, so it takes no lock of this store.
     */
    public Optional<String> deferredCheckProblem() {
        Database opened;
        synchronized (this) {
            opened = database;
        }
        if (!opened.thoroughCheckPending()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        String result = Database.quickCheck(opened.file());
        LOG.info("quick_check of {} after an unclean close: {} in {} ms", opened.file(), result,
                (System.nanoTime() - start) / 1_000_000);
        return "ok".equals(result) ? Optional.empty() : Optional.of(result);
    }

    /** The result of SQLite's full integrity check: "ok" when sound. */
    public synchronized String integrityCheck() {
        return database.integrityCheck();
    }

    @Override
    public synchronized void close() {
        database.close();
    }

    private void connect(Database opened) {
        this.database = opened;
        this.searchIndex = new SearchIndex(opened.connection(), splitter, folder);
        searchIndex.completeTitleIndex();
        this.writer = new PageWriter(opened.connection(), searchIndex, clock);
        this.reader = new ArticleReader(opened.connection());
        this.texts = new PageTexts(opened.connection());
        this.replacer = new PageReplacer(opened.connection(), writer);
        this.readerData = new ReaderData(this, opened.connection(), clock, folder);
        this.corrections = new LibraryCorrections(this, opened.connection(), clock, replacer, reader);
        this.stats = new StatsQueries(opened.connection());
    }

    private void reopenIfClosed(Path previous) {
        try {
            if (!database.connection().isClosed()) {
                return;
            }
            if (!Files.exists(file) && Files.exists(previous)) {
                Files.move(previous, file);
            }
        } catch (SQLException | IOException e) {
            LOG.error("could not put the previous library back after a failed restore", e);
        }
        connect(Database.open(file));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}", file, e);
        }
    }

    private Path sidecar(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new StoreException("Reading the library failed: " + e.getMessage(), e);
        }
    }
}
