package app.zonereader.ui;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.Article;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.TextAnchor;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Body styles are a plain function of text, search terms and highlights: no toolkit needed. */
class BodyStylesTest {
    private static final ArticleKey KEY = new ArticleKey("ab", 0);

    static Annotation highlight(long id, String text, int start, int end, HighlightColor color) {
        return new Annotation(id, "urn:uuid:" + id, KEY, AnnotationKind.HIGHLIGHT, color, TextAnchor.of(text, start, end),
                "", Instant.EPOCH, Instant.EPOCH, AnchorStatus.ANCHORED);
    }

    private static Article article(Paragraph... paragraphs) {
        return new Article(ItemKind.ARTICLE, "标题", "", "", List.of(), Optional.empty(), List.of(paragraphs), List.of(),
                List.of(), List.of(), List.of());
    }

    /** Each character's style classes, to compare spans by what they mean. */
    private static List<Collection<String>> perCharacter(BodyStyles styles) {
        List<Collection<String>> result = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : styles.spans()) {
            for (int i = 0; i < span.getLength(); i++) {
                result.add(span.getStyle());
            }
        }
        return result;
    }

    @Test
    void textIsTheBodyTextAndIntertitlesAreParagraphStyles() {
        Article article = article(Paragraph.text("开头一段。"), Paragraph.heading("小标题"), Paragraph.text("正文。"));
        BodyStyles styles = BodyStyles.of(article, List.of(), List.of());
        assertEquals(article.bodyText(), styles.text());
        assertEquals(List.of(List.of("article-paragraph"), List.of("article-heading"), List.of("article-paragraph")),
                styles.paragraphStyles());
        assertEquals(styles.text().length(), styles.spans().length());
        assertEquals(1, styles.spans().getSpanCount(), "no hits, no highlights: one plain span");
    }

    @Test
    void aParagraphWithALineBreakGivesTwoLinesOfItsStyle() {
        Article article = article(Paragraph.heading("上行\n下行"), Paragraph.text("正文"));
        assertEquals(List.of(List.of("article-heading"), List.of("article-heading"), List.of("article-paragraph")),
                BodyStyles.of(article, List.of(), List.of()).paragraphStyles());
    }

    @Test
    void searchHitsAndHighlightsMarkExactlyTheirCharacters() {
        String text = "数字经济产业园开园，数字经济成为增长点";
        Article article = article(Paragraph.text(text));
        BodyStyles styles = BodyStyles.of(article, List.of("数字经济"),
                List.of(highlight(1, text, 2, 7, HighlightColor.GREEN)));
        List<Collection<String>> chars = perCharacter(styles);
        assertEquals(List.of("search-hit"), chars.get(0));
        assertEquals(List.of("search-hit", "highlight", "hl-green"), chars.get(2));
        assertEquals(List.of("highlight", "hl-green"), chars.get(5));
        assertEquals(List.of(), chars.get(7));
        assertEquals(List.of("search-hit"), chars.get(10));
        assertEquals(text.length(), chars.size());
    }

    @Test
    void whereHighlightsOverlapTheInnermostShowsAndIsTheOneClicked() {
        String text = "一二三四五六七八九十";
        Annotation outer = highlight(1, text, 0, 8, HighlightColor.YELLOW);
        Annotation inner = highlight(2, text, 3, 5, HighlightColor.PINK);
        List<Collection<String>> chars = perCharacter(BodyStyles.of(article(Paragraph.text(text)), List.of(), List.of(outer, inner)));
        assertEquals(List.of("highlight", "hl-yellow"), chars.get(2));
        assertEquals(List.of("highlight", "hl-pink"), chars.get(4));
        assertEquals(List.of("highlight", "hl-yellow"), chars.get(6));
        assertEquals(Optional.of(inner), BodyStyles.highlightAt(4, List.of(outer, inner)));
        assertEquals(Optional.of(outer), BodyStyles.highlightAt(7, List.of(outer, inner)));
        assertTrue(BodyStyles.highlightAt(9, List.of(outer, inner)).isEmpty());
    }

    @Test
    void anEmptyBodyStillHasValidSpans() {
        BodyStyles styles = BodyStyles.of(article(), List.of("x"), List.of());
        assertEquals("", styles.text());
        assertEquals(0, styles.spans().length());
    }

    @Test
    void fiftyHighlightsGiveOneSpanPerRun() {
        String text = "高新区持续推进产业转型升级，营商环境不断优化。".repeat(60);
        List<Annotation> highlights = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            highlights.add(highlight(i + 1, text, i * 20, i * 20 + 10, HighlightColor.values()[i % 5]));
        }
        BodyStyles styles = BodyStyles.of(article(Paragraph.text(text)), List.of(), highlights);
        assertEquals(100, styles.spans().getSpanCount(), "50 highlighted runs, each followed by a plain one");
    }
}
