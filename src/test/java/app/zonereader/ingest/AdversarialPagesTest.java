package app.zonereader.ingest;

import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages built to break the engine (src/test/resources/adversarial). Each must decode, never throw, and give the expected items. */
class AdversarialPagesTest {
    private static final String ONE_ARTICLE_TITLE = "东湖高新区光谷科创大走廊建设提速";

    private record Result(DecodedText decoded, SegmentedPage page) {
        SegmentedItem only() {
            assertEquals(1, page.items().size(), () -> "items: " + page.items());
            return page.items().get(0);
        }
    }

    private static Result load(String name) throws IOException {
        try (InputStream in = AdversarialPagesTest.class.getResourceAsStream("/adversarial/" + name)) {
            DecodedText decoded = Decoder.decode(in.readAllBytes());
            return new Result(decoded, new PageSegmenter().segment(decoded.text()));
        }
    }

    private static String body(SegmentedItem item) {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : item.body()) {
            text.append(paragraph.text()).append('\n');
        }
        return text.toString();
    }

    private static void assertOneArticlePage(Result result) {
        SegmentedItem item = result.only();
        assertEquals(ItemKind.ARTICLE, item.kind());
        assertEquals(ONE_ARTICLE_TITLE, item.title());
        assertEquals(List.of("王小明"), item.bylineNames());
        assertEquals(3, item.body().size());
        assertTrue(body(item).contains("总投资超过八百亿元。"));
    }

    @Test
    void oneArticleOnly() throws IOException {
        assertOneArticlePage(load("one-article.txt"));
    }

    @Test
    void utf16WithByteOrderMarks() throws IOException {
        Result le = load("utf16le-bom.txt");
        assertEquals("UTF-16LE", le.decoded().charset());
        assertOneArticlePage(le);
        Result be = load("utf16be-bom.txt");
        assertEquals("UTF-16BE", be.decoded().charset());
        assertOneArticlePage(be);
    }

    @Test
    void gb18030File() throws IOException {
        Result result = load("gb18030.txt");
        assertEquals("GB18030", result.decoded().charset());
        SegmentedItem item = result.only();
        assertEquals("深圳高新区集成电路产业加速集聚", item.title());
        assertEquals(List.of("李华"), item.bylineNames());
        assertTrue(body(item).startsWith("近日，深圳高新区发布"));
    }

    @Test
    void headlineOnlyPageKeepsTheHeadline() throws IOException {
        SegmentedItem item = load("headline-only.txt").only();
        assertEquals("苏州工业园区举办国际创新大会", item.title());
        assertTrue(item.body().isEmpty());
        assertFalse(item.warnings().isEmpty());
    }

    @Test
    void pageOfCaptionsGivesPhotos() throws IOException {
        SegmentedPage page = load("captions-only.txt").page();
        assertEquals(2, page.items().size());
        for (SegmentedItem item : page.items()) {
            assertEquals(ItemKind.PHOTO, item.kind());
        }
        assertTrue(body(page.items().get(0)).contains("图片来源：合肥高新区"), "the credit completes its caption");
        assertTrue(body(page.items().get(1)).contains("（张三 摄）"));
    }

    @Test
    void englishText() throws IOException {
        SegmentedItem item = load("english.txt").only();
        assertEquals("Zone Reader Weekly", item.title());
        assertEquals(2, item.body().size());
        assertTrue(body(item).contains("The center will host more than forty start-ups"), body(item));
    }

    @Test
    void jumpLinesAreRemovedButReported() throws IOException {
        SegmentedItem item = load("jump-lines.txt").only();
        assertFalse(body(item).contains("版"), body(item));
        assertTrue(body(item).contains("同比增长百分之十五。"));
        assertEquals(2, item.warnings().stream().filter(w -> w.code() == WarningCode.JUMP_LINE_REMOVED || w.code() == WarningCode.JUMP_NOTE_REMOVED).count());
    }

    @Test
    void emptyFile() throws IOException {
        Result result = load("empty.txt");
        assertTrue(result.page().items().isEmpty());
        assertFalse(result.decoded().warnings().isEmpty());
        assertFalse(result.page().warnings().isEmpty());
    }

    @Test
    void traditionalChinese() throws IOException {
        SegmentedItem item = load("traditional.txt").only();
        assertEquals("中關村科技園區發布新政策", item.title());
        assertEquals("本報記者 陳大文", item.byline());
        assertEquals(List.of("陳大文"), item.bylineNames());
        assertTrue(body(item).contains("中關村高新區"), "display text stays Traditional");
    }

    @Test
    void htmlLeftovers() throws IOException {
        Result result = load("html-leftovers.txt");
        SegmentedItem item = result.only();
        assertEquals("杭州高新区数字经济规模再创新高", item.title());
        assertEquals(List.of("周红"), item.bylineNames());
        assertFalse(body(item).contains("<"));
        assertFalse(body(item).contains("本报讯"));
        assertTrue(body(item).contains("“数字经济一号工程”，R&D投入"));
        assertTrue(result.decoded().warnings().stream().anyMatch(w -> w.code() == WarningCode.MARKUP_TAGS_REMOVED));
    }

    @Test
    void crlfAndControlCharacters() throws IOException {
        Result result = load("crlf-controls.txt");
        SegmentedItem item = result.only();
        assertEquals("无锡高新区物联网产业再上新台阶", item.title());
        assertEquals(List.of("赵强"), item.bylineNames());
        assertTrue(body(item).contains("近日，无锡高新区物联网产业营收突破千亿元。"));
        assertEquals(2, result.decoded().warnings().size(), "NUL and control characters are both reported");
    }

    @Test
    void randomBytesNeverBreakTheEngine() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            DecodedText decoded = Decoder.decode(bytes);
            SegmentedPage page = new PageSegmenter().segment(decoded.text());
            assertTrue(page.items().size() + page.warnings().size() > 0 || decoded.text().isBlank());
            assertTrue(page.warnings().stream().noneMatch(w -> w.code() == WarningCode.PAGE_KEPT_WHOLE));
        }
    }

    @Test
    void aPageWithOnlyABylineSaysSo() {
        SegmentedPage page = new PageSegmenter().segment("▶ 本报记者 张三\n");
        assertTrue(page.items().isEmpty());
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.NO_ARTICLE_TEXT));
    }

    @Test
    void fiveMegabytePageFinishesFast() {
        StringBuilder page = new StringBuilder();
        int articles = 0;
        while (page.length() * 3 < 5_000_000) {
            articles++;
            page.append("第").append(articles).append("号高新区创新发展再上新台阶\n\n▶ 本报记者 王小明\n\n");
            for (int p = 0; p < 6; p++) {
                page.append("近日，该高新区召开推进会，明确今年将新开工重大项目").append(p + articles)
                        .append("个，\n\n总投资超过八百亿元，推动科技成果就地转化，加快建设一批创新平台。\n\n");
            }
        }
        String text = page.toString();
        int expected = articles;
        SegmentedPage result = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> new PageSegmenter().segment(Decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()));
        assertEquals(expected, result.items().size());
        assertEquals(6, result.items().get(expected / 2).body().size());
    }
}
