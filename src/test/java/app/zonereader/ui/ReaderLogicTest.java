package app.zonereader.ui;

import app.zonereader.model.HighlightColor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading pane's small decisions, without the toolkit: note drafts, completion, citation, "at the end". */
class ReaderLogicTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();

    @Test
    void onlyTheNewestTextOfEachNoteIsSavedAndOnlyOnce() {
        NoteDrafts drafts = new NoteDrafts();
        long id = library.addHighlight(1, 0, 4, HighlightColor.GREEN, "").id();
        drafts.edit(new NoteDrafts.HighlightNote(id, HighlightColor.GREEN, "笔"));
        drafts.edit(new NoteDrafts.ArticleNote(1, "全文"));
        drafts.edit(new NoteDrafts.HighlightNote(id, HighlightColor.GREEN, "笔记"));
        List<NoteDrafts.Draft> pending = drafts.take();
        assertEquals(2, pending.size(), "one save per note");
        pending.forEach(draft -> draft.save(library));
        assertTrue(drafts.isEmpty());
        assertTrue(drafts.take().isEmpty(), "nothing saved twice");
        assertEquals("笔记", library.marks(1).highlights().get(0).text());
        assertEquals("全文", library.marks(1).articleNote());
    }

    @Test
    void completionOffersLibraryTagsNotOnTheArticleStartingMatchesFirst() {
        List<String> library = List.of("数字经济", "经济开发", "产业园", "智能制造", "Digital Economy");
        assertEquals(List.of("经济开发"), TagEditor.suggestions(library, List.of("数字经济"), "经济"));
        assertEquals(List.of("经济开发", "数字经济"), TagEditor.suggestions(library, List.of(), "经济"));
        assertEquals(List.of("Digital Economy"), TagEditor.suggestions(library, List.of(), "econ"));
        assertEquals(List.of(), TagEditor.suggestions(library, List.of(), "  "));
    }

    @Test
    void aCitationNamesHeadlineSourceDateZoneAndTheArticleUri() {
        Texts english = new Texts(Texts.bundle(Locale.ENGLISH));
        var stored = library.article(1).orElseThrow();
        String cited = Citation.of("首批入驻企业105家", stored, english);
        assertEquals("首批入驻企业105家\n— “永川高新区数字经济产业园开园”, page-1.txt, 2021-12-07, 永川高新区. "
                + stored.key().uri(), cited);
        Texts chinese = new Texts(Texts.bundle(Locale.CHINESE));
        var undated = library.article(3).orElseThrow();
        assertEquals("——《璧山高新区新能源汽车产业链成形》，page-2.txt，璧山高新区。" + undated.key().uri(),
                Citation.line(undated, chinese));
    }

    @Test
    void aCitationNamesThePaperAndPageWhereThePageGivesThem() {
        var stored = library.article(1).orElseThrow();
        var printed = new app.zonereader.model.StoredArticle(stored.id(), stored.key(), stored.pageFile(),
                stored.article(), stored.pageDate(), new app.zonereader.model.PrintedSource("中国高新技术产业导报", "3"));
        assertEquals("— “永川高新区数字经济产业园开园”, 中国高新技术产业导报, 2021-12-07, page 3, 永川高新区. "
                + stored.key().uri(), Citation.line(printed, new Texts(Texts.bundle(Locale.ENGLISH))));
        assertEquals("——《永川高新区数字经济产业园开园》，中国高新技术产业导报，2021-12-07，第3版，永川高新区。"
                + stored.key().uri(), Citation.line(printed, new Texts(Texts.bundle(Locale.CHINESE))));
    }

    @Test
    void onlyScrollingToTheEndOfATallArticleCountsAsReadingIt() {
        assertTrue(ReadTracker.isAtEnd(1.0, true));
        assertTrue(ReadTracker.isAtEnd(ReadTracker.END, true));
        assertFalse(ReadTracker.isAtEnd(0.5, true));
        assertFalse(ReadTracker.isAtEnd(1.0, false), "a short article is read by time, not by opening it");
    }
}
