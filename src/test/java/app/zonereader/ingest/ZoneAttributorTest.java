package app.zonereader.ingest;

import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneAttributorTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();
    private static final ZoneAttributor ATTRIBUTOR = new ZoneAttributor(GAZETTEER, new HanlpWords(GAZETTEER));

    private static Optional<String> zoneOf(String title, String subtitle, String... paragraphs) {
        return ATTRIBUTOR.attribute(title, subtitle, List.of(paragraphs)).map(Zone::shortName);
    }

    @Test
    void titleBeatsMoreMentionsInTheBody() {
        assertEquals(Optional.of("济宁高新区"), zoneOf("济宁高新区跨域通办解决企业办证难", "",
                "近日，一家企业从永川高新区迁来。",
                "该企业此前在永川高新区办理了执照，永川高新区的工作人员协助办理。",
                "济宁高新区将继续优化服务。"));
    }

    @Test
    void mostFrequentZoneWinsWithoutATitleMention() {
        assertEquals(Optional.of("永川高新区"), zoneOf("让永川成为“成就工程师的城市”", "",
                "5月12日，永川高新区管委会与西门子签约。",
                "永川高新区将建设工程师学院，与济宁高新区、清远高新区的经验不同。",
                "永川高新区负责人表示。"));
    }

    @Test
    void passingMentionAmongOthersLosesToTheSubject() {
        assertEquals(Optional.of("清远高新区"), zoneOf("量子微波测量系统发布", "",
                "11月27日，发布会在清远高新区召开。",
                "此前该技术曾在合肥高新区展示。清远高新区将打造产业集群。"));
    }

    @Test
    void subtitleNamesTheSubjectWhenTheTitleDoesNot() {
        assertEquals(Optional.of("清远高新区"), zoneOf("探索具有区域特色产教融合之路", "清远高新区建人才对接“空中走廊”",
                "依托广东省职教城人才资源优势，合肥高新区也有类似做法。"));
    }

    @Test
    void noZoneNamedGivesEmptyEvenWithPlaceNames() {
        assertEquals(Optional.empty(), zoneOf("桂林市七星区开展世界艾滋病日宣传", "",
                "桂林市七星区漓东街道在空明社区开展主题宣传活动。永川区、合肥市也有活动。"));
    }

    @Test
    void twoZonesNamedEquallyGiveEmpty() {
        assertEquals(Optional.empty(), zoneOf("", "", "昆山高新区与常熟高新区签署合作协议。"));
    }

    @Test
    void roundUpOfSeveralZonesWithoutAHeadlineZoneGivesEmpty() {
        assertEquals(Optional.empty(), zoneOf("国家高新区创新活力持续增强", "",
                "中关村、东湖高新区、合肥高新区、成都高新区创新指数位居前列。",
                "东湖高新区光电子产业、合肥高新区量子产业、成都高新区软件产业增长较快。"));
    }

    @Test
    void roundUpRuleLeavesAClearSubjectAlone() {
        assertEquals(Optional.of("东湖高新区"), zoneOf("光电子产业加速集聚", "",
                "东湖高新区光电子产业增长较快，合肥高新区、成都高新区也有布局。",
                "东湖高新区将继续培育龙头企业。东湖高新区企业达到100家。"));
    }

    @Test
    void twoZonesInOneArticleTheOneInTheHeadlineWins() {
        assertEquals(Optional.of("昆山高新区"), zoneOf("昆山高新区与常熟高新区携手", "", "常熟高新区代表出席。"));
    }

    @Test
    void traditionalTextIsAttributed() {
        assertEquals(Optional.of("永川高新区"), zoneOf("永川高新區建產城職創融合發展示範區", "",
                "近日，教育部、重慶市政府聯合印發意見。"));
    }

    @Test
    void itemCaptionsCountAsBodyText() {
        SegmentedItem photo = new SegmentedItem(ItemKind.PHOTO, "", "", "", List.of(), List.of(),
                List.of("图为抚州高新区企业车间"), List.of());
        assertEquals("抚州高新区", ATTRIBUTOR.attribute(photo).orElseThrow().shortName());
        SegmentedItem article = new SegmentedItem(ItemKind.ARTICLE, "", "", "", List.of(),
                List.of(Paragraph.text("吉安高新区，地处著名的将军县。")), List.of(), List.of());
        assertEquals("吉安高新区", ATTRIBUTOR.attribute(article).orElseThrow().shortName());
    }

    @Test
    void rankingListsEveryZoneBestFirst() {
        List<ZoneScore> ranked = ATTRIBUTOR.score("合肥高新区签约", "", List.of("合肥高新区与济南高新区"));
        assertEquals(List.of("合肥高新区", "济南高新区"), ranked.stream().map(s -> s.zone().shortName()).toList());
        assertEquals(2, ranked.get(0).mentions());
        assertEquals(ZoneAttributor.TITLE_WEIGHT + ZoneAttributor.LEAD_WEIGHT, ranked.get(0).score());
    }

    @Test
    void unknownZoneLikeNamesAreReported() {
        List<String> unknown = ATTRIBUTOR.unknownZoneNames(
                "助力丽水高新区发展，永川高新区与湖北随州高新区、该高新区、全国高新区、省级高新区以及海宁国家高新区合作。");
        assertEquals(List.of("丽水高新区", "海宁高新区"), unknown);
    }

    @Test
    void knownZonesAreNotUnknown() {
        assertTrue(ATTRIBUTOR.unknownZoneNames("永川高新區、重庆永川高新技术产业开发区、济宁国家高新区").isEmpty());
    }
    @Test
    void aPersonWhoseNameStartsWithABareZoneNameIsNoMention() {
        assertEquals(Optional.empty(), zoneOf("临泉县举办农民丰收节", "",
                "9月23日，临泉县农民丰收节开幕。“今年粮食又是大丰收。”种粮大户张江华说。"));
        assertEquals(Optional.of("张江"), zoneOf("集成电路产业再上台阶", "",
                "张江集成电路产业规模占全国的六分之一。", "在张江，创新创业的成本越来越低。"));
    }

    @Test
    void nationalInsideANameAndAliasesResolveToTheGazetteersZone() {
        assertEquals(Optional.of("嘉兴高新区"), zoneOf("秀洲国家高新区光伏产业再添新项目", "",
                "近日，秀洲国家高新区与一家光伏企业签约。"));
        assertEquals(Optional.of("济宁高新区"), zoneOf("济宁国家级高新区新增专精特新企业", "", "据悉，这些企业分布在园区各地。"));
        assertEquals(Optional.of("潍坊高新区"), zoneOf("潍坊市高新区举办人才洽谈会", "", "共有120家企业参加。"));
    }

    @Test
    void theLongOfficialFormResolves() {
        assertEquals(Optional.of("永川高新区"), zoneOf("智能装备产业园开园", "",
                "5月12日，重庆永川高新技术产业开发区智能装备产业园开园，重庆永川高新技术产业开发区负责人介绍了园区规划。"));
    }

    @Test
    void bareHighTechZoneInTheHeadlineOfAnArticleSetInAOneZoneCityIsThatZone() {
        assertEquals(Optional.of("嘉兴高新区"), ATTRIBUTOR.attribute("高新区光伏产业链加速成形", "",
                List.of("本报讯 嘉兴12月3日电 记者从高新区管委会获悉，今年光伏产业产值增长三成。")).map(Zone::shortName));
    }

    @Test
    void bareHighTechZoneNamedTwiceTakesTheCityFromTheSourceLine() {
        List<ZoneScore> ranked = ATTRIBUTOR.score("光伏产业链加速成形", "", "来源：嘉兴日报",
                List.of("记者从高新区管委会获悉，今年光伏产业产值增长三成。", "高新区将继续招引链主企业。"));
        assertEquals(Optional.of("嘉兴高新区"), ZoneAttributor.choose(ranked).map(Zone::shortName));
    }

    @Test
    void bareHighTechZoneNeedsACityWithOneZone() {
        // 重庆 hosts four zones: 高新区 alone could be any of them
        assertEquals(Optional.empty(), zoneOf("高新区新建5G基站200个", "", "本报讯 重庆12月3日电 高新区新建基站200个。"));
        // named once in passing, 高新区 is not the subject
        assertEquals(Optional.empty(), zoneOf("光伏产业链加速成形", "", "嘉兴讯 今年光伏产业产值增长三成，高新区贡献较大。"));
    }

    @Test
    void aZoneNamedOnceAmongDistrictsIsOneItemOfAList() {
        assertEquals(Optional.empty(), zoneOf("嘉兴市重大项目集中开工", "",
                "12月5日，嘉兴市第四季度重大项目集中开工，南湖区、秀洲区、嘉善县和嘉兴高新区共32个项目参加。",
                "这些项目总投资达到260亿元，涉及新能源、新材料等产业。"));
    }

    @Test
    void aZoneNamedInTheLeadAndAgainIsTheSubjectDespiteDistricts() {
        assertEquals(Optional.of("嘉兴高新区"), zoneOf("光伏项目集中签约", "",
                "12月5日，嘉兴高新区与南湖区、秀洲区的12家企业集中签约。",
                "嘉兴高新区负责人表示，将做好项目服务。"));
    }

    @Test
    void aNameGluedToAnotherByAMiddleDotIsAPlatformNotTheZone() {
        assertEquals(Optional.empty(), zoneOf("青年创业者路演活动举行", "",
                "近日，大学城·中关村青创汇举办路演，20个项目参加。"));
    }

    @Test
    void aBareNameInAnArticleSetInAnotherCityIsACompanyNotTheZone() {
        assertEquals(Optional.empty(), zoneOf("杭州生物医药项目开工", "",
                "本报讯 杭州12月3日电 张江药业新厂房开工，张江药业计划投资5亿元。"));
        assertEquals(Optional.of("张江"), zoneOf("上海集成电路项目开工", "",
                "本报讯 上海12月3日电 张江新建一座集成电路工厂，张江再添龙头企业。"));
    }

    @Test
    void leadAndRecurringZoneWinsARoundUpOfZones() {
        assertEquals(Optional.of("东湖高新区"), zoneOf("光电子产业加速集聚", "",
                "东湖高新区光电子产业增长较快。",
                "合肥高新区、成都高新区、西安高新区也有布局，东湖高新区规模最大。"));
    }
}
