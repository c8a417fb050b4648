package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.Page;
import app.zonereader.model.SearchHit;
import app.zonereader.model.TextAnchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every reader-data operation on a real library file. */
class ReaderDataTest {
    static final String HASH = "a".repeat(64);
    static final ArticleKey YONGCHUAN = new ArticleKey(HASH, 0);
    static final ArticleKey ZHONGGUANCUN = new ArticleKey(HASH, 1);
    static final ArticleKey PHOTO = new ArticleKey(HASH, 2);

    @TempDir
    Path dir;
    private LibraryStore store;
    private ReaderData data;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        store.storePage(new Page("a.txt", HASH, List.of(LibraryStoreTest.fullArticle(),
                LibraryStoreTest.withZone(LibraryStoreTest.fullArticle(), TestPages.ZHONGGUANCUN), LibraryStoreTest.photo()),
                List.of(), List.of()), "the decoded text");
        data = store.readerData();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long id(ArticleKey key) {
        return data.idOf(key).orElseThrow();
    }

    private String body(ArticleKey key) {
        return store.article(id(key)).orElseThrow().article().bodyText();
    }

    private void reopen() {
        store.close();
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        data = store.readerData();
    }

    @Test
    void keysAndIdsTranslate() {
        long id = id(ZHONGGUANCUN);
        assertEquals(ZHONGGUANCUN, data.keyOf(id).orElseThrow());
        assertTrue(data.keyOf(9_999).isEmpty());
        assertTrue(data.idOf(new ArticleKey("b".repeat(64), 0)).isEmpty());
    }

    @Test
    void aNewArticleHasNoMarks() {
        assertEquals(ArticleMarks.NONE, data.marks(YONGCHUAN));
    }

    @Test
    void bookmarksAreSetClearedAndListedInTheTree() {
        data.setBookmarked(YONGCHUAN, true);
        data.setBookmarked(YONGCHUAN, true);
        assertTrue(data.marks(YONGCHUAN).bookmarked());
        reopen();
        List<ArticleSummary> tree = store.articles();
        assertTrue(tree.get(0).bookmarked());
        assertFalse(tree.get(1).bookmarked());
        data.setBookmarked(YONGCHUAN, false);
        assertFalse(data.marks(YONGCHUAN).bookmarked());
    }

    @Test
    void readStateScrollPositionAndLastOpenArticleAreKept() {
        data.setRead(YONGCHUAN, true);
        data.saveScrollPosition(YONGCHUAN, 0.75);
        data.saveScrollPosition(ZHONGGUANCUN, 0.25);
        data.setLastOpenArticle(ZHONGGUANCUN);
        reopen();
        assertTrue(data.marks(YONGCHUAN).read());
        assertEquals(0.75, data.marks(YONGCHUAN).scrollPosition());
        assertFalse(data.marks(ZHONGGUANCUN).read(), "scrolling alone does not mark read");
        assertEquals(ZHONGGUANCUN, data.lastOpenArticle().orElseThrow());
        assertEquals(List.of(true, false, false), store.articles().stream().map(ArticleSummary::read).toList());
        data.setRead(YONGCHUAN, false);
        assertFalse(data.marks(YONGCHUAN).read());
        assertEquals(0.75, data.marks(YONGCHUAN).scrollPosition(), "unread keeps the place");
    }

    @Test
    void aZoneOrAProvinceIsMarkedReadAtOnce() {
        assertEquals(1, data.setZoneRead("永川高新区", true));
        assertEquals(List.of(true, false, false), store.articles().stream().map(ArticleSummary::read).toList());
        assertEquals(1, data.setProvinceRead("北京", true));
        assertEquals(List.of(true, true, false), store.articles().stream().map(ArticleSummary::read).toList());
        data.setZoneRead("永川高新区", false);
        assertEquals(List.of(false, true, false), store.articles().stream().map(ArticleSummary::read).toList());
        assertEquals(0, data.setZoneRead("没有这个高新区", true));
    }

    private Annotation highlight(ArticleKey key, String quote, HighlightColor color) {
        String body = body(key);
        int start = body.indexOf(quote);
        return data.addHighlight(key, TextAnchor.of(body, start, start + quote.length()), color, "");
    }

    @Test
    void highlightsAreAddedInTextOrderChangedDeletedAndRestored() {
        Annotation later = highlight(YONGCHUAN, "西部职业教育基地", HighlightColor.GREEN);
        Annotation earlier = highlight(YONGCHUAN, "教育部", HighlightColor.YELLOW);
        assertTrue(later.uuid().startsWith("urn:uuid:"));
        assertTrue(later.id() > 0);
        assertEquals(List.of(earlier, later), data.marks(YONGCHUAN).highlights());

        Annotation changed = data.updateAnnotation(later.id(), HighlightColor.PINK, "看这里");
        assertEquals(HighlightColor.PINK, changed.color());
        assertEquals("看这里", changed.text());
        assertEquals(later.uuid(), changed.uuid());

        Annotation deleted = data.deleteAnnotation(changed.id()).orElseThrow();
        assertEquals(List.of(earlier), data.marks(YONGCHUAN).highlights());
        assertTrue(data.deleteAnnotation(changed.id()).isEmpty(), "deleting twice finds nothing");
        Annotation restored = data.restoreAnnotation(deleted);
        assertEquals(deleted.uuid(), restored.uuid());
        assertEquals(deleted.anchor(), restored.anchor());
        assertEquals(2, data.marks(YONGCHUAN).highlights().size());
        assertThrows(IllegalArgumentException.class, () -> data.restoreAnnotation(deleted), "already back");
        assertThrows(IllegalArgumentException.class, () -> data.updateAnnotation(9_999, HighlightColor.BLUE, ""));
    }

    @Test
    void theArticleNoteIsWrittenOverAndRemovedWhenEmptied() {
        data.saveArticleNote(YONGCHUAN, "第一稿");
        data.saveArticleNote(YONGCHUAN, "第二稿");
        assertEquals("第二稿", data.marks(YONGCHUAN).articleNote());
        assertEquals(1, data.annotations(AnnotationFilter.ALL.withKinds(List.of(AnnotationKind.ARTICLE_NOTE))).size());
        data.saveArticleNote(YONGCHUAN, "  ");
        assertEquals("", data.marks(YONGCHUAN).articleNote());
        assertTrue(data.annotations(AnnotationFilter.ALL).isEmpty());
    }

    @Test
    void anOrphanIsReattachedToASelection() {
        Annotation orphan = data.importAnnotations(List.of(foreignHighlight("urn:uuid:x", "不在这里的文字")))
                .orphaned() == 1 ? data.annotations(AnnotationFilter.ORPHANS).get(0).annotation() : null;
        String body = body(ZHONGGUANCUN);
        Annotation attached = data.reattach(orphan.id(), ZHONGGUANCUN, TextAnchor.of(body, 0, 2));
        assertEquals(AnchorStatus.ANCHORED, attached.status());
        assertEquals(ZHONGGUANCUN, attached.article());
        assertEquals(body.substring(0, 2), attached.anchor().exact());
        assertTrue(data.annotations(AnnotationFilter.ORPHANS).isEmpty());
    }

    private static Annotation foreignHighlight(String uuid, String quote) {
        Instant when = Instant.parse("2026-03-01T08:00:00Z");
        return new Annotation(0, uuid, YONGCHUAN, AnnotationKind.HIGHLIGHT, HighlightColor.BLUE,
                new TextAnchor(quote, "", "", 3, 3 + quote.length()), "别人的批注", when, when, AnchorStatus.ANCHORED);
    }

    @Test
    void importedAnnotationsAreAnchoredByQuoteOrphanedOrSkippedAsDuplicates() {
        Instant when = Instant.parse("2026-03-01T08:00:00Z");
        Annotation bookmark = new Annotation(0, "urn:uuid:b", ZHONGGUANCUN, AnnotationKind.BOOKMARK, HighlightColor.YELLOW,
                TextAnchor.WHOLE_ARTICLE, "", when, when, AnchorStatus.ANCHORED);
        Annotation tag = new Annotation(0, "urn:uuid:t", ZHONGGUANCUN, AnnotationKind.TAG, HighlightColor.YELLOW,
                TextAnchor.WHOLE_ARTICLE, "重点", when, when, AnchorStatus.ANCHORED);
        List<Annotation> file = List.of(foreignHighlight("urn:uuid:1", "西部职业教育基地"),
                foreignHighlight("urn:uuid:2", "不在这里的文字"), bookmark, tag);
        AnnotationImportReport first = data.importAnnotations(file);
        assertEquals(new AnnotationImportReport(4, 3, 1, 0, List.of()), first);
        assertEquals(new AnnotationImportReport(4, 0, 0, 4, List.of()), data.importAnnotations(file), "never twice");

        Annotation anchored = data.marks(YONGCHUAN).highlights().get(0);
        assertEquals(body(YONGCHUAN).indexOf("西部职业教育基地"), anchored.anchor().start());
        assertTrue(anchored.anchor().prefix().endsWith("\n永川区建设"), anchored.anchor().prefix());
        assertEquals("别人的批注", anchored.text());
        assertTrue(data.marks(ZHONGGUANCUN).bookmarked());
        assertEquals(List.of("重点"), data.marks(ZHONGGUANCUN).userTags());

        Annotation nameless = new Annotation(0, "urn:uuid:n", ZHONGGUANCUN, AnnotationKind.TAG, HighlightColor.YELLOW,
                TextAnchor.WHOLE_ARTICLE, " ", when, when, AnchorStatus.ANCHORED);
        AnnotationImportReport withProblem = data.importAnnotations(List.of(nameless));
        assertEquals(List.of("annotation 1 (urn:uuid:n): a tag without a name"), withProblem.problems());
        assertEquals(List.of("重点"), data.marks(ZHONGGUANCUN).userTags());
    }

    @Test
    void theLibraryWideListCarriesArticlesAndFiltersByColourZoneTagTextAndStatus() {
        highlight(YONGCHUAN, "西部职业教育基地", HighlightColor.GREEN);
        Annotation other = highlight(ZHONGGUANCUN, "教育部", HighlightColor.YELLOW);
        data.updateAnnotation(other.id(), HighlightColor.YELLOW, "政策来源");
        data.setBookmarked(ZHONGGUANCUN, true);
        data.addTag(ZHONGGUANCUN, "重点");
        data.importAnnotations(List.of(foreignHighlight("urn:uuid:o", "不在这里的文字")));

        List<AnnotationRow> all = data.annotations(AnnotationFilter.ALL);
        assertEquals(5, all.size());
        AnnotationRow first = all.get(0);
        assertEquals(id(YONGCHUAN), first.articleId());
        assertEquals("永川高新区职教发展纲要出台", first.title());
        assertEquals("永川高新区", first.zone());
        assertEquals("重庆", first.province());
        assertEquals("a.txt", first.pageFile());
        assertEquals(List.of("职业教育", "产教融合"), first.tags());

        List<AnnotationRow> highlights = data.annotations(AnnotationFilter.NOTES_AND_HIGHLIGHTS);
        assertEquals(3, highlights.size());
        assertEquals(1, data.annotations(AnnotationFilter.NOTES_AND_HIGHLIGHTS.withColors(Set.of(HighlightColor.GREEN))).size());
        assertEquals(1, data.annotations(AnnotationFilter.NOTES_AND_HIGHLIGHTS.withZone("中关村")).size());
        assertEquals(other.uuid(), data.annotations(AnnotationFilter.NOTES_AND_HIGHLIGHTS.withTag("重点")).get(0)
                .annotation().uuid());
        assertEquals(other.uuid(), data.annotations(AnnotationFilter.ALL.withText("政策")).get(0).annotation().uuid());
        assertEquals(1, data.annotations(AnnotationFilter.ALL.withText("基地")).size(), "quotes are searched too");
        assertEquals(1, data.annotations(AnnotationFilter.ORPHANS).size());
        assertEquals(List.of(AnnotationKind.BOOKMARK, AnnotationKind.TAG),
                data.annotations(AnnotationFilter.ALL.withKinds(List.of(AnnotationKind.BOOKMARK, AnnotationKind.TAG)))
                        .stream().map(row -> row.annotation().kind()).sorted().toList());
    }

    @Test
    void theTextFilterComparesFoldedText() {
        store.close();
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), text -> text.replace('業', '业'));
        data = store.readerData();
        highlight(YONGCHUAN, "西部职业教育基地", HighlightColor.GREEN);
        assertEquals(1, data.annotations(AnnotationFilter.ALL.withText("業教")).size());
    }

    @Test
    void tagsAreAddedRemovedAndAutomaticRemovalsRemembered() {
        data.addTag(YONGCHUAN, "重点");
        data.removeTag(YONGCHUAN, "职业教育");
        ArticleMarks marks = data.marks(YONGCHUAN);
        assertEquals(List.of("重点"), marks.userTags());
        assertEquals(List.of("职业教育"), marks.removedTags());
        assertEquals(List.of("产教融合", "重点"), store.article(id(YONGCHUAN)).orElseThrow().article().tags());
        assertEquals(List.of(new CountByName("产教融合", 2), new CountByName("职业教育", 1), new CountByName("重点", 1)),
                data.tagCounts());

        data.addTag(YONGCHUAN, "职业教育");
        assertEquals(List.of(), data.marks(YONGCHUAN).removedTags(), "adding a removed automatic tag brings it back");
        assertEquals(List.of("职业教育", "产教融合", "重点"), data.visibleTags(YONGCHUAN));
        data.removeTag(YONGCHUAN, "重点");
        assertEquals(List.of(), data.marks(YONGCHUAN).userTags());
    }

    @Test
    void userTagsAreSearchScopesAndRemovedAutomaticTagsAreNot() {
        data.addTag(ZHONGGUANCUN, "重点");
        data.removeTag(YONGCHUAN, "职业教育");
        List<SearchHit> inUserTag = store.search("教育部", 10, SearchFilter.NONE.withTag("重点"));
        assertEquals(List.of(id(ZHONGGUANCUN)), inUserTag.stream().map(SearchHit::articleId).toList());
        List<SearchHit> inAutoTag = store.search("教育部", 10, SearchFilter.NONE.withTag("职业教育"));
        assertEquals(List.of(id(ZHONGGUANCUN)), inAutoTag.stream().map(SearchHit::articleId).toList());
    }

    @Test
    void marksOfAGoneArticleAreOrphansAndAMarkedArticleShowsTheTagsTheReaderSees() {
        ArticleKey gone = new ArticleKey("hash-gone", 3);
        data.setBookmarked(gone, true);
        data.addTag(gone, "旧标签");
        data.setBookmarked(YONGCHUAN, true);
        data.removeTag(YONGCHUAN, "职业教育");
        data.addTag(YONGCHUAN, "重点");

        List<AnnotationRow> rows = data.annotations(AnnotationFilter.ALL);
        List<AnnotationRow> ofGone = rows.stream().filter(row -> row.annotation().article().equals(gone)).toList();
        assertEquals(2, ofGone.size());
        assertTrue(ofGone.stream().allMatch(row -> row.annotation().status() == AnchorStatus.ORPHANED && row.articleId() == 0
                && row.tags().isEmpty()), ofGone.toString());
        List<AnnotationRow> ofYongchuan = rows.stream().filter(row -> row.annotation().article().equals(YONGCHUAN)).toList();
        assertEquals(2, ofYongchuan.size());
        for (AnnotationRow row : ofYongchuan) {
            assertEquals(AnchorStatus.ANCHORED, row.annotation().status());
            assertEquals(id(YONGCHUAN), row.articleId());
            assertEquals(List.of("产教融合", "重点"), row.tags(), "a removed automatic tag is not shown, the reader's is");
        }
        assertEquals(2, data.annotations(AnnotationFilter.ORPHANS).size());
    }

    @Test
    void renamingATagRelabelsUserTagsHidesAutomaticOnesAndMerges() {
        data.addTag(ZHONGGUANCUN, "职教");
        data.addTag(PHOTO, "职业教育");
        data.renameTag("职业教育", "职教");
        assertEquals(List.of("产教融合", "职教"), data.visibleTags(YONGCHUAN));
        assertEquals(List.of("产教融合", "职教"), data.visibleTags(ZHONGGUANCUN), "merged, not doubled");
        assertEquals(List.of("职教"), data.visibleTags(PHOTO));
        assertEquals(List.of(new CountByName("职教", 3), new CountByName("产教融合", 2)), data.tagCounts());
        assertTrue(store.search("教育部", 10, SearchFilter.NONE.withTag("职业教育")).isEmpty());
        assertEquals(2, store.search("教育部", 10, SearchFilter.NONE.withTag("职教")).size());
    }
}
