package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReflowTest {
    /** Joins lines with a blank line after every one, the way page 000 is printed. */
    private static String doubleSpaced(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    @Test
    void wrappedChineseLinesWithBlankLinesBetweenThemBecomeOneParagraph() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced(
                "近日，教育部、重庆市政府联合印", "发《关于推动重庆职业教育高质量发", "展的意见》，提出推进基地建设。",
                "“这是指导未来永川高新区职教发", "展的纲领性文件。”张朝国说。"));
        assertEquals(List.of("近日，教育部、重庆市政府联合印发《关于推动重庆职业教育高质量发展的意见》，提出推进基地建设。",
                "“这是指导未来永川高新区职教发展的纲领性文件。”张朝国说。"), paragraphs);
    }

    @Test
    void wrappedLinesWithoutBlankLinesJoinToo() {
        List<String> paragraphs = Reflow.paragraphs(
                "“职业教育历来就是永川的一张\n名片！”西部职教基地建管委负责人\n说，永川的职业教育最早可追溯到清\n代。\n");
        assertEquals(List.of("“职业教育历来就是永川的一张名片！”西部职教基地建管委负责人说，永川的职业教育最早可追溯到清代。"),
                paragraphs);
    }

    @Test
    void onePararaphPerLongLineStaysAsPrinted() {
        String a = "近年来,依托广东省职教城人才资源优势,清远市、清远高新区在推动校企深度合作、产教深度融合上下功夫,探索出一条具有清远特色的产教融合之路。";
        String b = "今年3月,广东科贸职业学院信息与金禄电子科技股份有限公司就产学研合作进行签约,推动产学研深度融合。";
        assertEquals(List.of(a, b), Reflow.paragraphs(doubleSpaced(a, b)));
    }

    @Test
    void aLongLineCutWithoutPunctuationContinuesInTheNextOne() {
        String a = "截至目前,凤翔谷已促成广东科贸职业学院与金禄电子、亿源通等企业共建校企合作基地,充分发挥人才引育和助推产教融合职能作用,服务高新区企业与省职教城";
        String b = "高校,促进产教融合、校企合作、高技能产业人才培养与输送。";
        assertEquals(List.of(a + b), Reflow.paragraphs(doubleSpaced(a, b)));
    }

    @Test
    void shortIntertitlesStandAlone() {
        List<TextUnit> units = Reflow.units(doubleSpaced(
                "区管委会主任张朝国说。", "明确新的方向", "《意见》提出，要推动成渝地区职业", "教育协同发展。"));
        assertEquals("明确新的方向", units.get(1).text());
        assertTrue(units.get(1).standalone());
        assertEquals("《意见》提出，要推动成渝地区职业教育协同发展。", units.get(2).text());
    }

    @Test
    void aStackOfPunctuationFreeLinesStaysApartButATwoLineHeadlineJoins() {
        List<String> paragraphs = Reflow.paragraphs(
                "发展，推动园区科技企业发展驶入快\n\n车道。 孙格菲\n\n"
                        + "昆山高新区引金融活水赋能科技创新\n\n烟台高新区工业用地迈入“标准地”时代\n\n"
                        + "济宁高新区跨域通办\n解决企业办证难\n\n本报讯 近日，江苏省工业和信\n\n息化厅公布名单。\n");
        assertEquals(List.of("发展，推动园区科技企业发展驶入快车道。 孙格菲", "昆山高新区引金融活水赋能科技创新",
                "烟台高新区工业用地迈入“标准地”时代", "济宁高新区跨域通办解决企业办证难",
                "本报讯 近日，江苏省工业和信息化厅公布名单。"), paragraphs);
    }

    @Test
    void aFullWidthParagraphStartWithoutCommasStillJoinsIntoRunningText() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced(
                "今年以来已经完成了多项改革。", "永川还将定期举办西部职业教育", "高峰会议、职业教育国际论坛、中德",
                "职业教育校长论坛等，并支持相关职", "业院校组建联盟。"));
        assertEquals("永川还将定期举办西部职业教育高峰会议、职业教育国际论坛、中德职业教育校长论坛等，并支持相关职业院校组建联盟。",
                paragraphs.get(1));
    }

    @Test
    void bylinesAndCreditsNeverJoinTheirNeighbours() {
        List<String> paragraphs = Reflow.paragraphs("到在校生规模的2倍。”张朝国信心满满\n\n地说\n ▶▶ 本报记者 戈清平\n\n"
                + "职教学生在长城汽车永川工厂实训 图片来源：永川高新区\n\n本报讯 “现在审批真是太方便\n\n了。”\n");
        assertEquals(List.of("到在校生规模的2倍。”张朝国信心满满地说", "▶▶ 本报记者 戈清平",
                "职教学生在长城汽车永川工厂实训 图片来源：永川高新区", "本报讯 “现在审批真是太方便了。”"), paragraphs);
    }

    @Test
    void singleSpacedPagesKeepIsolatedShortLinesApart() {
        String text = "可以说，“以职兴城”是永川形成现有城市规模的重要动力源之一，发\n挥了难以替代的重要作用。\n\n"
                + "曾开创中国职教“第四种模式”\n\n永川经贸校制茶国家级示范专业\n\n"
                + "西部职教基地建管委负责人表\n示，之所以在以职兴城基础上提出打\n造样板城市。\n";
        List<String> paragraphs = Reflow.paragraphs(text);
        assertEquals(List.of("可以说，“以职兴城”是永川形成现有城市规模的重要动力源之一，发挥了难以替代的重要作用。",
                "曾开创中国职教“第四种模式”", "永川经贸校制茶国家级示范专业",
                "西部职教基地建管委负责人表示，之所以在以职兴城基础上提出打造样板城市。"), paragraphs);
    }

    @Test
    void aHeadingWrappedBeforeItsLastCharacterIsJoined() {
        List<String> paragraphs = Reflow.paragraphs("提供借鉴。\n一、理论回顾和文献综\n述\n目前，研究影响区域产业转型升级的研究较多。\n");
        assertEquals(List.of("提供借鉴。", "一、理论回顾和文献综述", "目前，研究影响区域产业转型升级的研究较多。"), paragraphs);
    }

    @Test
    void englishLinesJoinUpToTheBlankLineEvenAfterAFullStop() {
        List<String> paragraphs = Reflow.paragraphs("Zone Reader Weekly\n\n"
                + "The park opened a new innovation center on Monday.\nIt will host more than forty start-ups\n"
                + "working on artificial intelligence.\n\nInvestment reached a record high last year.\n");
        assertEquals(List.of("Zone Reader Weekly",
                "The park opened a new innovation center on Monday. It will host more than forty start-ups working on artificial intelligence.",
                "Investment reached a record high last year."), paragraphs);
    }

    @Test
    void aHeadlineWiderThanTheColumnStaysAboveItsText() {
        List<String> paragraphs = Reflow.paragraphs("宁波高新区加快打造具有国际竞争力的新材料产业创新高地\n"
                + "金秋十月，走进宁波高新区，一批新材料\n项目正在加紧建设，园区呈现出一派\n繁忙的景象。记者了解到，今年以来\n"
                + "该区新材料产业产值同比增长百分之\n十二，增速居全市前列。\n");
        assertEquals("宁波高新区加快打造具有国际竞争力的新材料产业创新高地", paragraphs.get(0));
        assertTrue(paragraphs.get(1).startsWith("金秋十月，走进宁波高新区"));
    }

    @Test
    void aNumberedHeadingStartsItsOwnParagraphEvenAfterATailWithoutFullStop() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced("今年以来，该区推出三项举措，累计", "解决企业诉求八百余件",
                "2.搭建线上诉求平台", "企业可通过平台提交诉求，一般诉求", "三个工作日内办结。"));
        assertEquals(List.of("今年以来，该区推出三项举措，累计解决企业诉求八百余件", "2.搭建线上诉求平台",
                "企业可通过平台提交诉求，一般诉求三个工作日内办结。"), paragraphs);
    }

    @Test
    void aNumberedHeadingWithACommaOnALineOfItsOwnStandsApart() {
        List<String> paragraphs = Reflow.paragraphs("初冬时节，走进科学城，一座座科研楼宇\n拔地而起，大科学装置昼夜运转，"
                + "\n各类创新主体加速集聚。\n\n一、集聚创新资源，筑牢策源地\n\n"
                + "该区已建成国家重大科技基础设施十四个，\n是全国大科学设施最密集的区域之一。\n");
        assertEquals(List.of("初冬时节，走进科学城，一座座科研楼宇拔地而起，大科学装置昼夜运转，各类创新主体加速集聚。",
                "一、集聚创新资源，筑牢策源地", "该区已建成国家重大科技基础设施十四个，是全国大科学设施最密集的区域之一。"),
                paragraphs);
    }

    @Test
    void aNumberedHeadingNarrowerThanTheColumnStandsApartWithoutBlankLines() {
        List<String> paragraphs = Reflow.paragraphs("初冬时节，走进科学城，一座座科研楼宇拔地\n而起，大科学装置昼夜运转，各类创新主体加\n"
                + "速集聚，创新生态持续优化。\n一、集聚创新资源，筑牢策源地\n该区已建成国家重大科技基础设施十四个，是\n"
                + "全国大科学设施最密集的区域之一，集聚了一\n批高水平研究机构。\n");
        assertEquals(List.of("初冬时节，走进科学城，一座座科研楼宇拔地而起，大科学装置昼夜运转，各类创新主体加速集聚，创新生态持续优化。",
                "一、集聚创新资源，筑牢策源地", "该区已建成国家重大科技基础设施十四个，是全国大科学设施最密集的区域之一，集聚了一批高水平研究机构。"),
                paragraphs);
    }

    @Test
    void thePagesFirstLineAboveAQuotationIsAHeadline() {
        List<String> paragraphs = Reflow.paragraphs("株洲高新区打造中小企业数字化转型样板\n“数字化改造让我们的订单交付周期缩短\n"
                + "了一半。”一家企业负责人说。作为全国首\n批中小企业数字化转型试点城市的核心区。\n");
        assertEquals("株洲高新区打造中小企业数字化转型样板", paragraphs.get(0));
    }

    @Test
    void numbersInsideASentenceAreNoHeadings() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced("该区第一产业占比下降，第", "二、三产业占比上升，全年增长",
                "1.5个百分点。"));
        assertEquals(List.of("该区第一产业占比下降，第二、三产业占比上升，全年增长1.5个百分点。"), paragraphs);
    }

    @Test
    void emptyAndBlankTextGiveNoParagraphs() {
        assertTrue(Reflow.paragraphs("").isEmpty());
        assertTrue(Reflow.paragraphs("\n\n  \n").isEmpty());
    }

    @Test
    void anEnglishParagraphIsRejoinedWithSpacesAndItsHyphenationUndone() {
        List<String> paragraphs = Reflow.paragraphs(
                "该企业海上风电机组单机容量已达到十六兆瓦。\n\nThe company says its offshore turbines now reach a unit\n"
                        + "capacity of sixteen megawatts, and that all core compo-\nnents were developed in-house.\n");
        assertEquals(List.of("该企业海上风电机组单机容量已达到十六兆瓦。",
                "The company says its offshore turbines now reach a unit capacity of sixteen megawatts, and that all core"
                        + " components were developed in-house."), paragraphs);
    }

    @Test
    void chineseTextAndAnEnglishLineAreTwoParagraphs() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced("关键词：国家高新区；创新效率；区域差异",
                "Regional Differences in the Innovation Efficiency of National High-tech Zones",
                "Abstract: Based on panel data of national high-tech zones from 2015 to 2022, this paper measures"));
        assertEquals(3, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(2).startsWith("Abstract:"));
    }

    @Test
    void aParagraphWhollyInBracketsStandsAlone() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced("（湖南大学经济与贸易学院，湖南 长沙 410079）",
                "摘要：基于国家高新区面板数据，测算各园区的创新效率。"));
        assertEquals(2, paragraphs.size(), paragraphs.toString());
    }

    @Test
    void aDashSubtitleRightUnderItsHeadlineIsALineOfItsOwn() {
        List<TextUnit> units = Reflow.units("佛山高新区数字化转型“链式”推进\n——龙头企业带动上下游五百家企业“上云用数”\n\n"
                + "佛山高新区近年来推行数字化转型模式，今年已有五百余家企业完成转型。\n\n该区还组织服务商开发轻量化应用。\n");
        assertEquals("佛山高新区数字化转型“链式”推进", units.get(0).text());
        assertEquals("——龙头企业带动上下游五百家企业“上云用数”", units.get(1).text());
    }

    @Test
    void aTitleUnderAWebCopysInformationLineIsNotGluedToTheText() {
        List<TextUnit> units = Reflow.units("來源：香港商報　發佈時間：2024-06-18\n東莞松山湖高新區打造大灣區科技創新高地\n"
                + "東莞松山湖高新區近年來加快建設大科學裝置集群，已集聚新型研發機構三十餘家。\n");
        assertEquals("東莞松山湖高新區打造大灣區科技創新高地", units.get(1).text());
    }

    @Test
    void aDatelineLineStartsAParagraphAndIsNeverAHeadline() {
        List<TextUnit> units = Reflow.units("合肥高新区发布人工智能产业支持政策\n新华社合肥11月3日电 合肥高新区3\n"
                + "日发布支持人工智能产业发展的若干政策，\n从算力补贴等方面提出二十条措施。\n");
        assertEquals("合肥高新区发布人工智能产业支持政策", units.get(0).text());
        assertTrue(units.get(1).text().startsWith("新华社合肥11月3日电 合肥高新区3日发布"), units.toString());
        assertTrue(!units.get(1).standalone());
    }

    @Test
    void aNarrowColumnHeadlineAboveALeadOpeningWithAZoneStaysAHeadline() {
        List<TextUnit> units = Reflow.units(doubleSpaced("该基地由区内一家新能源企业投资建设。", "一家“隐形冠军”的二十年坚守",
                "徐州高新区一家矿山装备企业二十年专注", "于矿用提升机研发，产品国内市场占有率", "超过四成。"));
        assertEquals("一家“隐形冠军”的二十年坚守", units.get(1).text());
        assertTrue(units.get(2).text().startsWith("徐州高新区一家矿山装备企业"));
    }

    @Test
    void hyphenatedLatinWordsInAWrappedParagraphAreJoined() {
        List<String> paragraphs = Reflow.paragraphs(doubleSpaced(
                "作用。国外学者 Za-", "borowski 认为，创业投资基金影响了美", "国经济。国外学者 Samila&So-",
                "renson 认为，产业基金与其他融资渠道", "相比具有优势。"));
        assertEquals(List.of("作用。国外学者 Zaborowski 认为，创业投资基金影响了美国经济。国外学者 Samila&Sorenson 认为，产业基金与其他融资渠道相比具有优势。"),
                paragraphs);
    }
}
