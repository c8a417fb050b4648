package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.Article;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.TextAnchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page replaced by a new version (or re-processed) carries the reader's data over, in one transaction. */
class PageReplacerTest {
    private static final String OLD = "0".repeat(64);
    private static final String NEW = "1".repeat(64);
    private static final String FIRST_HALF = "永川高新区近日召开推进会。会议提出，要加快建设西部职业教育基地，推动产教融合发展。";
    private static final String SECOND_HALF = "全区已有二十所职业院校入驻职教城，在校生超过十五万人，每年输送技能人才三万余名。";
    private static final String OTHER = "中关村示范区发布新一轮支持政策，鼓励企业加大研发投入，培育更多专精特新企业。";

    @TempDir
    Path dir;
    private LibraryStore store;
    private ReaderData data;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        data = store.readerData();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Article article(String title, String... paragraphs) {
        return new Article(ItemKind.ARTICLE, title, "", "", List.of(), Optional.empty(),
                java.util.Arrays.stream(paragraphs).map(Paragraph::text).toList(), List.of(), List.of("职教"), List.of(),
                List.of());
    }

    private static Page page(String hash, Article... items) {
        return new Page("page.txt", hash, List.of(items), List.of(), List.of());
    }

    private Annotation highlight(ArticleKey key, String quote) {
        String body = store.article(data.idOf(key).orElseThrow()).orElseThrow().article().bodyText();
        int start = body.indexOf(quote);
        return data.addHighlight(key, TextAnchor.of(body, start, start + quote.length()), HighlightColor.YELLOW, "注");
    }

    private Annotation reloaded(Annotation annotation) {
        return data.annotations(AnnotationFilter.ALL).stream().map(AnnotationRow::annotation)
                .filter(a -> a.uuid().equals(annotation.uuid())).findFirst().orElseThrow();
    }

    @Test
    void aNewVersionKeepsAnnotationsBookmarksTagsAndReadState() {
        store.storePage(page(OLD, article("职教", FIRST_HALF + SECOND_HALF), article("中关村", OTHER)), "old text");
        ArticleKey oldKey = new ArticleKey(OLD, 0);
        Annotation exact = highlight(oldKey, "西部职业教育基地");
        Annotation fuzzy = highlight(oldKey, "每年输送技能人才三万余名");
        Annotation lost = highlight(new ArticleKey(OLD, 1), "专精特新企业");
        data.setBookmarked(oldKey, true);
        data.addTag(oldKey, "重点");
        data.removeTag(oldKey, "职教");
        data.setRead(oldKey, true);
        data.saveArticleNote(oldKey, "整篇的笔记");

        Page corrected = page(NEW, article("中关村", OTHER.replace("培育更多专精特新企业。", "")),
                article("职教", "【导语】" + FIRST_HALF + SECOND_HALF.replace("技能人才", "技术人才")));
        ReanchorReport report = store.replacePage(OLD, corrected, "new text");

        assertEquals(new ReanchorReport(1, 2, 2, 1, 1, List.of()), report, "highlight + note exact, one fuzzy, one orphan");
        ArticleKey newKey = new ArticleKey(NEW, 1);
        assertEquals(newKey, reloaded(exact).article());
        assertEquals(AnchorStatus.ANCHORED, reloaded(exact).status());
        assertEquals(("【导语】" + FIRST_HALF).indexOf("西部"), reloaded(exact).anchor().start());
        assertEquals("每年输送技术人才三万余名", reloaded(fuzzy).anchor().exact());
        assertEquals(AnchorStatus.ORPHANED, reloaded(lost).status());
        assertEquals("专精特新企业", reloaded(lost).anchor().exact(), "an orphan keeps its quote");
        assertEquals(new ArticleKey(NEW, 0), reloaded(lost).article(), "under the article that took its text");

        assertTrue(data.marks(newKey).bookmarked());
        assertTrue(data.marks(newKey).read());
        assertEquals(List.of("重点"), data.marks(newKey).userTags());
        assertEquals(List.of("职教"), data.marks(newKey).removedTags());
        assertEquals("整篇的笔记", data.marks(newKey).articleNote());
        assertEquals(2, store.articleCount());
        assertEquals(1, store.pageCount());
        assertEquals(List.of(NEW), store.pagesNamed("page.txt"));
        assertEquals("new text", store.storedPages().get(0).text());
        assertEquals(1, store.search("职业教育", 10).size(), "the old version's search rows are gone");
        assertTrue(store.search("专精特新", 10).isEmpty(), "text only the old version had is not found");
    }

    @Test
    void anArticleCutInTwoLetsEachAnnotationFollowItsHalf() {
        store.storePage(page(OLD, article("职教", FIRST_HALF + SECOND_HALF), article("中关村", OTHER)), "text");
        ArticleKey whole = new ArticleKey(OLD, 0);
        Annotation early = highlight(whole, "推动产教融合发展");
        Annotation late = highlight(whole, "二十所职业院校");
        data.setBookmarked(new ArticleKey(OLD, 1), true);

        ReanchorReport report = store.replacePage(OLD, page(OLD, article("职教", FIRST_HALF),
                article("", SECOND_HALF), article("中关村", OTHER)), "text");

        assertEquals(2, report.exact());
        assertEquals(new ArticleKey(OLD, 0), reloaded(early).article());
        assertEquals(new ArticleKey(OLD, 1), reloaded(late).article());
        assertEquals(SECOND_HALF.indexOf("二十所"), reloaded(late).anchor().start());
        assertFalse(data.marks(new ArticleKey(OLD, 1)).bookmarked(), "the bookmark followed its article, not the ordinal");
        assertTrue(data.marks(new ArticleKey(OLD, 2)).bookmarked());
    }

    @Test
    void itemsThatShiftAlongAllMoveTogetherWithoutMixingUp() {
        store.storePage(page(OLD, article("一", FIRST_HALF), article("二", SECOND_HALF), article("三", OTHER)), "text");
        data.setBookmarked(new ArticleKey(OLD, 0), true);
        data.addTag(new ArticleKey(OLD, 1), "第二篇");
        data.saveScrollPosition(new ArticleKey(OLD, 2), 0.5);
        data.setLastOpenArticle(new ArticleKey(OLD, 2));

        store.replacePage(OLD, page(OLD, article("新", "新加的一篇报道，与其他文章都无关。"), article("一", FIRST_HALF),
                article("二", SECOND_HALF), article("三", OTHER)), "text");

        assertFalse(data.marks(new ArticleKey(OLD, 0)).bookmarked());
        assertTrue(data.marks(new ArticleKey(OLD, 1)).bookmarked());
        assertEquals(List.of(), data.marks(new ArticleKey(OLD, 1)).userTags());
        assertEquals(List.of("第二篇"), data.marks(new ArticleKey(OLD, 2)).userTags());
        assertEquals(0.5, data.marks(new ArticleKey(OLD, 3)).scrollPosition());
        assertEquals(new ArticleKey(OLD, 3), data.lastOpenArticle().orElseThrow());
    }

    @Test
    void anArticleThatIsGoneKeepsItsRowsUnderItsOldKey() {
        store.storePage(page(OLD, article("职教", FIRST_HALF), article("中关村", OTHER)), "text");
        ArticleKey gone = new ArticleKey(OLD, 1);
        data.setBookmarked(gone, true);
        data.saveArticleNote(gone, "笔记");
        ReanchorReport report = store.replacePage(OLD, page(NEW, article("职教", FIRST_HALF)), "text");
        assertEquals(1, report.orphaned());
        List<AnnotationRow> orphans = data.annotations(AnnotationFilter.ORPHANS);
        assertEquals(2, orphans.size(), "the note and the bookmark, both kept");
        assertTrue(orphans.stream().allMatch(row -> row.articleId() == 0 && row.annotation().article().equals(gone)));
    }

    @Test
    void aFailedReplacementChangesNothing() {
        store.storePage(page(OLD, article("职教", FIRST_HALF)), "text");
        store.storePage(new Page("other.txt", NEW, List.of(article("中关村", OTHER)), List.of(), List.of()), "text");
        Annotation kept = highlight(new ArticleKey(OLD, 0), "西部职业教育基地");
        assertThrows(IllegalArgumentException.class, () -> store.replacePage(OLD, page(NEW, article("x", OTHER)), "t"));
        assertThrows(IllegalArgumentException.class, () -> store.replacePage("2".repeat(64), page("3".repeat(64)), "t"));
        assertEquals(2, store.pageCount());
        assertEquals(kept, reloaded(kept));
    }
}
