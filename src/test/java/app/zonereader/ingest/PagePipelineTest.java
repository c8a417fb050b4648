package app.zonereader.ingest;

import app.zonereader.model.Article;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.WarningCode;
import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagePipelineTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();
    private static final IngestWarning SEGMENTER_NOTE = IngestWarning.of(WarningCode.NOISE_LINE_DROPPED, "※※※");
    private static final HanlpWords WORDS = new HanlpWords(GAZETTEER);
    private static final Function<byte[], DecodedText> UTF8 =
            bytes -> new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
    private static final String PAGE = """
            济宁高新区跨域通办解决企业办证难
            近日，济宁高新区为企业跨域办理营业执照，永川高新区协助。济宁高新区政务服务中心全年办件43825件，办结率100%。

            中国首台套量子微波测量系统在清远高新区发布
            11月27日，量子微波测量系统发布会在清远高新区召开，总投资5亿元。

            昆山高新区与常熟高新区签约
            昆山高新区与常熟高新区代表出席，丽水高新区列席。
            """;

    /** A stand-in for the page segmenter: blocks separated by a blank line, first line the headline. */
    private static SegmentedPage blocks(String text) {
        List<SegmentedItem> items = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String[] lines = block.strip().split("\\n");
            List<Paragraph> body = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                body.add(Paragraph.text(lines[i]));
            }
            items.add(new SegmentedItem(ItemKind.ARTICLE, lines[0], "", "", List.of(), body, List.of(), List.of()));
        }
        return new SegmentedPage(items, List.of(SEGMENTER_NOTE));
    }

    private static PagePipeline pipeline(Function<byte[], DecodedText> decoder, Function<String, SegmentedPage> segmenter) {
        return new PagePipeline(decoder, segmenter, new ZoneAttributor(GAZETTEER, WORDS), new Tagger(WORDS, GAZETTEER),
                new KeyFigureExtractor());
    }

    private static Page process(PagePipeline pipeline, String text) {
        return pipeline.process("page.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyItemGetsZoneTagsAndFigures() {
        Page page = process(pipeline(UTF8, PagePipelineTest::blocks), PAGE);
        assertEquals("page.txt", page.fileName());
        assertEquals(PagePipeline.contentHash(PAGE.getBytes(StandardCharsets.UTF_8)), page.contentHash());
        assertEquals(64, page.contentHash().length());
        assertEquals(List.of(SEGMENTER_NOTE), page.warnings());
        assertEquals(3, page.items().size());
        Article first = page.items().get(0);
        assertEquals("济宁高新区", first.zone().map(Zone::shortName).orElseThrow());
        assertTrue(!first.tags().isEmpty() && first.tags().size() <= Tagger.MAX_TAGS, first.tags().toString());
        assertTrue(first.keyFigures().stream().anyMatch(f -> f.kind() == KeyFigureKind.PERCENT && f.value() == 100));
        Article second = page.items().get(1);
        assertEquals("清远高新区", second.zone().map(Zone::shortName).orElseThrow());
        assertTrue(second.keyFigures().stream().anyMatch(f -> f.kind() == KeyFigureKind.AMOUNT && f.value() == 5e8));
        assertTrue(second.keyFigures().stream().anyMatch(f -> f.kind() == KeyFigureKind.DATE && f.value() == 1127));
    }

    @Test
    void bytesDecodedOnceByTheCallerMakeTheSamePage() {
        PagePipeline pipeline = PagePipeline.withGazetteer(GAZETTEER, WORDS);
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = pipeline.decode(bytes);
        assertEquals(pipeline.whyNotAPage(bytes), pipeline.whyNotAPage(bytes, decoded));
        assertEquals(pipeline.process("page.txt", bytes), pipeline.process("page.txt", bytes, decoded));
    }

    @Test
    void aWebCopysSourceAndDateReachTheArticle() {
        Page page = PagePipeline.standard().process("web.txt", ("潍坊高新区动力装备产业集群入选国家级集群\n"
                + "来源：潍坊日报　发布时间：2024-03-12 09:30　点击数：1024\n"
                + "近日，潍坊高新区牵头培育的动力装备产业集群入选国家先进制造业集群名单。\n").getBytes(StandardCharsets.UTF_8));
        Article article = page.items().get(0);
        assertEquals("潍坊日报", article.source());
        assertEquals("2024-03-12", article.date());
        assertEquals("潍坊高新区动力装备产业集群入选国家级集群", article.title());
    }

    @Test
    void traditionalChineseItemIsAttributedAndTaggedInSimplifiedForm() {
        Page page = process(pipeline(UTF8, PagePipelineTest::blocks),
                "永川高新區推動產教融合\n永川高新區職業教育發展迅速，產教融合成效明顯，職業院校達到17所。職業教育是永川的特色。");
        Article article = page.items().get(0);
        assertEquals("永川高新区", article.zone().map(Zone::shortName).orElseThrow());
        assertTrue(article.tags().contains("产教融合"), article.tags().toString());
        assertEquals("17所", article.keyFigures().get(0).text());
    }

    @Test
    void anItemNamingTwoZonesEquallyGetsNoZoneAndAWarning() {
        Page page = process(pipeline(UTF8, PagePipelineTest::blocks), "两区签约\n昆山高新区、常熟高新区代表出席。");
        Article article = page.items().get(0);
        assertTrue(article.zone().isEmpty());
        assertEquals(IngestWarning.of(WarningCode.SEVERAL_ZONES, "昆山高新区", "常熟高新区"), article.warnings().get(0));
    }

    @Test
    void unknownZoneNamesAreCollected() {
        Page page = process(pipeline(UTF8, PagePipelineTest::blocks), PAGE);
        assertEquals(List.of("丽水高新区"), page.unknownZoneNames());
    }

    @Test
    void adsAreNeitherTaggedNorMeasured() {
        Function<String, SegmentedPage> oneAd = text -> new SegmentedPage(List.of(new SegmentedItem(ItemKind.AD, "",
                "", "", List.of(), List.of(Paragraph.text(text)), List.of(), List.of())), List.of());
        Article ad = process(pipeline(UTF8, oneAd), "中国作家益阳文学周活动，奖金10万元").items().get(0);
        assertEquals(List.of(), ad.tags());
        assertEquals(List.of(), ad.keyFigures());
    }

    @Test
    void aFailingDecoderStillGivesThePageItsText() {
        PagePipeline failing = pipeline(bytes -> {
            throw new IllegalStateException("broken bytes");
        }, PagePipelineTest::blocks);
        Page page = process(failing, "第一段\n\n第二段");
        assertEquals(1, page.items().size());
        Article article = page.items().get(0);
        assertEquals(List.of(Paragraph.text("第一段"), Paragraph.text("第二段")), article.body());
        assertTrue(article.warnings().get(0).args().get(0).contains("broken bytes"), article.warnings().toString());
        assertTrue(page.warnings().get(0).args().get(0).contains("broken bytes"));
    }

    @Test
    void aFailingSegmenterKeepsTheDecodedText() {
        PagePipeline failing = pipeline(bytes -> new DecodedText("解码后的文字", "GB18030", List.of()), text -> {
            throw new StackOverflowError();
        });
        Page page = process(failing, "原始字节");
        assertEquals("解码后的文字", page.items().get(0).bodyText());
        assertTrue(page.items().get(0).warnings().get(0).args().get(0).contains("StackOverflowError"));
    }

    @Test
    void aFailingItemKeepsItsTextWithAWarningAndTheOthersAreUntouched() {
        Function<String, SegmentedPage> withBrokenItem = text -> {
            SegmentedPage good = blocks(PAGE);
            List<SegmentedItem> items = new ArrayList<>(good.items());
            // a null subtitle, standing in for any bug upstream that breaks one item
            items.add(0, new SegmentedItem(ItemKind.ARTICLE, "坏条目", null, "", List.of(), List.of(), List.of(), List.of()));
            return new SegmentedPage(items, List.of());
        };
        Page page = process(pipeline(UTF8, withBrokenItem), PAGE);
        assertEquals(4, page.items().size());
        assertEquals("坏条目", page.items().get(0).title());
        assertEquals(WarningCode.ITEM_NOT_ENRICHED, page.items().get(0).warnings().get(0).code());
        assertEquals("济宁高新区", page.items().get(1).zone().map(Zone::shortName).orElseThrow());
    }

    @Test
    void emptyPageGivesNoItemsAndNoWarning() {
        Page page = process(pipeline(UTF8, text -> new SegmentedPage(List.of(), List.of())), "");
        assertEquals(List.of(), page.items());
        assertEquals(List.of(), page.warnings());
    }

    @Test
    void concurrentUseGivesTheSameResult() throws Exception {
        PagePipeline pipeline = pipeline(UTF8, PagePipelineTest::blocks);
        Page expected = process(pipeline, PAGE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Page>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pages.add(pool.submit(() -> process(pipeline, PAGE)));
            }
            for (Future<Page> page : pages) {
                assertEquals(expected, page.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
