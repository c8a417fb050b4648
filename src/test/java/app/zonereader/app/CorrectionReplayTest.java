package app.zonereader.app;

import app.zonereader.model.Article;
import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionKind;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SplitPoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replay on plain items (no engine): finding items by text, cuts and joins, and the items corrections end on. */
class CorrectionReplayTest {
    private static final String HASH = "a".repeat(64);
    private final CorrectionReplay replay = new CorrectionReplay(name -> Optional.empty(), item -> item);

    private static Article item(String title, String... paragraphs) {
        return new Article(ItemKind.ARTICLE, title, "", "", List.of(), Optional.empty(),
                List.of(paragraphs).stream().map(Paragraph::text).toList(), List.of(), List.of(), List.of(), List.of());
    }

    private static Correction correction(int ordinal, CorrectionKind kind, String value, Article on, String context) {
        return new Correction(0, HASH, ordinal, ordinal, kind, value, CorrectionReplay.anchorOf(on), context, "", true,
                "2026-01-01T00:00:00Z");
    }

    private static Page page(Article... items) {
        return new Page("p.txt", HASH, List.of(items), List.of(), List.of());
    }

    @Test
    void aCorrectionFindsItsItemByTextWhenTheItemsMoved() {
        Article a = item("甲", "第一篇的正文。");
        Article b = item("乙", "第二篇的正文。");
        Correction title = correction(0, CorrectionKind.TITLE, "新的乙", b, "");
        CorrectionReplay.Replayed replayed = replay.replay(page(a, b), List.of(title));
        assertEquals("新的乙", replayed.page().items().get(1).title());
        assertEquals(1, replayed.corrections().get(0).ordinal(), "it records where it landed");
        assertEquals("乙", replayed.corrections().get(0).engineValue());
    }

    @Test
    void aSplitMovesLaterItemsAndTheSecondPartTakesAHeadlineShapedFirstParagraph() {
        Article a = item("甲", "第一段说完了。", "新的标题", "第二篇的第一段。");
        Article b = item("乙", "最后一篇。");
        int cut = a.bodyText().indexOf("新的标题");
        Correction bTitle = correction(1, CorrectionKind.TITLE, "乙改", b, "");
        Correction split = correction(0, CorrectionKind.SPLIT, Integer.toString(cut), a,
                SplitPoint.in(a.bodyText(), cut).encode());
        CorrectionReplay.Replayed replayed = replay.replay(page(a, b), List.of(bTitle, split));
        List<Article> items = replayed.page().items();
        assertEquals(3, items.size());
        assertEquals("第一段说完了。", items.get(0).bodyText());
        assertEquals("新的标题", items.get(1).title());
        assertEquals("第二篇的第一段。", items.get(1).bodyText());
        assertEquals(2, replayed.corrections().get(0).ordinal(), "the earlier title correction moved down");
        assertEquals(0, replayed.corrections().get(1).ordinal());
        assertEquals(1, replayed.corrections().get(1).lastOrdinal(), "a split covers both parts");
    }

    @Test
    void aMergeKeepsTheSecondHeadlineAsAnIntertitleAndChecksItsNeighbour() {
        Article a = item("甲", "上半篇。");
        Article b = item("乙", "下半篇。");
        Correction merge = correction(0, CorrectionKind.MERGE, CorrectionReplay.anchorOf(b), a, "");
        List<Article> merged = replay.replay(page(a, b), List.of(merge)).page().items();
        assertEquals(1, merged.size());
        assertEquals(List.of(Paragraph.text("上半篇。"), Paragraph.heading("乙"), Paragraph.text("下半篇。")),
                merged.get(0).body());

        Article other = item("丙", "另一篇。");
        CorrectionReplay.Replayed notThere = replay.replay(page(a, other), List.of(merge));
        assertEquals(2, notThere.page().items().size(), "the next item is another one now: no merge");
        assertFalse(notThere.corrections().get(0).applied());
    }

    @Test
    void aCorrectionWhoseItemIsGoneIsKeptUnappliedAndAnUnknownZoneIsNotApplied() {
        Article a = item("甲", "正文。");
        Correction gone = correction(0, CorrectionKind.TITLE, "新标题", item("丁", "已经不在这页的正文。"), "");
        Correction zone = correction(0, CorrectionKind.ZONE, "无此高新区", a, "");
        CorrectionReplay.Replayed replayed = replay.replay(page(a), List.of(gone, zone));
        assertEquals("甲", replayed.page().items().get(0).title());
        assertTrue(replayed.corrections().stream().noneMatch(Correction::applied));
        assertEquals(2, replayed.corrections().size(), "kept, not dropped");
    }

    @Test
    void leavingAnItemOutMovesTheFollowingOnesUp() {
        Article a = item("甲", "版头文字。");
        Article b = item("乙", "正文。");
        Correction out = correction(0, CorrectionKind.NOT_ARTICLE, "", a, "");
        Correction kind = correction(1, CorrectionKind.KIND, "photo", b, "");
        CorrectionReplay.Replayed replayed = replay.replay(page(a, b), List.of(out, kind));
        assertEquals(List.of("乙"), replayed.page().items().stream().map(Article::title).toList());
        assertEquals(ItemKind.PHOTO, replayed.page().items().get(0).kind());
        assertFalse(replayed.corrections().get(0).covers(0), "a left-out item covers no item that is there");
        assertTrue(replayed.corrections().get(1).covers(0));
    }
}
