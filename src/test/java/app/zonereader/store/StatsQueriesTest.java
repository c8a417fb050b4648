package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.ReadingMark;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.Zone;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static app.zonereader.store.TestPages.BAODING;
import static app.zonereader.store.TestPages.YONGCHUAN;
import static app.zonereader.store.TestPages.ZHONGGUANCUN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every aggregate on one known library: eight articles and a photo on three pages (two dated, one dated by its import),
 * with the reader's marks, notes and tag edits.
 */
class StatsQueriesTest {
    private static final Clock IMPORT_DAY = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), ZoneOffset.UTC);
    private static final String VOCATIONAL = "职业教育";
    private static final String INDUSTRY = "产教融合";
    private static final String AI = "人工智能";

    @TempDir
    Path dir;
    private LibraryStore store;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity(), IMPORT_DAY);
        store.storePage(new Page("a.txt", "a", List.of(
                article("永川一", YONGCHUAN, List.of(VOCATIONAL, INDUSTRY), 5e8),
                article("永川二", YONGCHUAN, List.of(VOCATIONAL), 1e8),
                article("中关村一", ZHONGGUANCUN, List.of(AI), 2e8),
                photo()), List.of(), List.of(), "2024-03-10"));
        store.storePage(new Page("b.txt", "b", List.of(
                article("永川三", YONGCHUAN, List.of(INDUSTRY), 0),
                article("保定一", BAODING, List.of(VOCATIONAL), 0),
                article("无区", null, List.of(), 0)), List.of(), List.of(), "2024-05-02"));
        store.storePage(new Page("c.txt", "c", List.of(article("中关村二", ZHONGGUANCUN, List.of(AI), 0)),
                List.of(), List.of()));
        ReaderData reader = store.readerData();
        reader.setRead(new ArticleKey("a", 0), true);
        reader.setRead(new ArticleKey("a", 2), true);
        reader.setBookmarked(new ArticleKey("a", 1), true);
        reader.saveArticleNote(new ArticleKey("a", 0), "要点");
        reader.saveArticleNote(new ArticleKey("b", 0), "再看");
        reader.removeTag(new ArticleKey("a", 0), VOCATIONAL);
        reader.addTag(new ArticleKey("c", 0), VOCATIONAL);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Article article(String title, Zone zone, List<String> tags, double amount) {
        List<KeyFigure> figures = amount == 0 ? List.of()
                : List.of(new KeyFigure(KeyFigureKind.AMOUNT, amount / 1e8 + "亿元", amount, "亿元", title + "投资。"));
        return new Article(ItemKind.ARTICLE, title, "", "", List.of(), Optional.ofNullable(zone),
                List.of(Paragraph.text(title + "的正文。")), List.of(), tags, figures, List.of());
    }

    private static Article photo() {
        return new Article(ItemKind.PHOTO, "", "", "", List.of(), Optional.of(YONGCHUAN),
                List.of(Paragraph.text("永川的照片")), List.of(), List.of(VOCATIONAL), List.of(), List.of());
    }

    private List<CountByName> counts(StatsDimension by, StatsFilter filter) {
        return store.articleCounts(by, filter);
    }

    private static CountByName c(String name, int count) {
        return new CountByName(name, count);
    }

    @Test
    void countsArticlesPerZoneAndProvinceLeavingOutPhotosAndArticlesWithoutOne() {
        assertEquals(List.of(c("永川高新区", 3), c("中关村", 2), c("保定高新区", 1)), counts(StatsDimension.ZONE, StatsFilter.ALL));
        assertEquals(List.of(c("重庆", 3), c("北京", 2), c("河北", 1)), counts(StatsDimension.PROVINCE, StatsFilter.ALL));
    }

    @Test
    void countsPerMonthByTheIssueDateElseTheImportDayOldestFirst() {
        assertEquals(List.of(c("2024-03", 3), c("2024-05", 3), c("2025-01", 1)), counts(StatsDimension.MONTH, StatsFilter.ALL));
    }

    @Test
    void countsTagsAsTheReaderSeesThem() {
        // 永川一 lost 职业教育 (removed), 中关村二 gained it (the reader's own); the photo's tag is not counted.
        assertEquals(List.of(c(VOCATIONAL, 3), c(INDUSTRY, 2), c(AI, 2)), counts(StatsDimension.TAG, StatsFilter.ALL));
    }

    @Test
    void narrowsByTagProvinceAndZone() {
        assertEquals(List.of(c("中关村", 1), c("保定高新区", 1), c("永川高新区", 1)),
                counts(StatsDimension.ZONE, StatsFilter.ALL.withTag(VOCATIONAL)));
        assertEquals(List.of(c("中关村", 2)), counts(StatsDimension.ZONE, StatsFilter.ALL.withProvince("北京")));
        assertEquals(List.of(c(INDUSTRY, 2), c(VOCATIONAL, 1)), counts(StatsDimension.TAG, StatsFilter.ALL.withZone("永川高新区")));
    }

    @Test
    void narrowsByDateRangeAndMonth() {
        StatsFilter fromApril = StatsFilter.ALL.withDates(Optional.of(LocalDate.of(2024, 4, 1)), Optional.empty());
        assertEquals(List.of(c("中关村", 1), c("保定高新区", 1), c("永川高新区", 1)), counts(StatsDimension.ZONE, fromApril));
        StatsFilter march = StatsFilter.ALL.withinMonth("2024-03");
        assertEquals(List.of(c("永川高新区", 2), c("中关村", 1)), counts(StatsDimension.ZONE, march));
        StatsFilter untilMarch10 = StatsFilter.ALL.withDates(Optional.empty(), Optional.of(LocalDate.of(2024, 3, 10)));
        assertEquals(3, store.articlesMatching(untilMarch10, 100).size(), "the end day is included");
    }

    @Test
    void narrowsByReadingMark() {
        assertEquals(List.of("永川一", "中关村一"), titles(StatsFilter.ALL.withMark(ReadingMark.READ)));
        assertEquals(List.of("永川二"), titles(StatsFilter.ALL.withMark(ReadingMark.BOOKMARKED)));
        assertEquals(List.of("永川一", "永川三"), titles(StatsFilter.ALL.withMark(ReadingMark.ANNOTATED)));
        assertEquals(List.of("永川二", "永川三", "保定一", "无区", "中关村二"), titles(StatsFilter.ALL.withMark(ReadingMark.UNREAD)));
    }

    @Test
    void countsMonthsByProvinceWithArticlesWithoutProvinceUnderEmpty() {
        assertEquals(List.of(new CrossCount("2024-03", "北京", 1), new CrossCount("2024-03", "重庆", 2),
                        new CrossCount("2024-05", "", 1), new CrossCount("2024-05", "河北", 1),
                        new CrossCount("2024-05", "重庆", 1), new CrossCount("2025-01", "北京", 1)),
                store.articlesPerMonthAndProvince(StatsFilter.ALL));
    }

    @Test
    void crossesTheBusiestZonesWithTheCommonestTags() {
        ZoneTagMatrix matrix = store.zoneTagMatrix(StatsFilter.ALL, 2);
        assertEquals(List.of("永川高新区", "中关村"), matrix.zones());
        assertEquals(List.of(VOCATIONAL, INDUSTRY), matrix.tags());
        assertEquals(List.of(new CrossCount("永川高新区", VOCATIONAL, 1), new CrossCount("永川高新区", INDUSTRY, 2),
                new CrossCount("中关村", VOCATIONAL, 1)), matrix.cells());
        assertEquals(0, matrix.count("中关村", INDUSTRY));
    }

    @Test
    void countsReadBookmarkedAndAnnotatedPerZone() {
        assertEquals(List.of(new ZoneReading("永川高新区", 3, 1, 1, 2), new ZoneReading("中关村", 2, 1, 0, 0),
                        new ZoneReading("", 1, 0, 0, 0), new ZoneReading("保定高新区", 1, 0, 0, 0)),
                store.readingPerZone(StatsFilter.ALL));
        assertEquals(List.of(new ZoneReading("永川高新区", 1, 0, 0, 1)), store.readingPerZone(StatsFilter.ALL.withTag(INDUSTRY)
                .withDates(Optional.of(LocalDate.of(2024, 5, 1)), Optional.empty())));
    }

    @Test
    void ranksTheKeyFiguresOfTheFilteredArticles() {
        assertEquals(List.of("永川一", "中关村一", "永川二"), figureTitles(StatsFilter.ALL));
        assertEquals(List.of("中关村一"), figureTitles(StatsFilter.ALL.withProvince("北京")));
    }

    @Test
    void listsTheArticlesBehindANumberInPageOrder() {
        List<ArticleSummary> yongchuan = store.articlesMatching(StatsFilter.ALL.withZone("永川高新区"), 100);
        assertEquals(List.of("永川一", "永川二", "永川三"), yongchuan.stream().map(ArticleSummary::title).toList());
        assertEquals(List.of(true, false, false), yongchuan.stream().map(ArticleSummary::read).toList());
        assertEquals(List.of(false, true, false), yongchuan.stream().map(ArticleSummary::bookmarked).toList());
        assertEquals(2, store.articlesMatching(StatsFilter.ALL.withZone("永川高新区"), 2).size(), "the limit holds");
    }

    @Test
    void filterValuesAreBoundNotWrittenIntoTheSql() {
        StatsFilter hostile = StatsFilter.ALL.withZone("x' OR '1'='1").withTag("'); DROP TABLE articles; --");
        assertEquals(List.of(), counts(StatsDimension.ZONE, hostile));
        assertEquals(8, store.articleCount());
    }

    private List<String> titles(StatsFilter filter) {
        return store.articlesMatching(filter, 100).stream().map(ArticleSummary::title).toList();
    }

    private List<String> figureTitles(StatsFilter filter) {
        return store.largestFigures(KeyFigureKind.AMOUNT, 10, filter).stream().map(ArticleFigure::articleTitle).toList();
    }
}
