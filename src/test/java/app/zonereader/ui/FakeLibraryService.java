package app.zonereader.ui;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StoredArticle;
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
                s.pageFile())).toList();
    }

    @Override
    public Optional<StoredArticle> article(long id) {
        check();
        return stored.stream().filter(s -> s.id() == id).findFirst();
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
            if (!inScope(s.article(), scope)) {
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
                        s.pageFile(), snippet.replace('\n', ' '), 1.0 / (1 + at), List.of(query), s.pageDate()));
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

    private static boolean inScope(Article article, SearchScope scope) {
        String zone = article.zone().map(Zone::shortName).orElse("");
        String province = article.zone().map(Zone::province).orElse("");
        return (scope.zone().isEmpty() || scope.zone().equals(zone))
                && (scope.province().isEmpty() || scope.province().equals(province))
                && (scope.tag().isEmpty() || article.tags().contains(scope.tag()));
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
