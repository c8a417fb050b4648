package app.zonereader.app.bench;

import app.zonereader.app.Library;
import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.TextNormalizer;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.ZoneCount;
import app.zonereader.service.LibraryService;
import app.zonereader.store.LibraryStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Every figure of a big library in one run ({@code bench --articles N --json}): import, the page pipeline against
 * HanLP alone, search per query class with recall checked against a scan, article opening, the stats tab's queries,
 * the window's start in a child JVM, memory and file size. The library is the one {@link SearchBench} generates,
 * built with the folding and segmenter the application uses, so the child opens what a reader would have.
 */
public final class LibraryBench {
    private static final int SEARCH_LIMIT = 50;
    private static final int WARMUP = 2;
    private static final int REPEATS = 15;
    private static final int LIKE_REPEATS = 3;
    private static final int OPENS = 100;
    private static final int STATS_ROUNDS = 5;
    /** Rounds per repetition of the ingest ratio: as many as `bench ingest` times, so both commands give one figure. */
    private static final int INGEST_ROUNDS = 20;
    private static final int FIGURE_LIMIT = 200;
    private static final int EXPANDED_ZONES = 20;
    /** The zones × tags the stats tab's heat map shows (StatsViewModel.MATRIX_SIZE, which this package cannot see). */
    private static final int MATRIX_SIZE = 15;
    private static final String RECALL_CLASS = "cross-word substring";

    private LibraryBench() {
    }

    /** Builds {@code workDir/bench.db} afresh with {@code articles} articles and returns the figures, keys in order. */
    public static Map<String, Object> run(Path workDir, int articles) throws IOException, SQLException, InterruptedException {
        return run(workDir, articles, false);
    }

    /**
     * Like {@link #run(Path, int)}; with {@code reuse}, a {@code bench.db} already in {@code workDir} with exactly
     * {@code articles} articles is measured as it is (the generator is seeded, so it is what a rebuild would make while
     * the import code is unchanged), and the import rate is left out.
     */
    public static Map<String, Object> run(Path workDir, int articles, boolean reuse)
            throws IOException, SQLException, InterruptedException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("bench.db");
        boolean reusing = reuse && SearchBench.holdsArticles(file, articles);
        if (!reusing) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(workDir.resolve("bench.db" + suffix));
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", articles);
        HanlpWords words = new HanlpWords(ZoneGazetteer.bundled());
        try (LibraryStore store = LibraryStore.open(file, words::words, TextNormalizer::forMatching)) {
            if (reusing) {
                figures.put("reused_library", true);
            } else {
                ImportTiming.Figures imported = SearchBench.generate(store, articles);
                figures.put("import_articles_per_s", round(articles / imported.seconds()));
                // the import is as fast as the slower of the workers (together) and the one writer
                figures.put("import_prepare_cpu_ms_per_page", round(imported.prepareCpuMsPerPage()));
                figures.put("import_write_ms_per_page", round(imported.writeMsPerPage()));
                figures.put("import_writer_waits", imported.writerWaits());
            }
            // An import of many pages merges the search index afterwards (LocalLibraryService); so does the bench.
            long start = System.nanoTime();
            store.compactSearchIndex();
            figures.put("index_merge_s", round((System.nanoTime() - start) / 1e9));
        }
        figures.put("ingest_ratio", round(IngestBench.throughputRatio(INGEST_ROUNDS)));
        try (Library library = Library.open(file);
             Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            LibraryService service = library.service();
            figures.putAll(search(service));
            figures.put("search_recall", recall(service, plain, articles));
            figures.put("like_p95_ms", round(likeP95(plain)));
            figures.put("open_p95_ms", round(openP95(service, articles)));
            figures.put("stats_ms", round(statsMillis(service)));
            figures.put("tree_top_ms", round(treeTopMillis(service)));
            figures.put("zone_expand_p95_ms", round(expandP95(service)));
            figures.put("text_mb", round(textBytes(plain) / 1e6));
        }
        StartupBench.Startup first = StartupBench.run(file, workDir.resolve("startup-1.log"), workDir.resolve("startup-1-prefs"));
        StartupBench.Startup again = StartupBench.run(file, workDir.resolve("startup-2.log"), workDir.resolve("startup-2-prefs"));
        figures.put("startup_ms", round(first.millis()));
        figures.put("startup_again_ms", round(again.millis()));
        figures.put("startup_cpu_ms", first.cpuMillis());
        figures.put("rss_mb", Math.max(first.rssStartMb(), first.rssAfterMb()));
        figures.put("rss_start_mb", first.rssStartMb());
        figures.put("rss_after_mb", first.rssAfterMb());
        figures.put("db_mb", round(sizeOf(workDir, "bench.db") / 1e6));
        return figures;
    }

    /** p50 and p95 of the slowest class, and each class's p95. */
    private static Map<String, Object> search(LibraryService service) {
        Map<String, Object> byClass = new LinkedHashMap<>();
        double worstP50 = 0;
        double worstP95 = 0;
        for (Map.Entry<String, List<String>> queryClass : SearchBench.QUERIES.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (String query : queryClass.getValue()) {
                for (int run = 0; run < WARMUP + REPEATS; run++) {
                    long start = System.nanoTime();
                    service.search(query, SEARCH_LIMIT);
                    if (run >= WARMUP) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            double p95 = SearchBench.percentile(millis, 95);
            byClass.put(queryClass.getKey(), round(p95));
            worstP50 = Math.max(worstP50, SearchBench.percentile(millis, 50));
            worstP95 = Math.max(worstP95, p95);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("search_p50_ms", round(worstP50));
        figures.put("search_p95_ms", round(worstP95));
        figures.put("search_p95_ms_by_class", byClass);
        return figures;
    }

    /** Of the articles whose paragraphs hold a substring query verbatim (a LIKE scan), the share search finds. */
    private static double recall(LibraryService service, Connection plain, int articles) throws SQLException {
        int expected = 0;
        int found = 0;
        for (String query : SearchBench.QUERIES.get(RECALL_CLASS)) {
            Set<Long> hits = new HashSet<>();
            service.search(query, articles + 1).forEach(hit -> hits.add(hit.articleId()));
            for (long id : scan(plain, query)) {
                expected++;
                if (hits.contains(id)) {
                    found++;
                }
            }
        }
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    private static List<Long> scan(Connection plain, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = plain.prepareStatement(
                "SELECT DISTINCT article_id FROM paragraphs WHERE text LIKE ? ESCAPE '\\'")) {
            select.setString(1, SearchBench.likePattern(query));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static double likeP95(Connection plain) throws SQLException {
        List<Double> millis = new ArrayList<>();
        for (List<String> queries : SearchBench.QUERIES.values()) {
            for (String query : queries) {
                for (int run = 0; run < LIKE_REPEATS; run++) {
                    long start = System.nanoTime();
                    scan(plain, query);
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return SearchBench.percentile(millis, 95);
    }

    /** What the reading pane loads for an article: the article (text, tags, style spans) and its marks. */
    private static double openP95(LibraryService service, int articles) {
        Random random = new Random(7);
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < WARMUP * 5 + OPENS; run++) {
            long id = 1 + random.nextInt(articles);
            long start = System.nanoTime();
            service.article(id).ifPresent(found -> service.marks(id));
            if (run >= WARMUP * 5) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return SearchBench.percentile(millis, 95);
    }

    /**
     * The stats tab's refresh over the whole library, as its view model asks: counts per zone, province and tag, per
     * month and province, the zone × tag matrix, reading per zone; then the largest figures of every kind. Median.
     */
    private static double statsMillis(LibraryService service) {
        return medianMillis(() -> {
            service.articleCounts(StatsDimension.ZONE, StatsFilter.ALL);
            service.articleCounts(StatsDimension.PROVINCE, StatsFilter.ALL);
            service.articlesPerMonthAndProvince(StatsFilter.ALL);
            service.articleCounts(StatsDimension.TAG, StatsFilter.ALL);
            service.zoneTagMatrix(StatsFilter.ALL, MATRIX_SIZE);
            service.readingPerZone(StatsFilter.ALL);
            for (KeyFigureKind kind : KeyFigureKind.values()) {
                service.largestFigures(kind, FIGURE_LIMIT);
            }
        });
    }

    /** The tree's top levels as the window loads them: counts per zone and the bookmarked items; median. */
    private static double treeTopMillis(LibraryService service) {
        return medianMillis(() -> {
            service.zoneCounts();
            service.bookmarkedArticles();
        });
    }

    /** The median time of {@code work} over a few rounds after one warm-up. */
    private static double medianMillis(Runnable work) {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < 1 + STATS_ROUNDS; run++) {
            long start = System.nanoTime();
            work.run();
            if (run > 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return SearchBench.percentile(millis, 50);
    }

    /** Unfolding each of the biggest zones and opening its first item, as a reader clicks through the tree. */
    private static double expandP95(LibraryService service) {
        List<ZoneCount> biggest = service.zoneCounts().stream()
                .sorted(Comparator.comparingInt(ZoneCount::count).reversed()).limit(EXPANDED_ZONES).toList();
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            for (ZoneCount zone : biggest) {
                long start = System.nanoTime();
                List<ArticleSummary> items = service.articlesInZone(zone.zone());
                if (!items.isEmpty()) {
                    long id = items.get(0).id();
                    service.article(id).ifPresent(found -> service.marks(id));
                }
                if (run > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return millis.isEmpty() ? 0 : SearchBench.percentile(millis, 95);
    }

    /** UTF-8 bytes of the articles' own text: titles, subtitles, bylines and paragraphs. */
    private static long textBytes(Connection plain) throws SQLException {
        try (PreparedStatement select = plain.prepareStatement("""
                SELECT (SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM paragraphs)
                     + (SELECT coalesce(sum(length(CAST(title AS BLOB)) + length(CAST(subtitle AS BLOB))
                                            + length(CAST(byline AS BLOB))), 0) FROM articles)""");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static long sizeOf(Path dir, String name) throws IOException {
        long size = 0;
        for (String suffix : List.of("", "-wal")) {
            Path file = dir.resolve(name + suffix);
            if (Files.exists(file)) {
                size += Files.size(file);
            }
        }
        return size;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
