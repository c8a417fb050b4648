package app.zonereader.ui;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.Article;
import app.zonereader.model.Corrected;
import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.TextAnchor;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;
import app.zonereader.model.Zone;
import app.zonereader.service.ImportListener;
import app.zonereader.service.LibraryService;
import app.zonereader.service.PageSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An in-memory library for UI tests: deterministic articles in two provinces and three zones plus items without a
 * zone. Importing a page makes one article of it (first line = title, the rest = paragraphs, a known zone name in
 * the text = its zone); a page whose text starts with "FAIL" fails.
 */
final class FakeLibraryService implements LibraryService {
    private final java.util.concurrent.atomic.AtomicInteger reviewCounts = new java.util.concurrent.atomic.AtomicInteger();
    static final Zone YONGCHUAN = new Zone("重庆永川高新技术产业开发区", "永川高新区", List.of(), "重庆", "重庆", 2018);
    static final Zone BISHAN = new Zone("重庆璧山高新技术产业开发区", "璧山高新区", List.of(), "重庆", "重庆", 2015);
    static final Zone DONGHU = new Zone("武汉东湖新技术开发区", "东湖高新区", List.of("光谷"), "湖北", "武汉", 1991);
    private static final List<Zone> GAZETTEER = List.of(YONGCHUAN, BISHAN, DONGHU);

    private final List<StoredArticle> stored = new CopyOnWriteArrayList<>();
    private volatile boolean broken;
    private volatile boolean calledOnFxThread;
    private long nextId = 1;

    /** An empty library (first run). */
    static FakeLibraryService empty() {
        return new FakeLibraryService();
    }

    /** The standard fixture: 重庆 (永川 ×2, 璧山 ×1), 湖北 (东湖 ×1) and two items without a zone. */
    static FakeLibraryService withSampleArticles() {
        FakeLibraryService library = new FakeLibraryService();
        library.add("page-1.txt", "2021-12-07", new Article(ItemKind.ARTICLE, "永川高新区数字经济产业园开园", "打造西部数字经济高地",
                "本报记者 戈清平", List.of("戈清平"), Optional.of(YONGCHUAN),
                List.of(Paragraph.text("11月27日，永川高新区数字经济产业园正式开园，首批入驻企业105家。"),
                        Paragraph.heading("聚焦主导产业"),
                        Paragraph.text("园区全年实现产值43825万元，同比增长90%，数字经济成为新的增长点。")),
                List.of("图为产业园全景。"), List.of("数字经济", "产业园", "智能制造"),
                List.of(new KeyFigure(KeyFigureKind.COUNT, "105家", 105, "家", "首批入驻企业105家。"),
                        new KeyFigure(KeyFigureKind.AMOUNT, "43825万元", 4.3825e8, "万元", "园区全年实现产值43825万元。")),
                List.of()));
        library.add("page-1.txt", new Article(ItemKind.ARTICLE, "永川高新区引进智能制造项目", "", "", List.of(),
                Optional.of(YONGCHUAN), List.of(Paragraph.text("永川高新区签约智能制造项目12个，总投资50亿元。")), List.of(),
                List.of(), List.of(new KeyFigure(KeyFigureKind.AMOUNT, "50亿元", 5e9, "亿元", "永川高新区签约智能制造项目12个，总投资50亿元。"),
                        new KeyFigure(KeyFigureKind.AMOUNT, "50亿元", 5e9, "亿元", "总投资50亿元。")), List.of()));
        library.add("page-2.txt", article("璧山高新区新能源汽车产业链成形", Optional.of(BISHAN),
                "璧山高新区新能源汽车产业链上下游企业已超过80家。"));
        library.add("page-2.txt", article("东湖高新区光谷科创大走廊建设提速", Optional.of(DONGHU),
                "东湖高新区推进光谷科创大走廊建设，新增高新技术企业300家。"));
        library.add("page-3.txt", article("科技部发布国家高新区评价结果", Optional.empty(),
                "科技部日前发布国家高新区综合评价结果，数字经济指标首次纳入评价。"));
        library.add("page-3.txt", new Article(ItemKind.AD, "新年贺词", "", "", List.of(), Optional.empty(),
                List.of(Paragraph.text("恭祝全国读者新年快乐。")), List.of(), List.of(), List.of(), List.of()));
        return library;
    }

    static Article article(String title, Optional<Zone> zone, String... paragraphs) {
        return new Article(ItemKind.ARTICLE, title, "", "", List.of(), zone,
                Arrays.stream(paragraphs).map(Paragraph::text).toList(), List.of(), List.of(), List.of(), List.of());
    }

    synchronized long add(String pageFile, Article article) {
        return add(pageFile, "", article);
    }

    /** Adds an article from a page with a known issue date (ISO). */
    synchronized long add(String pageFile, String pageDate, Article article) {
        long id = nextId++;
        String hash = String.format("%064x", id);
        stored.add(new StoredArticle(id, new ArticleKey(hash, 0), pageFile, article, pageDate));
        return id;
    }

    /** From now on every query throws, as a broken database would. */
    void breakDown() {
        broken = true;
    }

    /** Like the real library: all samples in an empty library, none once it holds anything (no resume here). */
    @Override
    public List<PageSource> firstRunPagesToImport(List<PageSource> samples) {
        check();
        return stored.isEmpty() ? samples : List.of();
    }

    @Override
    public int articleCount() {
        check();
        return stored.size();
    }

    @Override
    public List<ArticleSummary> articles() {
        check();
        return stored.stream().map(s -> new ArticleSummary(s.id(), s.article().displayTitle(), s.article().kind(),
                s.article().zone().map(Zone::shortName).orElse(""), s.article().zone().map(Zone::province).orElse(""),
                s.pageFile(), read.getOrDefault(s.key(), false), bookmarks.getOrDefault(s.key(), false))).toList();
    }

    @Override
    public Optional<StoredArticle> article(long id) {
        check();
        return stored.stream().filter(s -> s.id() == id).findFirst().map(s -> {
            Article a = s.article();
            return new StoredArticle(s.id(), s.key(), s.pageFile(), new Article(a.kind(), a.title(), a.subtitle(), a.byline(),
                    a.bylineNames(), a.zone(), a.body(), a.photoCaptions(), visibleTags(s), a.keyFigures(), a.warnings(), a.source(), a.date()),
                    s.pageDate());
        });
    }

    @Override
    public List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit) {
        check();
        List<ArticleFigure> figures = new ArrayList<>();
        for (StoredArticle s : stored) {
            Map<String, KeyFigure> distinct = new LinkedHashMap<>();
            s.article().keyFigures().stream().filter(f -> f.kind() == kind).forEach(f -> distinct.putIfAbsent(f.text(), f));
            distinct.values().forEach(f -> figures.add(new ArticleFigure(s.id(), s.article().displayTitle(),
                    s.article().zone().map(Zone::shortName).orElse(""), f)));
        }
        return figures.stream().sorted(Comparator.comparingDouble((ArticleFigure f) -> f.figure().value()).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<CountByName> articlesPerZone() {
        return count(article -> article.zone().map(Zone::shortName));
    }

    @Override
    public List<CountByName> articlesPerProvince() {
        return count(article -> article.zone().map(Zone::province));
    }

    private List<CountByName> count(Function<Article, Optional<String>> name) {
        check();
        Map<String, Integer> counts = new LinkedHashMap<>();
        stored.stream().map(StoredArticle::article).filter(a -> a.kind() == ItemKind.ARTICLE)
                .forEach(a -> name.apply(a).ifPresent(n -> counts.merge(n, 1, Integer::sum)));
        return counts.entrySet().stream().map(e -> new CountByName(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(CountByName::count).reversed().thenComparing(CountByName::name)).toList();
    }

    @Override
    public List<SearchHit> search(String query, int limit, SearchScope scope) {
        check();
        List<SearchHit> hits = new ArrayList<>();
        for (StoredArticle s : stored) {
            if (!inScope(s.article(), visibleTags(s), scope)) {
                continue;
            }
            String text = s.article().title() + "\n" + s.article().bodyText() + "\n" + String.join(" ", s.article().tags());
            int at = text.indexOf(query);
            if (at >= 0 && hits.size() < limit) {
                int from = Math.max(0, at - 8);
                int to = Math.min(text.length(), at + query.length() + 12);
                String snippet = text.substring(from, at) + SearchHit.HIT_START + query + SearchHit.HIT_END
                        + text.substring(at + query.length(), to);
                hits.add(new SearchHit(s.id(), s.article().displayTitle(), s.article().zone().map(Zone::shortName).orElse(""),
                        s.pageFile(), snippet.replace('\n', ' '), 1.0 / (1 + at), List.of(query), s.pageDate(), s.key()));
            }
        }
        return hits;
    }

    @Override
    public List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportReport> reports = new ArrayList<>();
        for (PageSource page : pages) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            ImportReport report = importPage(page);
            reports.add(report);
            listener.fileDone(reports.size(), pages.size(), report);
        }
        return reports;
    }

    private ImportReport importPage(PageSource page) {
        check();
        try {
            String text = new String(page.read(), StandardCharsets.UTF_8).strip();
            if (text.startsWith("FAIL")) {
                return new ImportReport(page.name(), ImportStatus.FAILED, 0, "unreadable page", List.of(), 1);
            }
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            Optional<Zone> zone = GAZETTEER.stream().filter(z -> text.contains(z.shortName())).findFirst();
            add(page.name(), article(lines.get(0), zone, lines.subList(1, lines.size()).toArray(String[]::new)));
            List<String> unknown = java.util.regex.Pattern.compile("\\p{IsHan}{2}高新区").matcher(text).results()
                    .map(java.util.regex.MatchResult::group)
                    .filter(name -> GAZETTEER.stream().noneMatch(z -> z.shortName().equals(name))).distinct().toList();
            // like the engine, a jump line (下转第4版) is reported as a warning
            List<app.zonereader.model.IngestWarning> warnings = lines.stream().filter(line -> line.startsWith("下转"))
                    .map(line -> app.zonereader.model.IngestWarning.of(app.zonereader.model.WarningCode.JUMP_LINE_REMOVED, line))
                    .toList();
            return new ImportReport(page.name(), ImportStatus.IMPORTED, 1, "", warnings, 1, unknown);
        } catch (IOException e) {
            return new ImportReport(page.name(), ImportStatus.FAILED, 0, e.getMessage(), List.of(), 1);
        }
    }

    /** A page source over a string, for import tests. */
    static PageSource page(String name, String text) {
        return new PageSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] read() {
                return text.getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** True once any query ran on the JavaFX thread, which would freeze the window on a real database. */
    boolean calledOnFxThread() {
        return calledOnFxThread;
    }

    private void check() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            calledOnFxThread = true;
        }
        if (broken) {
            throw new IllegalStateException("database is gone");
        }
    }

    /** All titles, for assertions. */
    List<String> titles() {
        return stored.stream().map(s -> s.article().displayTitle()).collect(Collectors.toList());
    }

    private final List<java.time.LocalDate> backups = new ArrayList<>();
    private java.time.LocalDate restored;

    /** Pretends daily backups exist for these days, newest first. */
    void addBackups(java.time.LocalDate... days) {
        backups.addAll(List.of(days));
    }

    /** The day whose backup was restored, if any. */
    Optional<java.time.LocalDate> restoredDay() {
        return Optional.ofNullable(restored);
    }

    @Override
    public List<java.time.LocalDate> backupDays() {
        return List.copyOf(backups);
    }

    @Override
    public void restoreBackup(java.time.LocalDate day) {
        if (!backups.contains(day)) {
            throw new IllegalArgumentException("there is no backup of " + day);
        }
        restored = day;
    }

    private static boolean inScope(Article article, List<String> tags, SearchScope scope) {
        String zone = article.zone().map(Zone::shortName).orElse("");
        String province = article.zone().map(Zone::province).orElse("");
        return (scope.zone().isEmpty() || scope.zone().equals(zone))
                && (scope.province().isEmpty() || scope.province().equals(province))
                && (scope.tag().isEmpty() || tags.contains(scope.tag()));
    }

    // ---- Reader's data, in memory, keyed like the real library (by article key, not id) ----------------------------

    private final Map<ArticleKey, Boolean> bookmarks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ArticleKey, Boolean> read = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ArticleKey, Double> scroll = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ArticleKey, List<String>> userTags = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ArticleKey, List<String>> removedTags = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Annotation> annotations = new CopyOnWriteArrayList<>();
    private volatile long lastOpen;
    private final java.util.concurrent.atomic.AtomicInteger readingQueries = new java.util.concurrent.atomic.AtomicInteger();
    private long nextAnnotationId = 1;
    private int reprocessCount;

    @Override
    public List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled,
                                          boolean replace) {
        return importPages(pages, listener, cancelled);
    }

    /** Nothing changes in memory: every anchored annotation stays where it is. Reports each page, stops when asked. */
    @Override
    public synchronized ReanchorReport reprocess(ImportListener listener, BooleanSupplier cancelled) {
        check();
        reprocessCount++;
        List<String> pages = stored.stream().map(StoredArticle::pageFile).distinct().toList();
        int done = 0;
        for (String page : pages) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            done++;
            int items = (int) stored.stream().filter(s -> s.pageFile().equals(page)).count();
            listener.fileDone(done, pages.size(), new ImportReport(page, ImportStatus.IMPORTED, items, "", List.of(), 1));
        }
        int anchored = (int) annotations.stream().filter(a -> !a.isOrphaned()).count();
        return new ReanchorReport(done, stored.size(), anchored, 0, annotations.size() - anchored, List.of());
    }

    /** How often the reading chart's numbers were asked for. */
    int readingQueries() {
        return readingQueries.get();
    }

    /** How often {@link #reprocess} ran. */
    synchronized int reprocessCount() {
        return reprocessCount;
    }

    @Override
    public synchronized ArticleMarks marks(long articleId) {
        check();
        ArticleKey key = keyOf(articleId);
        List<Annotation> highlights = annotations.stream()
                .filter(a -> a.article().equals(key) && a.kind() == AnnotationKind.HIGHLIGHT && !a.isOrphaned())
                .sorted(Comparator.comparingInt(a -> a.anchor().start())).toList();
        String note = annotations.stream().filter(a -> a.article().equals(key) && a.kind() == AnnotationKind.ARTICLE_NOTE)
                .map(Annotation::text).findFirst().orElse("");
        return new ArticleMarks(bookmarks.getOrDefault(key, false), read.getOrDefault(key, false),
                scroll.getOrDefault(key, 0.0), highlights, note, userTags.getOrDefault(key, List.of()),
                removedTags.getOrDefault(key, List.of()));
    }

    @Override
    public void setBookmarked(long articleId, boolean bookmarked) {
        check();
        bookmarks.put(keyOf(articleId), bookmarked);
    }

    @Override
    public void setRead(long articleId, boolean isRead) {
        check();
        read.put(keyOf(articleId), isRead);
    }

    @Override
    public void setZoneRead(String zoneShortName, boolean isRead) {
        check();
        stored.stream().filter(s -> s.article().zone().map(Zone::shortName).orElse("").equals(zoneShortName))
                .forEach(s -> read.put(s.key(), isRead));
    }

    @Override
    public void setProvinceRead(String province, boolean isRead) {
        check();
        stored.stream().filter(s -> s.article().zone().map(Zone::province).orElse("").equals(province))
                .forEach(s -> read.put(s.key(), isRead));
    }

    @Override
    public void saveScrollPosition(long articleId, double position) {
        check();
        scroll.put(keyOf(articleId), position);
    }

    @Override
    public java.util.OptionalLong lastOpenArticle() {
        check();
        long id = lastOpen;
        return stored.stream().anyMatch(s -> s.id() == id) ? java.util.OptionalLong.of(id) : java.util.OptionalLong.empty();
    }

    @Override
    public void setLastOpenArticle(long articleId) {
        check();
        lastOpen = articleId;
    }

    @Override
    public synchronized Annotation addHighlight(long articleId, int start, int end, HighlightColor color, String note) {
        check();
        StoredArticle article = storedArticle(articleId);
        TextAnchor anchor = TextAnchor.of(article.article().bodyText(), start, end);
        java.time.Instant now = java.time.Instant.now();
        Annotation added = new Annotation(nextAnnotationId++, "urn:uuid:" + java.util.UUID.randomUUID(), article.key(),
                AnnotationKind.HIGHLIGHT, color, anchor, note, now, now, AnchorStatus.ANCHORED);
        annotations.add(added);
        return added;
    }

    @Override
    public synchronized Annotation updateHighlight(long annotationId, HighlightColor color, String note) {
        check();
        Annotation old = annotation(annotationId);
        Annotation updated = new Annotation(old.id(), old.uuid(), old.article(), old.kind(), color, old.anchor(), note,
                old.created(), java.time.Instant.now(), old.status());
        annotations.set(annotations.indexOf(old), updated);
        return updated;
    }

    @Override
    public synchronized Optional<Annotation> deleteAnnotation(long annotationId) {
        check();
        Optional<Annotation> found = annotations.stream().filter(a -> a.id() == annotationId).findFirst();
        found.ifPresent(annotations::remove);
        return found;
    }

    @Override
    public synchronized Annotation restoreAnnotation(Annotation deleted) {
        check();
        annotations.add(deleted);
        return deleted;
    }

    @Override
    public synchronized void saveArticleNote(long articleId, String text) {
        check();
        ArticleKey key = keyOf(articleId);
        annotations.removeIf(a -> a.article().equals(key) && a.kind() == AnnotationKind.ARTICLE_NOTE);
        if (!text.isEmpty()) {
            java.time.Instant now = java.time.Instant.now();
            annotations.add(new Annotation(nextAnnotationId++, "urn:uuid:" + java.util.UUID.randomUUID(), key,
                    AnnotationKind.ARTICLE_NOTE, HighlightColor.YELLOW, TextAnchor.WHOLE_ARTICLE, text, now, now,
                    AnchorStatus.ANCHORED));
        }
    }

    @Override
    public synchronized List<AnnotationRow> annotations(AnnotationFilter filter) {
        check();
        List<AnnotationRow> rows = new ArrayList<>();
        for (Annotation a : annotations) {
            Optional<StoredArticle> article = stored.stream().filter(s -> s.key().equals(a.article())).findFirst();
            String zone = article.flatMap(s -> s.article().zone()).map(Zone::shortName).orElse("");
            List<String> tags = article.map(this::visibleTags).orElse(List.of());
            boolean keep = (filter.kinds().isEmpty() || filter.kinds().contains(a.kind()))
                    && (filter.colors().isEmpty() || a.kind() != AnnotationKind.HIGHLIGHT || filter.colors().contains(a.color()))
                    && (filter.zone().isEmpty() || filter.zone().equals(zone))
                    && (filter.tag().isEmpty() || tags.contains(filter.tag()))
                    && (filter.text().isEmpty() || a.anchor().exact().contains(filter.text()) || a.text().contains(filter.text()))
                    && (filter.status().isEmpty() || filter.status().contains(a.status()));
            if (keep) {
                rows.add(new AnnotationRow(a, article.map(StoredArticle::id).orElse(0L),
                        article.map(s -> s.article().displayTitle()).orElse(""), zone,
                        article.flatMap(s -> s.article().zone()).map(Zone::province).orElse(""),
                        article.map(StoredArticle::pageDate).orElse(""), article.map(StoredArticle::pageFile).orElse(""), tags));
            }
        }
        return rows;
    }

    /** Makes an annotation orphaned, as a re-import that lost its text would. */
    synchronized void orphan(long annotationId) {
        Annotation old = annotation(annotationId);
        annotations.set(annotations.indexOf(old), new Annotation(old.id(), old.uuid(), old.article(), old.kind(), old.color(),
                old.anchor(), old.text(), old.created(), old.modified(), AnchorStatus.ORPHANED));
    }

    @Override
    public synchronized Annotation reattach(long annotationId, long articleId, int start, int end) {
        check();
        Annotation old = annotation(annotationId);
        StoredArticle article = storedArticle(articleId);
        Annotation moved = new Annotation(old.id(), old.uuid(), article.key(), old.kind(), old.color(),
                TextAnchor.of(article.article().bodyText(), start, end), old.text(), old.created(), java.time.Instant.now(),
                AnchorStatus.ANCHORED);
        annotations.set(annotations.indexOf(old), moved);
        return moved;
    }

    @Override
    public synchronized AnnotationImportReport importAnnotations(List<Annotation> incoming) {
        check();
        int added = 0;
        int duplicates = 0;
        for (Annotation a : incoming) {
            if (annotations.stream().anyMatch(existing -> existing.uuid().equals(a.uuid()))) {
                duplicates++;
            } else {
                annotations.add(a);
                added++;
            }
        }
        return new AnnotationImportReport(incoming.size(), added, 0, duplicates, List.of());
    }

    @Override
    public synchronized List<CountByName> tagCounts() {
        check();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StoredArticle s : stored) {
            visibleTags(s).forEach(tag -> counts.merge(tag, 1, Integer::sum));
        }
        return counts.entrySet().stream().map(e -> new CountByName(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(CountByName::count).reversed().thenComparing(CountByName::name)).toList();
    }

    @Override
    public synchronized List<ArticleSummary> articlesWithTag(String tag) {
        check();
        List<Long> tagged = stored.stream().filter(s -> visibleTags(s).contains(tag)).map(StoredArticle::id).toList();
        return articles().stream().filter(summary -> tagged.contains(summary.id())).toList();
    }

    @Override
    public synchronized void addTag(long articleId, String tag) {
        check();
        ArticleKey key = keyOf(articleId);
        removedTags.computeIfPresent(key, (k, removed) -> removed.stream().filter(t -> !t.equals(tag)).toList());
        List<String> tags = new ArrayList<>(userTags.getOrDefault(key, List.of()));
        if (!tags.contains(tag) && !storedArticle(articleId).article().tags().contains(tag)) {
            tags.add(tag);
        }
        userTags.put(key, List.copyOf(tags));
    }

    @Override
    public synchronized void removeTag(long articleId, String tag) {
        check();
        ArticleKey key = keyOf(articleId);
        userTags.computeIfPresent(key, (k, tags) -> tags.stream().filter(t -> !t.equals(tag)).toList());
        if (storedArticle(articleId).article().tags().contains(tag)) {
            List<String> removed = new ArrayList<>(removedTags.getOrDefault(key, List.of()));
            removed.add(tag);
            removedTags.put(key, List.copyOf(removed));
        }
    }

    @Override
    public synchronized void renameTag(String from, String to) {
        check();
        for (StoredArticle s : stored) {
            if (visibleTags(s).contains(from)) {
                removeTag(s.id(), from);
                addTag(s.id(), to);
            }
        }
    }

    /** The automatic tags not removed, then the reader's: what {@link #article(long)} shows. */
    private List<String> visibleTags(StoredArticle s) {
        List<String> tags = new ArrayList<>(s.article().tags());
        tags.removeAll(removedTags.getOrDefault(s.key(), List.of()));
        userTags.getOrDefault(s.key(), List.of()).stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        return tags;
    }

    private StoredArticle storedArticle(long articleId) {
        return stored.stream().filter(s -> s.id() == articleId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
    }

    private ArticleKey keyOf(long articleId) {
        return storedArticle(articleId).key();
    }

    private Annotation annotation(long annotationId) {
        return annotations.stream().filter(a -> a.id() == annotationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no annotation " + annotationId));
    }

    // ---- Statistics (issue 13): the store's aggregates over the in-memory articles ------------------------------

    @Override
    public List<CountByName> articleCounts(StatsDimension by, StatsFilter filter) {
        check();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StoredArticle s : statsArticles(filter)) {
            List<String> names = switch (by) {
                case ZONE -> s.article().zone().map(Zone::shortName).stream().toList();
                case PROVINCE -> s.article().zone().map(Zone::province).stream().toList();
                case MONTH -> List.of(monthOf(s));
                case TAG -> visibleTags(s);
            };
            names.forEach(name -> counts.merge(name, 1, Integer::sum));
        }
        Comparator<CountByName> order = by == StatsDimension.MONTH ? Comparator.comparing(CountByName::name)
                : Comparator.comparingInt(CountByName::count).reversed().thenComparing(CountByName::name);
        return counts.entrySet().stream().map(e -> new CountByName(e.getKey(), e.getValue())).sorted(order).toList();
    }

    @Override
    public List<CrossCount> articlesPerMonthAndProvince(StatsFilter filter) {
        check();
        Map<List<String>, Integer> counts = new java.util.TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        statsArticles(filter).forEach(s -> counts.merge(List.of(monthOf(s), s.article().zone().map(Zone::province).orElse("")),
                1, Integer::sum));
        return counts.entrySet().stream().map(e -> new CrossCount(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    @Override
    public ZoneTagMatrix zoneTagMatrix(StatsFilter filter, int size) {
        List<String> zones = articleCounts(StatsDimension.ZONE, filter).stream().limit(size).map(CountByName::name).toList();
        List<String> tags = articleCounts(StatsDimension.TAG, filter).stream().limit(size).map(CountByName::name).toList();
        List<CrossCount> cells = new ArrayList<>();
        for (String zone : zones) {
            for (String tag : tags) {
                int n = statsArticles(filter.withZone(zone).withTag(tag)).size();
                if (n > 0) {
                    cells.add(new CrossCount(zone, tag, n));
                }
            }
        }
        return new ZoneTagMatrix(zones, tags, cells);
    }

    @Override
    public List<ZoneReading> readingPerZone(StatsFilter filter) {
        check();
        readingQueries.incrementAndGet();
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (StoredArticle s : statsArticles(filter)) {
            int[] row = rows.computeIfAbsent(s.article().zone().map(Zone::shortName).orElse(""), zone -> new int[4]);
            row[0]++;
            row[1] += read.getOrDefault(s.key(), false) ? 1 : 0;
            row[2] += bookmarks.getOrDefault(s.key(), false) ? 1 : 0;
            row[3] += (int) annotations.stream().filter(a -> a.article().equals(s.key())).count();
        }
        return rows.entrySet().stream().map(e -> new ZoneReading(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).sorted(Comparator.comparingInt(ZoneReading::articles).reversed()
                .thenComparing(ZoneReading::zone)).toList();
    }

    @Override
    public List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit, StatsFilter filter) {
        List<Long> kept = statsArticles(filter).stream().map(StoredArticle::id).toList();
        return largestFigures(kind, Integer.MAX_VALUE).stream().filter(f -> kept.contains(f.articleId())).limit(limit).toList();
    }

    @Override
    public List<ArticleSummary> articlesMatching(StatsFilter filter, int limit) {
        List<Long> kept = statsArticles(filter).stream().map(StoredArticle::id).toList();
        return articles().stream().filter(a -> kept.contains(a.id())).limit(limit).toList();
    }

    private List<StoredArticle> statsArticles(StatsFilter filter) {
        return stored.stream().filter(s -> s.article().kind() == ItemKind.ARTICLE).filter(s -> {
            Article a = s.article();
            String day = s.pageDate().isEmpty() ? "2026-01-01" : s.pageDate();
            return (filter.zone().isEmpty() || a.zone().map(Zone::shortName).orElse("").equals(filter.zone()))
                    && (filter.province().isEmpty() || a.zone().map(Zone::province).orElse("").equals(filter.province()))
                    && (filter.tag().isEmpty() || visibleTags(s).contains(filter.tag()))
                    && filter.from().map(from -> day.compareTo(from.toString()) >= 0).orElse(true)
                    && filter.to().map(to -> day.compareTo(to.toString()) <= 0).orElse(true)
                    && hasMark(s.key(), filter.mark());
        }).toList();
    }

    private boolean hasMark(ArticleKey key, app.zonereader.model.ReadingMark mark) {
        return switch (mark) {
            case ANY -> true;
            case READ -> read.getOrDefault(key, false);
            case UNREAD -> !read.getOrDefault(key, false);
            case BOOKMARKED -> bookmarks.getOrDefault(key, false);
            case ANNOTATED -> annotations.stream().anyMatch(a -> a.article().equals(key));
        };
    }

    /** The page's month; the fake "imports" every undated page in January 2026. */
    private static String monthOf(StoredArticle s) {
        return s.pageDate().isEmpty() ? "2026-01" : s.pageDate().substring(0, 7);
    }

    // ---- corrections branch (issue 12): in memory, each correction remembers the items it replaced ------------------

    /** What a correction replaced: the items before it, and the ids of the items it made in their place. */
    private record FakeEdit(Correction correction, List<StoredArticle> before, List<Long> after, CorrectionEdit edit) {
    }

    private final Map<Long, FakeEdit> edits = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Zone> userZones = new CopyOnWriteArrayList<>();
    private final List<CountByName> unknownNames = new CopyOnWriteArrayList<>();
    private long nextCorrectionId = 1;

    /** Names an import "reported" and the zone list lacks, for the add-zone dialog. */
    void reportUnknownZone(String name, int pages) {
        unknownNames.add(new CountByName(name, pages));
    }

    @Override
    public synchronized Corrected correct(long articleId, CorrectionEdit edit) {
        check();
        StoredArticle target = article(articleId).orElseThrow(() -> new IllegalArgumentException("no item " + articleId));
        int index = indexOf(articleId);
        Article a = stored.get(index).article();
        List<StoredArticle> before = new ArrayList<>(List.of(stored.get(index)));
        List<StoredArticle> after = new ArrayList<>();
        String engineValue = "";
        switch (edit.kind()) {
            case TITLE -> {
                engineValue = a.title();
                after.add(replaced(target, edited(a, edit.value(), a.subtitle(), a.zone(), a.kind(), a.body())));
            }
            case SUBTITLE -> {
                engineValue = a.subtitle();
                after.add(replaced(target, edited(a, a.title(), edit.value(), a.zone(), a.kind(), a.body())));
            }
            case ZONE -> {
                engineValue = a.zone().map(Zone::shortName).orElse("");
                Optional<Zone> zone = zones().stream().filter(z -> z.shortName().equals(edit.value())).findFirst();
                after.add(replaced(target, edited(a, a.title(), a.subtitle(), zone, a.kind(), a.body())));
            }
            case KIND -> {
                engineValue = a.kind().code();
                after.add(replaced(target, edited(a, a.title(), a.subtitle(), a.zone(), ItemKind.fromCode(edit.value()), a.body())));
            }
            case NOT_ARTICLE -> engineValue = a.displayTitle();
            case REVIEWED -> after.add(stored.get(index));
            case SPLIT -> {
                int cut = Integer.parseInt(edit.value());
                String text = a.bodyText();
                if (cut <= 0 || cut >= text.length()) {
                    throw new IllegalArgumentException("cannot split at " + cut);
                }
                after.add(replaced(target, edited(a, a.title(), a.subtitle(), a.zone(), a.kind(), paragraphs(text.substring(0, cut)))));
                long second = nextId++;
                after.add(new StoredArticle(second, new ArticleKey(String.format("%064x", second), 0), target.pageFile(),
                        edited(a, "", "", a.zone(), a.kind(), paragraphs(text.substring(cut))), target.pageDate()));
            }
            case MERGE -> {
                if (index + 1 >= stored.size() || !stored.get(index + 1).pageFile().equals(target.pageFile())) {
                    throw new IllegalArgumentException("the last item of its page has no next item to merge with");
                }
                StoredArticle next = stored.get(index + 1);
                before.add(next);
                engineValue = next.article().displayTitle();
                List<Paragraph> body = new ArrayList<>(a.body());
                body.add(Paragraph.heading(next.article().title()));
                body.addAll(next.article().body());
                after.add(replaced(target, edited(a, a.title(), a.subtitle(), a.zone(), a.kind(), body)));
            }
            default -> throw new IllegalArgumentException("unknown correction " + edit.kind());
        }
        stored.removeAll(before);
        stored.addAll(index, after);
        Correction made = new Correction(nextCorrectionId++, target.key().pageHash(), 0, after.size() > 1 ? 1 : 0,
                edit.kind(), edit.value(), "", "", engineValue, true, "2026-01-01T00:00:00Z");
        List<Long> ids = after.stream().map(StoredArticle::id).toList();
        edits.put(made.id(), new FakeEdit(made, before, ids, edit));
        return new Corrected(List.of(made), ids);
    }

    @Override
    public synchronized Corrected withdrawCorrections(List<Correction> corrections) {
        check();
        List<Long> shown = new ArrayList<>();
        List<Correction> newestFirst = new ArrayList<>(corrections);
        java.util.Collections.reverse(newestFirst);
        for (Correction correction : newestFirst) {
            FakeEdit edit = edits.remove(correction.id());
            if (edit == null) {
                continue;
            }
            int at = edit.after().isEmpty() ? stored.size() : indexOf(edit.after().get(0));
            stored.removeIf(s -> edit.after().contains(s.id()));
            stored.addAll(Math.min(at, stored.size()), edit.before());
            shown.add(edit.before().get(0).id());
        }
        return new Corrected(corrections, shown);
    }

    @Override
    public synchronized Corrected reinstateCorrections(List<Correction> corrections) {
        List<Long> shown = new ArrayList<>();
        for (Correction correction : corrections) {
            FakeEdit edit = editsWithdrawn.get(correction.id());
            if (edit != null) {
                shown.addAll(correct(edit.before().get(0).id(), edit.edit()).articleIds());
            }
        }
        return new Corrected(corrections, shown);
    }

    /** Withdrawn by a restore, kept so that undo can put them back. */
    private final Map<Long, FakeEdit> editsWithdrawn = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public synchronized Corrected restoreEngineVersion(long articleId) {
        List<Correction> covering = corrections(articleId);
        covering.forEach(c -> editsWithdrawn.put(c.id(), edits.get(c.id())));
        withdrawCorrections(covering);
        return new Corrected(covering, List.of(articleId));
    }

    @Override
    public synchronized List<Correction> corrections(long articleId) {
        check();
        return edits.values().stream().filter(edit -> edit.after().contains(articleId)
                        && edit.correction().kind() != app.zonereader.model.CorrectionKind.REVIEWED)
                .map(FakeEdit::correction).sorted(Comparator.comparingLong(Correction::id)).toList();
    }

    @Override
    public List<Correction> allCorrections() {
        return edits.values().stream().map(FakeEdit::correction).sorted(Comparator.comparingLong(Correction::id)).toList();
    }

    @Override
    public int needsReviewCount() {
        reviewCounts.incrementAndGet();
        return needsReview().size();
    }

    /** How often {@link #needsReviewCount()} was asked. */
    int reviewCountQueries() {
        return reviewCounts.get();
    }

    /** Like the real library: articles without a zone, items with warnings, minus the corrected or reviewed. */
    @Override
    public List<ArticleSummary> needsReview() {
        check();
        List<Long> corrected = edits.values().stream().flatMap(edit -> edit.after().stream()).toList();
        List<Long> unsure = stored.stream().filter(s -> (s.article().kind() == ItemKind.ARTICLE && s.article().zone().isEmpty())
                || !s.article().warnings().isEmpty()).map(StoredArticle::id).filter(id -> !corrected.contains(id)).toList();
        return articles().stream().filter(summary -> unsure.contains(summary.id())).toList();
    }

    @Override
    public List<Zone> zones() {
        List<Zone> all = new ArrayList<>(GAZETTEER);
        all.addAll(userZones);
        return all;
    }

    /** Plain containment: the fake knows no Traditional characters. */
    @Override
    public List<Zone> matchingZones(String typed) {
        return zones().stream().filter(zone -> zone.name().contains(typed.strip()) || zone.shortName().contains(typed.strip())
                || zone.aliases().stream().anyMatch(alias -> alias.contains(typed.strip()))).toList();
    }

    @Override
    public List<CountByName> unknownZoneNames() {
        return unknownNames.stream().filter(name -> zones().stream().noneMatch(z -> z.shortName().equals(name.name()))).toList();
    }

    @Override
    public void addZone(Zone zone) {
        if (zones().stream().anyMatch(z -> z.shortName().equals(zone.shortName()))) {
            throw new IllegalArgumentException(zone.shortName() + " is already in the zone list");
        }
        userZones.add(zone);
    }

    private int indexOf(long articleId) {
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).id() == articleId) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item " + articleId);
    }

    private static StoredArticle replaced(StoredArticle target, Article article) {
        return new StoredArticle(target.id(), target.key(), target.pageFile(), article, target.pageDate());
    }

    private static Article edited(Article a, String title, String subtitle, Optional<Zone> zone, ItemKind kind,
                                  List<Paragraph> body) {
        return new Article(kind, title, subtitle, a.byline(), a.bylineNames(), zone, body, a.photoCaptions(), a.tags(),
                a.keyFigures(), a.warnings(), a.source(), a.date());
    }

    private static List<Paragraph> paragraphs(String text) {
        return text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).map(Paragraph::text).toList();
    }

    // --- branch import ---
    private final java.util.concurrent.atomic.AtomicLong dataVersion = new java.util.concurrent.atomic.AtomicLong();

    /** Files are listed like the real import (folders to the bottom, in path order); each file is one article. */
    @Override
    public List<ImportReport> importFiles(List<java.nio.file.Path> filesOrFolders, long maxBytes,
                                          ImportListener listener, BooleanSupplier cancelled, boolean replace) {
        List<PageSource> pages = new ArrayList<>();
        for (java.nio.file.Path given : filesOrFolders) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(given)) {
                files.filter(java.nio.file.Files::isRegularFile).sorted()
                        .forEach(file -> pages.add(new app.zonereader.service.FilePageSource(file)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return importPages(pages, listener, cancelled);
    }

    @Override
    public long dataVersion() {
        return dataVersion.get();
    }

    /** Another process "writes" the library: adds an article and moves the data version, as SQLite would. */
    void changeFromAnotherProcess(String pageName, String title, Optional<Zone> zone) {
        add(pageName, article(title, zone, "另一进程导入的正文。"));
        dataVersion.incrementAndGet();
    }
}
