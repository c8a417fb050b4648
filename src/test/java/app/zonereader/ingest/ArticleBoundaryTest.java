package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.zonereader.ingest.SegmentedPages.body;
import static app.zonereader.ingest.SegmentedPages.itemContaining;
import static app.zonereader.ingest.SegmentedPages.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headline-first runs of articles: where a headline-shaped line opens a new article and where it is an intertitle. */
class ArticleBoundaryTest {
    private static Draft article(String... paragraphs) {
        Draft draft = new Draft(1);
        for (String paragraph : paragraphs) {
            draft.body.add(new Draft.Para(paragraph, false, 0));
        }
        draft.hasBody = true;
        return draft;
    }

    @Test
    void aHeadlineOnAnotherZoneAboveItsLeadOpensAnArticle() {
        ArticleBoundary.Verdict verdict = ArticleBoundary.weigh(
                article("今年前三季度，芜湖高新区机器人产业实现产值312亿元，同比增长14.6%。"),
                List.of("襄阳高新区新能源汽车零部件项目集中签约"),
                "11月8日，襄阳高新区举行新能源汽车零部件项目集中签约活动，十二个项目现场签约。");
        assertTrue(verdict.opensArticle(), verdict.cues().toString());
    }

    @Test
    void aNumberedHeadingIsAnIntertitleWhateverFollows() {
        ArticleBoundary.Verdict verdict = ArticleBoundary.weigh(
                article("近年来，长沙高新区坚持把工程机械作为首位产业。"), List.of("二、创新驱动，产品迈向高端"),
                "近日，衡阳高新区支持企业建设国家级技术中心。");
        assertFalse(verdict.opensArticle(), verdict.cues().toString());
        assertTrue(verdict.cues().stream().anyMatch(cue -> cue.startsWith("numbered")));
    }

    @Test
    void aPhraseBetweenParagraphsOfOneStoryIsAnIntertitle() {
        ArticleBoundary.Verdict verdict = ArticleBoundary.weigh(
                article("走进常州高新区一家电机生产企业的车间，机械臂有序作业。"), List.of("政策引导企业敢转"),
                "常州高新区设立专项资金，对企业实施智能化改造给予补助。");
        assertFalse(verdict.opensArticle(), verdict.cues().toString());
    }

    @Test
    void aParagraphCutMidSentenceAboveKeepsTheLinesInside() {
        ArticleBoundary.Verdict verdict = ArticleBoundary.weigh(
                article("今年前三季度，芜湖高新区机器人产业实现产值312亿元，"), List.of("南通高新区人才公寓交付使用"),
                "日前，南通高新区人才公寓首批六百套房源交付使用。");
        assertTrue(verdict.cues().contains("cut above -2"), verdict.cues().toString());
    }

    @Test
    void datelinesOfAgenciesAndPapersAreKnown() {
        assertTrue(LineClassifier.isDateline("新华社合肥11月3日电 合肥高新区3日发布政策"));
        assertTrue(LineClassifier.isDateline("中新网北京5月1日电"));
        assertFalse(LineClassifier.isDateline("11月3日，合肥高新区发布政策"), "a date is a lead, not a dateline");
    }

    @Test
    void twoHeadlineFirstArticlesAboutTheSameZoneAreTwoArticles() {
        SegmentedPage page = segment("南通高新区新增两家省级工程技术研究中心",
                "近日，江苏省科技厅公布新一批省级工程技术研究中心名单，南通高新区两家企业申报的研究中心获批。",
                "南通高新区人才公寓首批房源交付使用",
                "日前，南通高新区人才公寓首批六百套房源交付使用，面向区内企业引进的青年人才。");
        assertEquals(2, page.items().size(), () -> page.items().toString());
        assertEquals("南通高新区人才公寓首批房源交付使用", itemContaining(page, "六百套").title());
    }

    @Test
    void aHeadlineWithoutAZoneAboveAParagraphOpeningWithAnotherZoneOpensAnArticle() {
        SegmentedPage page = segment("盐城高新区海上风电运维基地启用",
                "近日，盐城高新区海上风电运维基地正式启用，可为沿海三十余个风电场提供运维服务。",
                "一家“隐形冠军”的二十年坚守",
                "徐州高新区一家矿山装备企业二十年专注于矿用提升机研发，产品国内市场占有率超过四成。");
        assertEquals("一家“隐形冠军”的二十年坚守", itemContaining(page, "矿用提升机").title());
        assertFalse(body(itemContaining(page, "运维基地")).contains("矿用"));
    }

    @Test
    void aDatelineOpensANewsItemAfterAnotherArticle() {
        SegmentedPage page = segment("合肥高新区发布人工智能产业支持政策",
                "新华社合肥11月3日电 合肥高新区3日发布支持人工智能产业发展的若干政策。",
                "无锡高新区物联网创新中心正式运营",
                "新华社无锡11月6日电 无锡高新区物联网创新中心6日正式运营。");
        assertEquals(2, page.items().size(), () -> page.items().toString());
        assertEquals("无锡高新区物联网创新中心正式运营", itemContaining(page, "6日正式运营").title());
    }

    @Test
    void aFeaturesIntertitlesStayWhenABriefFollowsIt() {
        SegmentedPage page = segment("常州高新区：以“智改数转”重塑制造业优势",
                "走进常州高新区一家电机生产企业的车间，机械臂有序作业，自动导引车穿梭往来。",
                "政策引导企业敢转", "常州高新区设立专项资金，对企业实施智能化改造给予补助。",
                "平台赋能企业会转", "该区引进工业互联网平台服务商十余家，转型成本明显降低。",
                "泰州高新区医药企业创新药获批上市", "近日，泰州高新区一家医药企业自主研发的一类创新药获批上市。");
        SegmentedItem feature = itemContaining(page, "机械臂");
        assertTrue(body(feature).contains("平台赋能企业会转"));
        assertFalse(body(feature).contains("创新药"));
        assertEquals("泰州高新区医药企业创新药获批上市", itemContaining(page, "一类创新药").title());
    }

    @Test
    void traditionalHeadlinesWithCornerQuotesOpenArticlesAsSimplifiedOnesDo() {
        SegmentedPage page = new PageSegmenter().segment("""
                佛山高新區智能家電企業加快「出海」
                今年以來，佛山高新區智能家電企業積極開拓海外市場，前三季度出口額同比增長一成八。
                汕头高新區新型儲能項目竣工投產
                「項目比計劃提前兩個月投產。」汕头高新區一家儲能企業負責人說，項目總投資四十億元。
                """);
        assertEquals(2, page.items().size(), () -> page.items().toString());
        assertEquals("佛山高新區智能家電企業加快「出海」", page.items().get(0).title());
        assertEquals("汕头高新區新型儲能項目竣工投產", itemContaining(page, "提前兩個月").title());
        assertTrue(body(itemContaining(page, "提前兩個月")).startsWith("「項目比計劃"), "the quote opens the text");
    }

    @Test
    void aHeadlineLongHeadlineOnTheSameZoneOpensAnArticleEvenWithoutANewsLead() {
        ArticleBoundary.Verdict verdict = ArticleBoundary.weigh(
                article("近日，江苏省科技厅公布新一批省级工程技术研究中心名单，南通高新区两家企业申报的研究中心获批。"),
                List.of("南通高新区人才公寓首批房源交付使用"),
                "南通高新区人才公寓首批六百套房源交付使用，面向区内企业引进的青年人才和技术骨干。");
        assertTrue(verdict.opensArticle(), verdict.cues().toString());
        assertTrue(verdict.cues().contains("headline length +1"), verdict.cues().toString());
    }
}
