package app.zonereader.ingest;

import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static app.zonereader.ingest.SegmentedPages.body;
import static app.zonereader.ingest.SegmentedPages.itemContaining;
import static app.zonereader.ingest.SegmentedPages.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headline shape: banners, labels and kickers above a title, broken and punctuated headlines. */
class HeadlineShapeTest {
    @Test
    void aColumnBannerBeforeTheFirstHeadlineIsNotATitle() {
        SegmentedPage page = segment("国家高新区高质量发展 在行动", "武进高新区：“三生和谐”推进高质量发展", "▶ 本报记者 叶伟",
                "近年来,武进高新区以“发展高科技,实现产业化”为己任,全力推进高质量发展。");
        SegmentedItem item = page.items().get(0);
        assertEquals("武进高新区：“三生和谐”推进高质量发展", item.title());
        assertEquals("", item.subtitle());
        assertFalse(body(item).contains("在行动"));
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.COLUMN_BANNER_DROPPED || w.code() == WarningCode.KICKER_DROPPED));
    }

    @Test
    void aBannerAboveABenbaoxunItemIsLeftOut() {
        SegmentedPage page = segment("国家高新区高质量发展 在行动", "合肥高新区总投资5亿元项目落地",
                "本报讯 近日，合肥高新区与北京海步医药有限公司正式签约，项目总投资5亿元。 刘畅");
        SegmentedItem item = page.items().get(0);
        assertEquals("合肥高新区总投资5亿元项目落地", item.title());
        assertEquals("", item.subtitle());
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.COLUMN_BANNER_DROPPED || w.code() == WarningCode.KICKER_DROPPED));
    }

    @Test
    void aBannerAndKickerAboveTheTitleLeaveTheTitleAndKickerAsTheHeadline() {
        SegmentedPage page = segment("国家高新区高质量发展巡礼", "聚焦主导产业 做强创新引擎", "洛阳高新区：以智能制造跑出加速度",
                "▶ 本报记者 孟洛", "近年来，洛阳高新区坚持把智能制造作为主攻方向，累计实施智能化改造项目三百余个。");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("聚焦主导产业 做强创新引擎", "洛阳高新区：以智能制造跑出加速度"),
                List.of(item.title(), item.subtitle()));
        assertTrue(page.warnings().stream().anyMatch(w -> w.args().contains("国家高新区高质量发展巡礼")));
    }
    @Test
    void aDottedColumnLabelAboveTheTitleIsABanner() {
        SegmentedPage page = segment("园区·聚焦", "深圳高新区人工智能产业规模突破两千亿元", "本报记者 罗鹏城",
                "本报讯 记者近日从深圳高新区获悉，该区人工智能产业规模达到两千一百亿元。");
        SegmentedItem item = page.items().get(0);
        assertEquals("深圳高新区人工智能产业规模突破两千亿元", item.title());
        assertEquals("", item.subtitle());
    }
    @Test
    void headlinesWithACommaOrAQuestionMarkAreHeadlines() {
        SegmentedPage page = segment("奋楫扬帆正当时，创新发展谱新篇", "▶ 本报记者 何绵",
                "近年来，绵阳高新区坚持创新驱动发展，高新技术企业数量年均增长两成以上。",
                "本报讯 近日，株洲高新区举办首届中小企业创新大赛，最终二十个中小企业创新项目获奖。 谭湘",
                "株洲高新区：中小企业如何成长为“小巨人”？");
        assertEquals("奋楫扬帆正当时，创新发展谱新篇", itemContaining(page, "年均增长两成").title());
        SegmentedItem brief = itemContaining(page, "创新大赛");
        assertEquals("株洲高新区：中小企业如何成长为“小巨人”？", brief.title());
        assertFalse(body(brief).contains("如何成长"));
    }

    @Test
    void aShortCutFragmentIsNoHeadline() {
        SegmentedPage page = segment("绵阳高新区建设科技城", "▶ 本报记者 何绵",
                "近年来，绵阳高新区加快建设科技城，引进了一批研发机构。", "科技城已建成研发中心、人才基地、");
        assertTrue(body(page.items().get(0)).contains("研发中心、人才基地、"), () -> "items: " + page.items());
    }

    @Test
    void aColumnLabelStaysOffAHeadlineOpeningWithALongPlaceName() {
        SegmentedPage page = segment("园区传真", "哈尔滨高新区新增三家省级技术创新中心",
                "本报讯 近日，黑龙江省科技厅公布省级技术创新中心名单，哈尔滨高新区三家单位入选。",
                "临沂高新区磁电产业园首批项目投产", "本报讯 近日，临沂高新区磁电产业园首批五个项目集中投产。");
        assertEquals("哈尔滨高新区新增三家省级技术创新中心", itemContaining(page, "黑龙江").title());
        assertTrue(ZoneNames.opensWithName("乌鲁木齐高新区举办论坛"));
        assertFalse(ZoneNames.opensWithName("在清远高新区发布"), "a preposition before a place is no name");
    }

    @Test
    void aFourCharacterColumnLabelAboveTheFirstHeadlineIsNoKicker() {
        SegmentedPage page = segment("图片新闻", "南昌高新区：VR产业基地迎来新一批入驻企业",
                "11月20日，在南昌高新区VR产业基地，参观者正在体验一款新推出的虚拟现实头盔。", "图为参观者在体验VR设备。");
        SegmentedItem item = itemContaining(page, "虚拟现实头盔");
        assertEquals("南昌高新区：VR产业基地迎来新一批入驻企业", item.title());
        assertEquals("", item.subtitle());
    }

    @Test
    void aZoneNameBrokenAcrossHeadlineLinesIsMadeWhole() {
        SegmentedPage brief = segment("齐齐哈尔高新", "区重型装备产业提速",
                "本报讯 今年以来，齐齐哈尔高新区重型装备产业订单饱满，前十个月产值同比增长一成。");
        assertEquals("齐齐哈尔高新区重型装备产业提速", brief.items().get(0).title());
        SegmentedPage feature = segment("鄂尔多斯高", "新区大数据中心二期投运", "▶ 本报记者 蒙原",
                "近日，鄂尔多斯高新区大数据中心二期项目正式投运，新增标准机架八千个。");
        assertEquals("鄂尔多斯高新区大数据中心二期投运", feature.items().get(0).title());
        assertEquals("", feature.items().get(0).subtitle());
        assertFalse(ZoneNames.splitAcross("高新", "区建设"), "a cut needs a place name before it");
    }

    @Test
    void aColumnLabelAboveABriefsHeadlineIsLeftOut() {
        SegmentedPage page = segment("高新区动态", "鄂尔多斯高新区大数据中心二期投运",
                "本报讯 近日，鄂尔多斯高新区大数据中心二期项目正式投运，新增标准机架八千个。");
        SegmentedItem item = itemContaining(page, "标准机架");
        assertEquals("鄂尔多斯高新区大数据中心二期投运", item.title());
        assertEquals("", item.subtitle());
    }

    @Test
    void aDashSubtitleThatListsStaysAboveItsBrief() {
        SegmentedPage page = segment("海口高新区负责人表示，将继续围绕药品研发、生产、流通全链条优化服务，力争产业规模再上台阶。",
                "南宁高新区出台措施支持中小企业发展", "——从融资、用工、场地三方面给予支持",
                "本报讯 近日，南宁高新区出台支持中小企业高质量发展的若干措施，共十二条。");
        SegmentedItem brief = itemContaining(page, "若干措施");
        assertEquals("南宁高新区出台措施支持中小企业发展", brief.title());
        assertEquals("——从融资、用工、场地三方面给予支持", brief.subtitle());
        assertFalse(body(itemContaining(page, "药品研发")).contains("南宁"));
        assertTrue(TextShape.looksLikeHeadline("——从融资、用工、场地三方面给予支持"));
        assertFalse(TextShape.looksLikeHeadline("融资、用工、场地三方面"), "a list is running text");
    }

    @Test
    void twoShortLinesAreOneHeadlineOnlyWhenOneNamesAZoneAndTheFirstIsNoWholeEvent() {
        assertTrue(HeadlineShape.brokenInTwo("济宁高新区跨域通办", "解决企业办证难"));
        assertFalse(HeadlineShape.brokenInTwo("济宁高新区跨域通办", "临沂高新区磁电产业园投产"), "two zones, two headlines");
        assertFalse(HeadlineShape.brokenInTwo("济宁高新区中试基地建成投用", "首批项目同步启动"), "a whole event and its subtitle");
    }

    @Test
    void bannersAndLabelsAreToldFromTitles() {
        assertTrue(HeadlineShape.isBanner("高质量发展 在行动"));
        assertTrue(HeadlineShape.isBanner("园区·聚焦"));
        assertFalse(HeadlineShape.isBanner("洛阳高新区以智能制造跑出加速度"));
        TextUnit headline = new TextUnit("鄂尔多斯高新区大数据中心二期投运", 2, true, false);
        assertTrue(HeadlineShape.isColumnLabel(new TextUnit("高新区动态", 1, true, false), headline));
        assertFalse(HeadlineShape.isColumnLabel(new TextUnit("聚焦主导产业做强创新引擎", 1, true, false), headline));
    }

    @Test
    void aLineOfForumGarbageIsNeverATitle() {
        SegmentedPage page = segment("~~~ //// ::: >>>> lol ... ###", "成都高新区发布新经济应用场景清单",
                "近日，成都高新区发布年度新经济应用场景清单，共计二百一十个场景。");
        assertEquals("成都高新区发布新经济应用场景清单", page.items().get(0).title());
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.NOISE_LINE_DROPPED && w.args().get(0).contains("lol")));
        assertEquals(UnitKind.NOISE, UnitKind.of(new TextUnit("@@ ^^^ *** xD ~~~ !!!", 1, true, false)));
        assertEquals(UnitKind.SHORT, UnitKind.of(new TextUnit("5G+VR", 1, true, false)), "letters outweigh marks");
        assertEquals(UnitKind.SHORT, UnitKind.of(new TextUnit("(2)", 1, true, false)), "too short to judge");
    }

    @Test
    void aBylineAboveTheHeadlineIsNeverTheTitle() {
        SegmentedPage page = new PageSegmenter().segment("""
                本报记者　蜀川
                自贡高新区推动传统装备制造业转型升级
                自贡高新区是全国重要的阀门和锅炉生产基地。近年来，该区支持企业开展智能化改造。
                今年前三季度，自贡高新区节能环保装备产业实现产值一百二十亿元，同比增长百分之十一。
                """);
        SegmentedItem item = page.items().get(0);
        assertEquals("自贡高新区推动传统装备制造业转型升级", item.title());
        assertEquals(List.of("蜀川"), item.bylineNames());
    }
}
