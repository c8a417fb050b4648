package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.WarningCode;
import app.zonereader.model.Zone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryStoreTest {
    @TempDir
    Path dir;
    private LibraryStore store;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Article fullArticle() {
        return new Article(ItemKind.ARTICLE, "永川高新区职教发展纲要出台", "产城职创融合", "▶ 本报记者 戈清平",
                List.of("戈清平"), Optional.of(TestPages.YONGCHUAN),
                List.of(Paragraph.text("近日，教育部、重庆市政府联合印发《意见》。"), Paragraph.heading("明确新的方向"),
                        Paragraph.text("永川区建设西部职业教育基地，\"引号\"与\\反斜杠\n换行。")),
                List.of("图为永川高新区职教园区。"), List.of("职业教育", "产教融合"),
                List.of(new KeyFigure(KeyFigureKind.AMOUNT, "43825 万元", 4.3825e8, "万元", "投资43825 万元。"),
                        new KeyFigure(KeyFigureKind.PERCENT, "90%", 90, "%", "就业率90%。")),
                List.of(IngestWarning.of(WarningCode.SECTION_MOVED, "明确新的方向")));
    }

    static Article photo() {
        return new Article(ItemKind.PHOTO, "", "", "", List.of(), Optional.empty(),
                List.of(Paragraph.text("中关村示范区的一处创新园区，摄影爱好者在此拍摄了大量照片以作纪念")), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void aWebCopysSourceAndDateComeBackAndDateTheArticleWhenThePageHasNone() {
        Article a = fullArticle();
        Article webCopy = new Article(a.kind(), a.title(), a.subtitle(), a.byline(), a.bylineNames(), a.zone(), a.body(),
                a.photoCaptions(), a.tags(), a.keyFigures(), a.warnings(), "经济参考报", "2021-12-20");
        assertTrue(store.storePage(new Page("web.txt", "hash-web", List.of(webCopy), List.of(), List.of())));
        StoredArticle stored = store.article(store.articles().get(0).id()).orElseThrow();
        assertEquals(webCopy, stored.article());
        assertEquals("2021-12-20", stored.pageDate());
    }

    @Test
    void anArticleComesBackExactlyAsStored() {
        Page page = new Page("p1.txt", "hash-1", List.of(fullArticle(), photo()), List.of(IngestWarning.of(WarningCode.COLUMN_BANNER_DROPPED, "页面警告")), List.of("某某高新区"),
                "2021-12-07");
        assertTrue(store.storePage(page));
        List<ArticleSummary> summaries = store.articles();
        assertEquals(2, summaries.size());
        ArticleSummary first = summaries.get(0);
        assertEquals(new ArticleSummary(first.id(), "永川高新区职教发展纲要出台", ItemKind.ARTICLE, "永川高新区", "重庆", "p1.txt"), first);
        assertEquals(new ArticleSummary(summaries.get(1).id(), photo().displayTitle(), ItemKind.PHOTO, "", "", "p1.txt"),
                summaries.get(1));
        StoredArticle stored = store.article(first.id()).orElseThrow();
        assertEquals("p1.txt", stored.pageFile());
        assertEquals("2021-12-07", stored.pageDate());
        assertEquals(List.of("2021-12-07"), store.search("职教", 5).stream().map(SearchHit::pageDate).distinct().toList());
        assertEquals(fullArticle(), stored.article());
        assertEquals(photo(), store.article(summaries.get(1).id()).orElseThrow().article());
        assertTrue(store.article(9_999).isEmpty());
    }

    @Test
    void importingTheSamePageTwiceAddsNothing() {
        TestPages pages = new TestPages(3);
        Page page = pages.page(1, 4);
        assertFalse(store.hasPage(page.contentHash()));
        assertTrue(store.isEmpty());
        assertTrue(store.storePage(page));
        assertTrue(store.hasPage(page.contentHash()));
        assertFalse(store.storePage(page));
        Page sameBytesOtherName = new Page("renamed.txt", page.contentHash(), page.items(), List.of(), List.of());
        assertFalse(store.storePage(sameBytesOtherName));
        assertEquals(1, store.pageCount());
        assertEquals(4, store.articleCount());
        assertEquals(4, store.search("的", 100).size(), "no duplicate search rows");
        store.close();
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        assertFalse(store.storePage(page), "still known after reopening");
        assertEquals(4, store.articleCount());
    }

    @Test
    void countsPerZoneAndProvinceMostFirst() {
        Article yongchuan = fullArticle();
        Article zhongguancun = withZone(fullArticle(), TestPages.ZHONGGUANCUN);
        store.storePage(new Page("a.txt", "a", List.of(yongchuan, zhongguancun, yongchuan, photo()), List.of(), List.of()));
        assertEquals(List.of(new CountByName("永川高新区", 2), new CountByName("中关村", 1)), store.articlesPerZone());
        assertEquals(List.of(new CountByName("重庆", 2), new CountByName("北京", 1)), store.articlesPerProvince());
    }

    @Test
    void photosAndAdsWithAZoneAreNotCountedAsArticles() {
        Article zonedPhoto = new Article(ItemKind.PHOTO, "", "", "", List.of(), Optional.of(TestPages.BAODING),
                List.of(Paragraph.text("保定高新区一角。")), List.of(), List.of(), List.of(), List.of());
        store.storePage(new Page("a.txt", "a", List.of(fullArticle(), zonedPhoto), List.of(), List.of()));
        assertEquals(List.of(new CountByName("永川高新区", 1)), store.articlesPerZone());
        assertEquals(List.of(new CountByName("重庆", 1)), store.articlesPerProvince());
    }

    @Test
    void largestFiguresOfAKindComeFirstOncePerArticleWithTheirArticle() {
        Article small = withFigures(fullArticle(), new KeyFigure(KeyFigureKind.AMOUNT, "5000万元", 5e7, "万元", "投资5000万元。"));
        Article big = withZone(withFigures(fullArticle(),
                new KeyFigure(KeyFigureKind.AMOUNT, "5亿元", 5e8, "亿元", "总投资5亿元。"),
                new KeyFigure(KeyFigureKind.COUNT, "12个", 12, "个", "项目12个。"),
                new KeyFigure(KeyFigureKind.AMOUNT, "5亿元", 5e8, "亿元", "其中5亿元已到位。")), TestPages.ZHONGGUANCUN);
        store.storePage(new Page("a.txt", "a", List.of(small, big), List.of(), List.of()));
        long bigId = store.articles().get(1).id();

        List<ArticleFigure> amounts = store.largestFigures(KeyFigureKind.AMOUNT, 10);

        assertEquals(List.of("5亿元@中关村", "5000万元@永川高新区"),
                amounts.stream().map(f -> f.figure().text() + "@" + f.zone()).toList());
        ArticleFigure first = amounts.get(0);
        assertEquals(bigId, first.articleId());
        assertEquals("永川高新区职教发展纲要出台", first.articleTitle());
        assertEquals(new KeyFigure(KeyFigureKind.AMOUNT, "5亿元", 5e8, "亿元", "总投资5亿元。"), first.figure(),
                "the first occurrence in the article, with its sentence");
        assertEquals(1, store.largestFigures(KeyFigureKind.AMOUNT, 1).size());
        assertEquals(List.of("12个"), store.largestFigures(KeyFigureKind.COUNT, 10).stream().map(f -> f.figure().text()).toList());
        assertEquals(List.of(), store.largestFigures(KeyFigureKind.DATE, 10));
    }

    static Article withFigures(Article a, KeyFigure... figures) {
        return new Article(a.kind(), a.title(), a.subtitle(), a.byline(), a.bylineNames(), a.zone(), a.body(),
                a.photoCaptions(), a.tags(), List.of(figures), a.warnings());
    }

    @Test
    void savedZonesUpdateHowStoredArticlesShowTheirZone() {
        store.storePage(new Page("a.txt", "a", List.of(fullArticle()), List.of(), List.of()));
        Zone corrected = new Zone("重庆永川高新技术产业开发区", "永川高新区", List.of("永川国家高新区", "永川高新技术产业开发区"),
                "重庆", "重庆", 2018);
        store.saveZones(List.of(corrected, TestPages.BAODING));
        long id = store.articles().get(0).id();
        assertEquals(Optional.of(corrected), store.article(id).orElseThrow().article().zone());
    }

    @Test
    void savingAnUnchangedZoneListWritesNothing() throws Exception {
        Zone corrected = new Zone("重庆永川高新技术产业开发区", "永川高新区", List.of("永川国家高新区"), "重庆", "重庆", 2019);
        store.saveZones(List.of(TestPages.YONGCHUAN, TestPages.BAODING));
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"))) {
            long before = dataVersion(other);
            store.saveZones(List.of(TestPages.YONGCHUAN, TestPages.BAODING));
            assertEquals(before, dataVersion(other), "the same list again: no write");
            store.saveZones(List.of(corrected, TestPages.BAODING));
            assertTrue(dataVersion(other) != before, "a corrected zone is written");
        }
    }

    /** Changes whenever another connection commits a change to the file. */
    private static long dataVersion(java.sql.Connection connection) throws Exception {
        try (var statement = connection.createStatement(); var row = statement.executeQuery("PRAGMA data_version")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void compactingTheSearchIndexLeavesOneSegmentPerTableAndTheSameHits() throws Exception {
        for (int i = 0; i < 12; i++) {
            store.storePage(new Page("p" + i + ".txt", "h" + i, List.of(fullArticle(), photo()), List.of(), List.of()));
        }
        List<String> queries = List.of("职教", "产城职创", "中关村", "\"西部 职业\"", "职*");
        List<List<Long>> before = queries.stream().map(q -> store.search(q, 100).stream().map(SearchHit::articleId).toList()).toList();
        try (java.sql.Connection plain = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"))) {
            assertTrue(segments(plain, "search_words") > 1, "each page's transaction leaves a segment");
            store.compactSearchIndex();
            for (String table : List.of("search_words", "search_trigrams", "search_grams")) {
                assertEquals(1, segments(plain, table), table);
            }
        }
        assertEquals(before, queries.stream().map(q -> store.search(q, 100).stream().map(SearchHit::articleId).toList()).toList());
        store.compactSearchIndex();  // nothing left to do: returns at once
    }

    private static int segments(java.sql.Connection connection, String table) throws Exception {
        try (var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT count(DISTINCT segid) FROM " + table + "_idx")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void aFailingPageLeavesNoTrace() throws Exception {
        Article bad = new Article(ItemKind.ARTICLE, "坏", "", "", List.of(), Optional.empty(), List.of(Paragraph.text("正文")),
                List.of(), List.of(), List.of(new KeyFigure(KeyFigureKind.COUNT, "1家", Double.NaN, "家", "1家。")), List.of());
        // NaN is stored as NULL by SQLite and violates NOT NULL: the whole page must roll back.
        Page page = new Page("bad.txt", "bad", List.of(fullArticle(), bad), List.of(), List.of());
        org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> store.storePage(page));
        assertEquals(0, store.pageCount());
        assertEquals(0, store.articleCount());
        assertTrue(store.search("职教", 10).isEmpty());
        assertTrue(store.storePage(new Page("good.txt", "good", List.of(fullArticle()), List.of(), List.of())));
        assertEquals(1, store.articleCount());
    }

    @Test
    void userDataKeyedByArticleKeySurvivesReimport() throws Exception {
        Page page = new Page("a.txt", "hash-a", List.of(fullArticle()), List.of(), List.of());
        store.storePage(page);
        store.close();
        try (Database database = Database.open(dir.resolve("library.db"));
             PreparedStatement insert = database.connection().prepareStatement(
                     "INSERT INTO bookmarks(article_key, uuid, created) VALUES (?, ?, ?)")) {
            insert.setString(1, "hash-a:0");
            insert.setString(2, "urn:uuid:1");
            insert.setString(3, "2026-01-01T00:00:00Z");
            insert.executeUpdate();
        }
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        assertFalse(store.storePage(page));
        store.close();
        try (Database database = Database.open(dir.resolve("library.db"))) {
            assertEquals(1, database.queryInt("SELECT count(*) FROM bookmarks WHERE article_key = 'hash-a:0'"));
        }
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
    }

    static Article withZone(Article a, Zone zone) {
        return new Article(a.kind(), a.title(), a.subtitle(), a.byline(), a.bylineNames(), Optional.of(zone), a.body(),
                a.photoCaptions(), a.tags(), a.keyFigures(), a.warnings());
    }
}
