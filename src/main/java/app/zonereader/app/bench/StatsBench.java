package app.zonereader.app.bench;

import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.ReadingMark;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.Zone;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.TextFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times every stats aggregate on a generated library: articles spread over the gazetteer's zones and five years of
 * issue dates, two to four of forty topics each, an amount in one of three, and the reader's data on some (read 30 %,
 * bookmarked 5 %, annotated 3 %, a tag of their own 2 %, an automatic tag removed 1 %). Each aggregate runs with no
 * filter, a province and a tag filter; the time is the slowest of the three (p50 over the runs).
 */
public final class StatsBench {
    private static final long SEED = 20_261_205L;
    private static final int ARTICLES_PER_PAGE = 10;
    private static final int WARMUP = 2;
    private static final int REPEATS = 9;
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final int DAYS = 5 * 365;
    private static final List<String> TOPICS = List.of("产教融合", "数字经济", "智能制造", "人工智能", "生物医药", "新能源",
            "新材料", "集成电路", "招商引资", "科技金融", "人才引进", "职业教育", "营商环境", "专精特新", "孵化器", "知识产权",
            "绿色低碳", "对外开放", "乡村振兴", "高质量发展", "创新平台", "产业集群", "数字化转型", "软件", "大数据", "云计算",
            "半导体", "汽车", "装备制造", "医疗器械", "现代农业", "文化旅游", "物流", "电子信息", "航空航天", "海洋经济",
            "节能环保", "新基建", "标准化", "区块链");

    private StatsBench() {
    }

    /** Builds {@code workDir/stats-bench.db} afresh with {@code articles} articles and reports the timings as text. */
    public static String run(Path workDir, int articles) {
        return run(workDir, articles, false);
    }

    /**
     * Like {@link #run(Path, int)}, but with {@code reuse} an existing {@code stats-bench.db} that holds exactly
     * {@code articles} articles and the reader's data is timed as it is (the generator is seeded, so it is the
     * library a rebuild would make, provided the import code has not changed since).
     */
    public static String run(Path workDir, int articles, boolean reuse) {
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve("stats-bench.db");
            boolean reusing = reuse && SearchBench.holdsArticles(file, articles) && holdsReaderData(file);
            if (!reusing) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(workDir.resolve("stats-bench.db" + suffix));
                }
            }
            StringBuilder report = new StringBuilder();
            List<Zone> zones = ZoneGazetteer.bundled().zones();
            try (LibraryStore store = LibraryStore.open(file, text -> List.of(text.split(" ")), TextFolder.identity())) {
                if (reusing) {
                    report.append(String.format("library: %d articles on %d pages, reused from %s%n",
                            store.articleCount(), store.pageCount(), file));
                } else {
                    long start = System.nanoTime();
                    build(store, zones, articles);
                    report.append(String.format("library: %d articles on %d pages in %.1f s%n", store.articleCount(),
                            store.pageCount(), (System.nanoTime() - start) / 1e9));
                    addReaderData(file);
                }
                report.append(String.format("p50 of %d runs after %d warm-up runs, slowest of: no filter, province %s,"
                        + " tag %s; times in ms%n", REPEATS, WARMUP, zones.get(0).province(), TOPICS.get(0)));
                List<StatsFilter> filters = List.of(StatsFilter.ALL, StatsFilter.ALL.withProvince(zones.get(0).province()),
                        StatsFilter.ALL.withTag(TOPICS.get(0)));
                for (Map.Entry<String, java.util.function.Function<StatsFilter, Object>> query : queries(store).entrySet()) {
                    double slowest = 0;
                    for (StatsFilter filter : filters) {
                        slowest = Math.max(slowest, p50(() -> query.getValue().apply(filter)));
                    }
                    report.append(String.format("%-28s %8.1f%n", query.getKey(), slowest));
                }
            }
            return report.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the reader's data to the bench library", e);
        }
    }

    private static Map<String, java.util.function.Function<StatsFilter, Object>> queries(LibraryStore store) {
        Map<String, java.util.function.Function<StatsFilter, Object>> queries = new LinkedHashMap<>();
        queries.put("per zone", filter -> store.articleCounts(StatsDimension.ZONE, filter));
        queries.put("per province", filter -> store.articleCounts(StatsDimension.PROVINCE, filter));
        queries.put("per month", filter -> store.articleCounts(StatsDimension.MONTH, filter));
        queries.put("per month and province", store::articlesPerMonthAndProvince);
        queries.put("per tag", filter -> store.articleCounts(StatsDimension.TAG, filter));
        queries.put("zone x tag (15 x 15)", filter -> store.zoneTagMatrix(filter, 15));
        queries.put("reading per zone", store::readingPerZone);
        queries.put("largest amounts (200)", filter -> store.largestFigures(KeyFigureKind.AMOUNT, 200, filter));
        queries.put("articles behind a bar (500)", filter -> store.articlesMatching(filter, 500));
        queries.put("unread articles (500)", filter -> store.articlesMatching(filter.withMark(ReadingMark.UNREAD), 500));
        return queries;
    }

    private static double p50(Supplier<Object> query) {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < WARMUP + REPEATS; run++) {
            long start = System.nanoTime();
            query.get();
            if (run >= WARMUP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static void build(LibraryStore store, List<Zone> zones, int articles) {
        Random random = new Random(SEED);
        store.saveZones(zones);
        int pages = (articles + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE;
        for (int p = 0; p < pages; p++) {
            List<Article> items = new ArrayList<>();
            for (int i = 0; i < Math.min(ARTICLES_PER_PAGE, articles - p * ARTICLES_PER_PAGE); i++) {
                items.add(article(random, zones));
            }
            String date = FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
            store.storePage(new Page("stats-" + p + ".txt", String.format("stats-%08d", p), items, List.of(), List.of(), date));
        }
    }

    private static Article article(Random random, List<Zone> zones) {
        // A few busy zones and a long tail, as in the papers: the square skews the choice towards the list's start.
        double skew = random.nextDouble();
        Optional<Zone> zone = random.nextInt(8) == 0 ? Optional.empty()
                : Optional.of(zones.get((int) (skew * skew * zones.size())));
        List<String> tags = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        while (tags.size() < count) {
            double pick = random.nextDouble();
            String topic = TOPICS.get((int) (pick * pick * TOPICS.size()));
            if (!tags.contains(topic)) {
                tags.add(topic);
            }
        }
        List<KeyFigure> figures = random.nextInt(3) == 0
                ? List.of(new KeyFigure(KeyFigureKind.AMOUNT, "投资", random.nextInt(100_000) * 1e4, "万元", "投资。"))
                : List.of();
        return new Article(ItemKind.ARTICLE, "标题" + random.nextInt(1_000_000), "", "", List.of(), zone,
                List.of(Paragraph.text("正文 " + random.nextInt(1_000_000))), List.of(), tags, figures, List.of());
    }

    /** The reader's data, written straight into its tables in one transaction: a fixture, not a use of the app. */
    private static void addReaderData(Path file) throws SQLException {
        Random random = new Random(SEED + 1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            List<String> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT p.content_hash || ':' || a.ordinal FROM articles a JOIN pages p ON p.id = a.page_id");
                 var rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "INSERT INTO read_state(article_key, read, scroll, modified) VALUES (?, 1, 1, '2026-01-01T00:00:00Z')");
                 PreparedStatement bookmark = connection.prepareStatement(
                         "INSERT INTO bookmarks(article_key, uuid, created) VALUES (?, ?, '2026-01-01T00:00:00Z')");
                 PreparedStatement note = connection.prepareStatement("""
                         INSERT INTO annotations(uuid, article_key, kind, color, exact, prefix, suffix, start_char, end_char,
                                                 text, created, modified, status)
                         VALUES (?, ?, 'ARTICLE_NOTE', 'yellow', '', '', '', 0, 0, '笔记', '2026-01-01T00:00:00Z',
                                 '2026-01-01T00:00:00Z', 'ANCHORED')""");
                 PreparedStatement userTag = connection.prepareStatement(
                         "INSERT INTO user_tags(article_key, label, uuid, created) VALUES (?, ?, ?, '2026-01-01T00:00:00Z')");
                 PreparedStatement removed = connection.prepareStatement(
                         "INSERT OR IGNORE INTO removed_tags(article_key, label) VALUES (?, ?)")) {
                int n = 0;
                for (String key : keys) {
                    n++;
                    add(read, random.nextInt(100) < 30, key);
                    add(bookmark, random.nextInt(100) < 5, key, "urn:uuid:bench-bookmark-" + n);
                    add(note, random.nextInt(100) < 3, "urn:uuid:bench-note-" + n, key);
                    add(userTag, random.nextInt(100) < 2, key, TOPICS.get(random.nextInt(TOPICS.size())) + "（我的）",
                            "urn:uuid:bench-tag-" + n);
                    add(removed, random.nextInt(100) < 1, key, TOPICS.get(random.nextInt(5)));
                }
                for (PreparedStatement statement : List.of(read, bookmark, note, userTag, removed)) {
                    statement.executeBatch();
                }
            }
            connection.commit();
        }
    }

    private static boolean holdsReaderData(Path file) {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement count = plain.prepareStatement("SELECT EXISTS (SELECT 1 FROM read_state)");
             var row = count.executeQuery()) {
            return row.next() && row.getInt(1) == 1;
        } catch (SQLException e) {
            return false; // an interrupted build: make a fresh one
        }
    }

    private static void add(PreparedStatement statement, boolean wanted, Object... values) throws SQLException {
        if (wanted) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        }
    }
}
