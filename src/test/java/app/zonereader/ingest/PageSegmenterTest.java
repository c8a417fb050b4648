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

class PageSegmenterTest {
    private final PageSegmenter segmenter = new PageSegmenter();

    @Test
    void headlineSubtitleAndMarkedBylineOpenAFeature() {
        SegmentedPage page = segment("构建“科技+职教+金融”双创模式", "永川高新区推进产业转型升级的探索与成效", "▶ 张朝国",
                "党的十九大报告指出，我国经济已由高速增长阶段转向高质量发展阶段。", "（作者单位：永川高新区管委会）");
        assertEquals(1, page.items().size());
        SegmentedItem item = page.items().get(0);
        assertEquals("构建“科技+职教+金融”双创模式", item.title());
        assertEquals("永川高新区推进产业转型升级的探索与成效", item.subtitle());
        assertEquals(List.of("张朝国"), item.bylineNames());
        assertTrue(item.byline().contains("作者单位"), "the affiliation belongs to the byline");
        assertFalse(body(item).contains("张朝国"));
    }

    @Test
    void bylineFormsAreRecognised() {
        assertEquals(List.of("叶伟"), BylineParser.parseLine("▶ 本报记者 叶伟").orElseThrow().names());
        assertEquals(List.of("戈清平"), BylineParser.parseLine(" ▶▶ 本报记者 戈清平").orElseThrow().names());
        assertEquals(List.of("王强", "李明"), BylineParser.parseLine("本报记者 王强 通讯员 李明").orElseThrow().names());
        assertEquals(List.of("张三"), BylineParser.parseLine("文/图 张三").orElseThrow().names());
        assertEquals(List.of("张三"), BylineParser.parseLine("记者 张三").orElseThrow().names());
        assertEquals(List.of("张张霞", "梁诗颖"), BylineParser.parseLine("张张霞 梁诗颖").orElseThrow().names());
        assertEquals(List.of("陳大文"), BylineParser.parseLine("本報記者 陳大文").orElseThrow().names());
        assertEquals(List.of("王文明"), BylineParser.parseLine("记者 王文明").orElseThrow().names());
        assertEquals(List.of("何川", "李绵"), BylineParser.parseLine("（记者 何川 通讯员 李绵）").orElseThrow().names());
        assertTrue(BylineParser.parseLine("（一家企业的生产车间）").isEmpty());
        assertTrue(BylineParser.parseLine("■ 强链补链").isEmpty(), "a marked intertitle");
        assertTrue(BylineParser.parseLine("◆ 下一步").isEmpty(), "a marked intertitle");
        assertTrue(BylineParser.parseLine("金融").isEmpty(), "an ordinary word is no name");
        assertEquals(List.of("秦川"), BylineParser.parseLine("秦川").orElseThrow().names());
        assertEquals(List.of("刘光华"), BylineParser.parseLine("刘光华").orElseThrow().names());
        assertTrue(BylineParser.parseLine("（作者单位：永川高新区管委会）").isPresent());
        assertFalse(BylineParser.parseLine("乡村振兴 文化赋能").isPresent(), "not names");
        assertFalse(BylineParser.parseLine("明确新的方向").isPresent());
        assertFalse(BylineParser.parseLine("高新发展").isPresent(), "a bare four-character phrase is not a name");
    }

    @Test
    void namesAfterTheLastSentenceAreTheBylineNotBodyText() {
        BylineParser.BylineSplit split = BylineParser.trailing("问题，提升企业办事体验。 谢彦波").orElseThrow();
        assertEquals("问题，提升企业办事体验。", split.body());
        assertEquals(List.of("谢彦波"), split.byline().names());
        assertEquals(List.of("闫丽君", "李冠英"),
                BylineParser.trailing("工作人员表示。 闫丽君 李冠英").orElseThrow().byline().names());
        assertFalse(BylineParser.trailing("这是一个普通的句子。").isPresent());
        assertFalse(BylineParser.trailing("他说 我们一起努力").isPresent(), "names must follow a finished sentence");
    }

    @Test
    void benbaoxunOpensAnItemAndIsStrippedFromTheBody() {
        SegmentedPage page = segment("本报讯（记者 王强 通讯员 李明） 近日，合肥高新区项目落地。该项目总投资5亿元。",
                "本报讯 近日，济南高新区完成申报工作。申报家数位列第一。 纪馨");
        assertEquals(2, page.items().size());
        SegmentedItem first = page.items().get(0);
        assertTrue(body(first).startsWith("近日，合肥高新区"), body(first));
        assertEquals(List.of("王强", "李明"), first.bylineNames());
        SegmentedItem second = page.items().get(1);
        assertEquals(List.of("纪馨"), second.bylineNames());
        assertFalse(body(second).contains("本报讯"));
    }

    @Test
    void headlinesPrintedAfterTheirBodiesGoToTheMatchingArticle() {
        SegmentedPage page = segment(
                "本报讯 近日，烟台东源产业园项目正式落户烟台高新区。该项目使用的工业用地是“标准地”。 闫丽君",
                "本报讯 在近日公布的“昆科贷”榜单中，昆山高新区以完成贷款148笔的成绩位居榜首。金融活水赋能科技创新。 孙格菲",
                "昆山高新区引金融活水赋能科技创新", "烟台高新区工业用地迈入“标准地”时代");
        assertEquals("烟台高新区工业用地迈入“标准地”时代", itemContaining(page, "烟台东源").title());
        assertEquals("昆山高新区引金融活水赋能科技创新", itemContaining(page, "昆科贷").title());
    }

    @Test
    void aDisplacedHeadlineAboveAnotherItemGoesToItsOwnArticle() {
        SegmentedPage page = segment(
                "本报讯 近日，济宁高新区审批局为企业提供跨域通办服务，解决企业异地办证难题。 谢彦波",
                "济宁高新区跨域通办解决企业办证难",
                "本报讯 近日，常熟高新区获批江苏省“互联网+先进制造业”基地。 徐百炼");
        assertEquals("济宁高新区跨域通办解决企业办证难", itemContaining(page, "济宁高新区审批局").title());
        assertEquals("", itemContaining(page, "常熟高新区获批").title());
    }

    @Test
    void intertitlesStayInTheirArticleAndASecondShortLineIsACaption() {
        SegmentedPage page = segment("让永川成为“成就工程师的城市”",
                "5月12日，永川高新区管委会与西门子公司签约，三方将共育智能制造新工程师，引入德国职业教育的先进经验。",
                "明确新的方向", "《意见》提出，要推动成渝地区职业教育协同发展，推进西部职业教育基地建设。",
                "曾开创中国职教“第四种模式”", "永川经贸校制茶国家级示范专业",
                "西部职教基地建管委负责人表示，他们近年来在推动融合发展方面积极探索。");
        SegmentedItem item = page.items().get(0);
        assertEquals(1, page.items().size());
        assertTrue(item.body().contains(Paragraph.heading("明确新的方向")));
        assertTrue(item.body().contains(Paragraph.heading("曾开创中国职教“第四种模式”")));
        assertEquals(List.of("永川经贸校制茶国家级示范专业"), item.photoCaptions());
    }

    @Test
    void greetingNoticesAreAds() {
        SegmentedPage page = segment("本报讯 近日，抚州高新区行政审批局推进党建工作。成效明显。 傅新荣",
                "乡村振兴 文化赋能", "热烈祝贺 中国作家益阳文学周活动 隆重举行", "书写新时代山乡巨变");
        SegmentedItem ad = itemContaining(page, "热烈祝贺");
        assertEquals(ItemKind.AD, ad.kind());
        assertTrue(body(ad).contains("乡村振兴"));
        assertFalse(body(itemContaining(page, "抚州高新区")).contains("热烈祝贺"));
    }

    @Test
    void anOrphanSectionGoesToTheMostSimilarArticleNotToTheOneBeforeIt() {
        SegmentedPage page = segment("探索具有区域特色产教融合之路", "▶ 本报记者 张张霞",
                "近年来,依托广东省职教城人才资源优势,清远高新区凤翔谷在推动校企深度合作上下功夫。",
                "合肥高新区: 总投资5亿元项目落地",
                "本报讯 近日,合肥高新区与北京海步医药有限公司正式签约,助力合肥市生物医药产业发展。 刘畅",
                "以赛促创 激发双创新动能",
                "今年3月,清远高新区凤翔谷举办大学生创新创业大赛,吸引了广东省职教城10所院校的项目团队报名参与。");
        SegmentedItem qingyuan = itemContaining(page, "依托广东省职教城");
        assertTrue(body(qingyuan).contains("举办大学生创新创业大赛"));
        assertTrue(qingyuan.body().contains(Paragraph.heading("以赛促创 激发双创新动能")));
        assertFalse(body(itemContaining(page, "海步医药")).contains("创新创业大赛"));
        assertEquals(2, page.items().size());
    }

    @Test
    void aSentenceCutByTheLayoutIsJoinedAgain() {
        SegmentedPage page = segment("探索具有区域特色产教融合之路", "▶ 本报记者 张张霞",
                "近年来,依托广东省职教城人才资源优势,清远高新区凤翔谷在推动校企深度合作上下功夫。",
                "办创业大赛、邀请国赛评委专家举办备赛训练营等一系列活动,助力大学生创新创业。",
                "以赛促创 激发双创新动能",
                "今年3月,清远高新区凤翔谷大学生创新创业大赛总决赛举行,吸引了省职教城300多个项目团队报名。",
                "“通过与广东省职教城高校联合举");
        String text = body(itemContaining(page, "依托广东省职教城")).replace("\n", "");
        assertTrue(text.contains("“通过与广东省职教城高校联合举办创业大赛"), text);
    }

    @Test
    void jumpLinesAreRemovedAndReported() {
        SegmentedPage page = segment("上接第1版", "成都高新区将继续深化改革，推动营商环境持续优化。（下转第3版）");
        SegmentedItem item = page.items().get(0);
        assertEquals("成都高新区将继续深化改革，推动营商环境持续优化。", body(item).strip());
        assertEquals(2, item.warnings().stream().filter(w -> w.code() == WarningCode.JUMP_LINE_REMOVED || w.code() == WarningCode.JUMP_NOTE_REMOVED).count());
    }

    @Test
    void aZoneHeadlineInsideAnUnclosedArticleStartsANewItem() {
        SegmentedPage page = segment("武进高新区推进高质量发展",
                "近年来,武进高新区大力促进产业链、创新链、金融链融合,全力推进高质量发展。",
                "吉安高新区构筑绿色产业集聚高地", "吉安高新区地处江西省吉安市吉安县,2015年升级为国家高新区。");
        assertEquals(2, page.items().size());
        assertEquals("吉安高新区构筑绿色产业集聚高地", itemContaining(page, "地处江西省").title());
        assertFalse(body(itemContaining(page, "武进高新区大力")).contains("吉安"));
    }

    @Test
    void anOrphanHeadedByAnotherZoneStandsAlone() {
        SegmentedPage page = segment("本报讯 近日，合肥高新区与北京海步医药有限公司正式签约，项目总投资5亿元。 刘畅",
                "芜湖高新区创优营商环境", "今年以来，芜湖高新区深入推进签约项目落地，新签约项目60余个，总投资378亿元。");
        assertEquals(2, page.items().size());
        assertEquals("芜湖高新区创优营商环境", itemContaining(page, "新签约项目60余个").title());
    }

    @Test
    void reportingWordsAreNotNames() {
        assertEquals(List.of("张三"), BylineParser.parseLine("本报记者 张三 报道").orElseThrow().names());
    }

    @Test
    void unbracketedJumpNotesAtParagraphEdgesAreRemoved() {
        SegmentedPage page = segment("本报讯 成都高新区将继续深化改革，推动营商环境持续优化。下转第3版");
        assertEquals("成都高新区将继续深化改革，推动营商环境持续优化。", body(page.items().get(0)).strip());
    }

    @Test
    void pageFurnitureBelongsToNoItem() {
        SegmentedPage page = segment("2023年5月29日 星期一", "责任编辑：张三 美术编辑：李四", "合肥高新区项目落地",
                "本报讯 近日，合肥高新区与北京海步医药有限公司正式签约。项目总投资5亿元。 刘畅");
        assertEquals(1, page.items().size());
        SegmentedItem item = page.items().get(0);
        assertEquals("合肥高新区项目落地", item.title());
        assertEquals(List.of("刘畅"), item.bylineNames());
        assertEquals(2, page.warnings().stream().filter(w -> w.code() == WarningCode.PAGE_FURNITURE_DROPPED).count());
    }

    @Test
    void datelinedLeadsBracketedReportersAndPhotoCredits() {
        SegmentedPage page = segment("合肥高新区项目落地",
                "本报合肥5月28日电（记者 王强） 近日，合肥高新区与北京海步医药有限公司正式签约。",
                "签约现场 王五 摄", "项目总投资5亿元，将助力合肥市生物医药产业发展。（记者 赵六）");
        SegmentedItem item = page.items().get(0);
        assertTrue(body(item).startsWith("近日，合肥高新区"), body(item));
        assertEquals(List.of("王强", "赵六"), item.bylineNames());
        assertEquals(List.of("签约现场 王五 摄"), item.photoCaptions());
        assertFalse(body(item).contains("记者"));
    }

    @Test
    void anUnbracketedCreditAfterTheLeadIsTheByline() {
        SegmentedPage page = segment("东湖高新区光电子信息产业规模突破5000亿元",
                "本报讯 记者 张明 通讯员 李红、王芳 近日，从东湖高新区管委会获悉，该区光电子信息产业规模突破5000亿元。");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("张明", "李红", "王芳"), item.bylineNames());
        assertTrue(body(item).startsWith("近日，从东湖高新区"), body(item));
    }

    @Test
    void anUnbracketedCreditIsFoundInTraditionalScriptToo() {
        SegmentedPage page = segment("東湖高新區光電子資訊產業規模突破5000億元",
                "本報訊 記者 張明 近日，從東湖高新區管委會獲悉，該區光電子資訊產業規模突破5000億元。");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("張明"), item.bylineNames());
        assertTrue(body(item).startsWith("近日，從東湖高新區"), body(item));
    }

    @Test
    void aBracketedNameOnItsOwnLineClosesTheArticleAsItsByline() {
        SegmentedPage page = segment("中关村论坛在京开幕",
                "本报讯 日前，2021中关村论坛在北京开幕，吸引了全球40多个国家和地区的嘉宾参加。",
                "（李明）");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("李明"), item.bylineNames());
        assertFalse(body(item).contains("李明"));
        SegmentedPage word = segment("中关村论坛在京开幕", "本报讯 日前，2021中关村论坛在北京开幕。", "（上）");
        assertEquals(List.of(), word.items().get(0).bylineNames(), "a bracketed word is not a name");
    }

    @Test
    void aBracketedNameAfterTheLastSentenceIsTheByline() {
        SegmentedPage page = segment("成都高新区出台措施支持独角兽企业发展",
                "本报讯 日前，成都高新区发布若干政策，对首次入选全球独角兽榜单的企业给予最高1000万元奖励。 （张蓉）");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("张蓉"), item.bylineNames());
        assertTrue(body(item).strip().endsWith("奖励。"), body(item));
        SegmentedPage place = segment("杭州高新区数字安防产业集群全球领先", "本报讯 园区新设一批研发中心。（滨江）");
        assertTrue(body(place.items().get(0)).strip().endsWith("（滨江）"), "a bracketed place is not a name");
    }

    @Test
    void aSectionBannerAboveTheEditorsLineIsPageHeaderNotAHeadline() {
        SegmentedPage page = segment("中国高新技术产业导报 2021年12月13日 星期一", "国家高新区",
                "责任编辑：王琳 电话：010-68667266", "青岛高新区海洋经济产业园开园", "▶ 本报记者 孙静",
                "12月8日，青岛高新区海洋经济产业园正式开园，首批30家涉海企业集中入驻。");
        SegmentedItem item = page.items().get(0);
        assertEquals("青岛高新区海洋经济产业园开园", item.title());
        assertEquals("", item.subtitle());
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.COLUMN_BANNER_DROPPED && w.args().get(0).contains("国家高新区")));
    }

    @Test
    void aLineOfScannerSpecksIsLeftOutWithAWarning() {
        SegmentedPage page = segment("苏州工业园区与新加坡合作项目签约", "▶ 本报记者 陈卓",
                "11月30日，苏州工业园区与新加坡国立大学签署合作备忘录。", "■■■ ▲▲ 。。",
                "据悉，苏州工业园区目前累计引进外资项目5000余个。");
        SegmentedItem item = page.items().get(0);
        assertFalse(body(item).contains("■"), body(item));
        assertTrue(body(item).contains("5000余个"));
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.NOISE_LINE_DROPPED));
    }

    @Test
    void wordsAfterTheLeadThatAreNotACreditStayInTheBody() {
        SegmentedPage glued = segment("合肥高新区项目落地", "本报讯 记者张明近日从合肥高新区获悉，项目总投资5亿元。");
        assertTrue(body(glued.items().get(0)).startsWith("记者张明近日"), "a name glued to the text is not cut");
        SegmentedPage notAName = segment("合肥高新区项目落地", "本报讯 记者 获悉 合肥高新区项目总投资5亿元。");
        assertTrue(body(notAName.items().get(0)).startsWith("记者 获悉"), body(notAName.items().get(0)));
        assertEquals(List.of(), notAName.items().get(0).bylineNames());
    }

    @Test
    void aSectionPrintedInsideTheNextFeatureMovesBackToItsArticle() {
        SegmentedPage page = segment("吉安高新区：“两化融合”构筑绿色产业集聚高地", "▶ 本报记者 于大勇",
                "吉安高新区地处江西省吉安市吉安县,近年来已发展为绿色产业集聚的高地。",
                "芜湖高新区：“四送一服”创优营商环境", "▶ 本报记者 于大勇",
                "2021年以来,芜湖高新区认真学习贯彻,努力做好“高”“新”两篇文章。",
                "推进绿色协调发展", "截至2021年11月,吉安高新区已实施绿色改造项目18个,总投资17.04亿元。");
        SegmentedItem jian = itemContaining(page, "地处江西省");
        assertTrue(jian.body().contains(Paragraph.heading("推进绿色协调发展")), jian.body().toString());
        assertTrue(body(jian).contains("已实施绿色改造项目18个"));
        assertFalse(body(itemContaining(page, "两篇文章")).contains("绿色改造"));
    }

    @Test
    void aHeadlineBlockAfterAClosedItemOpensAnArticleEvenWithoutLeadOrByline() {
        SegmentedPage page = segment(
                "本报讯 近日，常熟高新区获批江苏省“互联网+先进制造业”基地，常熟高新区将全力开拓新蓝海。 徐百炼",
                "常熟高新区获批江苏省先进制造业基地",
                "探索具有区域特色产教融合之路", "清远高新区建人才对接“空中走廊”", "图片来源: 清远高新区",
                "清远市国资委组织市属国有企业参加专场招聘洽谈会。",
                "近年来,依托广东省职教城人才资源优势,清远高新区在推动校企深度合作上下功夫。",
                "清远高新区凤翔谷与省职教城建立常态化沟通机制,打造校企“双走进”活动品牌。");
        assertEquals(2, page.items().size());
        SegmentedItem qingyuan = itemContaining(page, "依托广东省职教城");
        assertEquals("探索具有区域特色产教融合之路", qingyuan.title());
        assertEquals("清远高新区建人才对接“空中走廊”", qingyuan.subtitle());
        assertEquals(1, qingyuan.photoCaptions().size());
        assertEquals("常熟高新区获批江苏省先进制造业基地", itemContaining(page, "全力开拓新蓝海").title());
    }

    @Test
    void theSegmenterNeverThrows() {
        Random random = new Random(42);
        String alphabet = "高新区本报讯记者▶图片来源：，。！“”\n\n  abc123-转第版";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SegmentedPage page = segmenter.segment(text.toString());
            assertTrue(page.items().size() <= text.length() + 1);
            assertTrue(page.warnings().stream().noneMatch(w -> w.code() == WarningCode.PAGE_KEPT_WHOLE),
                    () -> "fell back on: " + text);
        }
        assertTrue(segmenter.segment(null).items().isEmpty());
        assertTrue(segmenter.segment("   \n").items().isEmpty());
    }
    @Test
    void aNewsLeadAboutAnotherZoneEndsAnArticleWhoseBylineWasAtTheTop() {
        SegmentedPage page = segment("宁波高新区新材料产业园开工", "▶ 本报记者 钱江",
                "近日，宁波高新区新材料产业园开工建设，总投资三十亿元。",
                "宁波高新区相关负责人表示，产业园建成后将集聚企业百余家。",
                "日前，洛阳高新区首批智能工厂通过验收，八家企业生产效率平均提升两成。",
                "洛阳高新区对企业改造投入给予补贴。",
                "洛阳高新区首批智能工厂通过验收");
        assertEquals(2, page.items().size(), () -> "items: " + page.items());
        SegmentedItem first = itemContaining(page, "新材料产业园开工建设");
        assertFalse(body(first).contains("洛阳"));
        SegmentedItem second = itemContaining(page, "首批智能工厂通过验收，");
        assertEquals("洛阳高新区首批智能工厂通过验收", second.title());
    }

    @Test
    void aNewsLeadAboutTheSameZoneStaysInTheArticle() {
        SegmentedPage page = segment("宁波高新区新材料产业园开工", "▶ 本报记者 钱江",
                "近日，宁波高新区新材料产业园开工建设，总投资三十亿元。",
                "日前，宁波高新区又有三个新材料项目签约。");
        assertEquals(1, page.items().size(), () -> "items: " + page.items());
    }
    @Test
    void aGreetingNoticeAfterAnArticleIsOneAdNotAnIntertitle() {
        SegmentedPage page = segment("株洲高新区轨道交通产业集群加速壮大", "▶ 本报记者 谭湘",
                "今年以来，株洲高新区新引进轨道交通配套项目十二个，总投资四十亿元。",
                "“配套企业就在身边，物流成本降低了三成。”一家整机企业负责人说。",
                "热烈祝贺", "湖南某某电气股份有限公司在深圳证券交易所成功上市！", "诚邀各界朋友莅临指导",
                "联系电话：0731-2888666");
        assertEquals(2, page.items().size(), () -> "items: " + page.items());
        SegmentedItem ad = itemContaining(page, "热烈祝贺");
        assertEquals(ItemKind.AD, ad.kind());
        assertTrue(body(ad).contains("成功上市") && body(ad).contains("0731-2888666"), body(ad));
        assertFalse(body(itemContaining(page, "物流成本")).contains("上市"));
    }
    @Test
    void displacedTitleAndSubtitlePairsGoToTheirArticles() {
        SegmentedPage page = segmenter.segment(String.join("\n",
                "本报讯 近日，宁波高新区新材料中试平台建成投用，首批八个中试项目同步启动。 钱甬",
                "本报讯 记者从苏州工业园获悉，园区纳米技术应用产业前三季度产值超千亿元，同比增长12.3%。 沈园",
                "园区纳米技术应用产业产值超千亿元", "前三季度同比增长12.3%",
                "宁波高新区新材料中试平台建成投用", "首批八个中试项目同步启动") + "\n");
        SegmentedItem ningbo = itemContaining(page, "中试平台建成投用，");
        assertEquals("宁波高新区新材料中试平台建成投用", ningbo.title());
        assertEquals("首批八个中试项目同步启动", ningbo.subtitle());
        SegmentedItem suzhou = itemContaining(page, "纳米技术应用产业前三季度");
        assertEquals("园区纳米技术应用产业产值超千亿元", suzhou.title());
        assertEquals("前三季度同比增长12.3%", suzhou.subtitle());
    }

    @Test
    void aNumberedHeadingBelowTheBylineIsTheFirstIntertitle() {
        SegmentedPage page = segment("稀土“宝藏”如何变成产业“宝藏”", "——包头稀土高新区推动稀土产业链延链补链强链纪实",
                "▶ 本报记者 苏蒙", "（一）从卖原料到卖材料",
                "包头稀土高新区是全国唯一以稀土命名的国家高新区，近年来坚持延链补链强链。");
        SegmentedItem item = itemContaining(page, "延链补链强链。");
        assertEquals("稀土“宝藏”如何变成产业“宝藏”", item.title());
        assertTrue(body(item).startsWith("（一）从卖原料到卖材料\n"), () -> "body: " + body(item));
    }

    @Test
    void aHeadlineAboveAnOpeningWith眼下StandsAlone() {
        SegmentedPage page = segment("近日，厦门火炬高新区一处工地引入远程操控系统，施工效率提升约两成。", "图为智能塔吊正在吊装构件。",
                "本报记者 林鹭 摄", "威海高新区：医疗器械企业加紧赶制订单", "眼下，威海高新区多家医疗器械企业开足马力生产，",
                "订单已排到明年二月。");
        SegmentedItem item = itemContaining(page, "开足马力");
        assertEquals("威海高新区：医疗器械企业加紧赶制订单", item.title());
        assertFalse(body(item).contains("赶制订单"));
    }
}
