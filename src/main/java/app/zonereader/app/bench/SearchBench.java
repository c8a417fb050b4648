package app.zonereader.app.bench;

import app.zonereader.app.BundledPages;
import app.zonereader.ingest.Decoder;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;
import app.zonereader.service.PageSource;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.PreparedPage;
import app.zonereader.store.TextFolder;
import app.zonereader.store.WordSplitter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures import and search speed on a generated library: articles recombined (fixed seed) from the sentences of the
 * bundled sample pages, mentioning gazetteer zones. Each query class is timed against a plain {@code LIKE '%…%'} scan
 * of the same paragraphs in the same run.
 */
public final class SearchBench {
    private static final long SEED = 20_240_601L;
    private static final int ARTICLES_PER_PAGE = 10;
    private static final int LIMIT = 50;
    private static final int WARMUP = 2;
    private static final int REPEATS = 15;
    /** Pages prepared ahead of the writer: enough to keep every core busy, few enough to bound memory. */
    private static final int PREPARED_AHEAD = 16;

    /** The fixed query set: class → queries. */
    static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("1-2 chars", List.of("职教", "园", "创新", "科", "基地", "数"));
        QUERIES.put("cross-word substring", List.of("教融合", "城职创", "区管委", "技术产业开", "新兴产"));
        QUERIES.put("zone names", List.of("永川高新区", "中关村", "保定高新区", "苏州工业园区"));
        QUERIES.put("multi-word", List.of("永川 职教", "科技 创新 企业", "高新区 数字 经济"));
        QUERIES.put("phrase", List.of("\"产教融合\"", "\"高质量 发展\"", "\"国家 高新区\""));
        QUERIES.put("prefix", List.of("永川*", "数字*", "创*"));
    }

    private SearchBench() {
    }

    /**
     * Builds {@code workDir/bench.db} afresh with {@code articles} articles and reports timings as text.
     *
     * @param splitter the word segmenter the library would use
     */
    public static String run(Path workDir, int articles, WordSplitter splitter) {
        return run(workDir, articles, splitter, false);
    }

    /**
     * Like {@link #run(Path, int, WordSplitter)}, but with {@code reuse} an existing {@code bench.db} that holds exactly
     * {@code articles} articles is searched as it is (the generator is seeded, so it is the library a rebuild would
     * make, provided the import code has not changed since); the report says so instead of giving an import time.
     */
    public static String run(Path workDir, int articles, WordSplitter splitter, boolean reuse) {
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve("bench.db");
            boolean reusing = reuse && holdsArticles(file, articles);
            if (!reusing) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(workDir.resolve("bench.db" + suffix));
                }
            }
            StringBuilder report = new StringBuilder();
            try (LibraryStore store = LibraryStore.open(file, splitter, TextFolder.identity())) {
                if (reusing) {
                    report.append(String.format("import: skipped, reusing %s with %d articles%n", file,
                            store.articleCount()));
                } else {
                    report.append(build(store, articles));
                }
                report.append(String.format("search limit %d, %d runs per query after %d warm-up runs; times in ms%n",
                        LIMIT, REPEATS, WARMUP));
                report.append("wall = elapsed time; cpu = this thread's CPU time (SQLite runs on it), unaffected by other"
                        + " processes; LIKE = full scan of the paragraphs for every matching article; ratio = LIKE p50 / p50\n");
                report.append(String.format("%-22s %8s %8s %8s %8s %9s %9s %7s%n", "class", "p50", "p95", "cpu p50",
                        "cpu p95", "LIKE p50", "LIKE p95", "ratio"));
                try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    for (Map.Entry<String, List<String>> queryClass : QUERIES.entrySet()) {
                        report.append(measure(store, plain, queryClass.getKey(), queryClass.getValue()));
                    }
                }
            }
            long size = Files.size(file) + sizeIfExists(workDir.resolve("bench.db-wal"));
            report.append(String.format("database size: %.1f MB%n", size / 1e6));
            return report.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("LIKE baseline failed", e);
        }
    }

    /** Imports the generated library; returns the report line on import speed. */
    private static String build(LibraryStore store, int articles) throws IOException {
        double seconds = generate(store, articles).seconds();
        return String.format("import: %d articles in %d pages, %.1f s (%.0f articles/s)%n",
                store.articleCount(), pages(articles), seconds, store.articleCount() / seconds);
    }

    private static int pages(int articles) {
        return (articles + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE;
    }

    /**
     * Imports the generated library (fixed seed) into an empty store; returns the time it took, and where. Pages are
     * prepared (segmented) on one thread per core and stored in order by this one, as the application imports.
     */
    static ImportTiming.Figures generate(LibraryStore store, int articles) throws IOException {
        List<Zone> zones = zones();
        Generator generator = new Generator(sentences(), zones, new Random(SEED));
        store.saveZones(zones);
        ImportTiming timing = new ImportTiming();
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            Deque<Future<PreparedPage>> window = new ArrayDeque<>();
            for (int p = 0; p < pages(articles); p++) {
                Page page = generator.page(p, Math.min(ARTICLES_PER_PAGE, articles - p * ARTICLES_PER_PAGE));
                window.add(workers.submit(() -> timing.prepare(() -> store.prepare(page))));
                if (window.size() >= PREPARED_AHEAD) {
                    store(store, window.poll(), timing);
                }
            }
            while (!window.isEmpty()) {
                store(store, window.poll(), timing);
            }
        } finally {
            workers.shutdownNow();
        }
        return timing.figures((System.nanoTime() - start) / 1e9);
    }

    private static void store(LibraryStore store, Future<PreparedPage> next, ImportTiming timing) {
        boolean ready = next.isDone();
        long waitStart = System.nanoTime();
        PreparedPage page = done(next);
        long writeStart = System.nanoTime();
        timing.waited(ready, writeStart - waitStart);
        store.storePage(page, Optional.empty());
        timing.wrote(System.nanoTime() - writeStart);
    }

    private static PreparedPage done(Future<PreparedPage> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing pages", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing a page failed", e.getCause());
        }
    }

    /** True when {@code file} is a library of exactly {@code articles} articles. */
    /** Whether {@code file} is a library of exactly {@code articles} articles (false when missing or unreadable). */
    static boolean holdsArticles(Path file, int articles) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement count = plain.prepareStatement("SELECT count(*) FROM articles");
             ResultSet row = count.executeQuery()) {
            return row.next() && row.getInt(1) == articles;
        } catch (SQLException e) {
            return false; // not a library (or a damaged one): build a fresh one
        }
    }

    private static String measure(LibraryStore store, Connection plain, String name, List<String> queries)
            throws SQLException {
        List<Double> search = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> like = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (PreparedStatement scan = plain.prepareStatement(
                "SELECT DISTINCT article_id FROM paragraphs WHERE text LIKE ? ESCAPE '\\'")) {
            for (String query : queries) {
                String pattern = likePattern(query);
                for (int run = 0; run < WARMUP + REPEATS; run++) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    store.search(query, LIMIT);
                    double searchMillis = (System.nanoTime() - start) / 1e6;
                    double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    start = System.nanoTime();
                    scan.setString(1, pattern);
                    try (ResultSet rows = scan.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(1);
                        }
                    }
                    double likeMillis = (System.nanoTime() - start) / 1e6;
                    if (run >= WARMUP) {
                        search.add(searchMillis);
                        cpu.add(cpuMillis);
                        like.add(likeMillis);
                    }
                }
            }
        }
        double p50 = percentile(search, 50);
        double p95 = percentile(search, 95);
        double likeP50 = percentile(like, 50);
        return String.format("%-22s %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f %6.1fx%n", name, p50, p95, percentile(cpu, 50),
                percentile(cpu, 95), likeP50, percentile(like, 95), likeP50 / p50);
    }

    /** The LIKE pattern (escape character '\\') that finds the query's words in order, quotes and '*' dropped. */
    static String likePattern(String query) {
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                .replace("\"", "").replace("*", "").replaceAll("\\s+", "%") + "%";
    }

    static double percentile(List<Double> values, int percent) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long sizeIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** Makes pages of articles from sample sentences; deterministic for a given random. */
    private static final class Generator {
        private final List<String> sentences;
        private final List<Zone> zones;
        private final Random random;

        Generator(List<String> sentences, List<Zone> zones, Random random) {
            this.sentences = sentences;
            this.zones = zones;
            this.random = random;
        }

        Page page(int number, int count) {
            List<Article> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(article());
            }
            return new Page("bench-" + number + ".txt", String.format("bench-%08d", number), items, List.of(), List.of());
        }

        private Article article() {
            Optional<Zone> zone = random.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(zones.get(random.nextInt(zones.size())));
            List<Paragraph> body = new ArrayList<>();
            int paragraphs = 3 + random.nextInt(6);
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder text = new StringBuilder();
                if (p == 0 && zone.isPresent()) {
                    text.append(zone.get().shortName()).append('：');
                }
                int count = 1 + random.nextInt(4);
                for (int s = 0; s < count; s++) {
                    text.append(sentence());
                }
                body.add(new Paragraph(text.toString(), p > 0 && random.nextInt(8) == 0));
            }
            String title = sentence();
            title = title.substring(0, Math.min(title.length(), 10 + random.nextInt(12)));
            List<String> tags = zone.map(z -> List.of(z.province(), "高新区")).orElse(List.of("综合"));
            return new Article(ItemKind.ARTICLE, title, "", "本报记者 " + "张王李赵刘".charAt(random.nextInt(5)) + "明",
                    List.of(), zone, body, List.of(), tags, List.of(), List.of());
        }

        private String sentence() {
            return sentences.get(random.nextInt(sentences.size()));
        }
    }

    /** Sentences of every bundled page, with the print layout's hard line breaks joined. */
    static List<String> sentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String text : bundledPages()) {
            String joined = text.replaceAll("\\s*\\n\\s*", "");
            for (String sentence : joined.split("(?<=[。！？])")) {
                if (sentence.length() >= 6) {
                    sentences.add(sentence);
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalStateException("no sample pages on the classpath under /assets/pages");
        }
        return sentences;
    }

    /** The text of each bundled sample page. */
    private static List<String> bundledPages() throws IOException {
        List<String> texts = new ArrayList<>();
        for (PageSource page : BundledPages.list()) {
            texts.add(Decoder.decode(page.read()).text());
        }
        return texts;
    }

    /** The bundled gazetteer's zones. */
    static List<Zone> zones() {
        return ZoneGazetteer.bundled().zones();
    }
}
