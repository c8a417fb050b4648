package app.zonereader.ingest;

import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static app.zonereader.ingest.SegmentedPages.body;
import static app.zonereader.ingest.SegmentedPages.itemContaining;
import static app.zonereader.ingest.SegmentedPages.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photo credits and captions: which picture a caption belongs to, and which text is a caption. */
class CaptionReaderTest {
    @Test
    void captionsWithCreditsBelongToTheirArticleAndLoneCaptionsArePhotos() {
        SegmentedPage page = segment("探索具有区域特色产教融合之路", "图片来源: 清远高新区",
                "清远市国资委组织市属国有企业参加专场招聘洽谈会。",
                "近年来,依托广东省职教城人才资源优势,清远高新区在推动校企深度合作上下功夫。 张张霞",
                "11月26日，桂林市七星区漓东街道开展主题宣传活动暨广场舞比赛。图为参赛队伍载歌载舞，弘扬主旋律。",
                "图片来源：桂林市七星区");
        SegmentedItem article = itemContaining(page, "依托广东省职教城");
        assertEquals(1, article.photoCaptions().size());
        assertTrue(article.photoCaptions().get(0).startsWith("清远市国资委组织"));
        SegmentedItem photo = itemContaining(page, "桂林市七星区漓东街道");
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertTrue(body(photo).contains("图片来源：桂林市七星区"));
    }

    @Test
    void aCaptionPrintedAwayFromItsArticleJoinsIt() {
        SegmentedPage page = segment(
                "本报讯 近日，永川高新区职教学生在长城汽车永川工厂开展实训，学习整车生产技术。 戈清平",
                "职教学生在长城汽车永川工厂实训 图片来源：永川高新区",
                "本报讯 近日，常熟高新区获批江苏省“互联网+先进制造业”基地。 徐百炼");
        assertEquals(List.of("职教学生在长城汽车永川工厂实训 图片来源：永川高新区"),
                itemContaining(page, "长城汽车永川工厂开展实训").photoCaptions());
        assertEquals(2, page.items().size());
    }

    @Test
    void aShortLineAboveACreditIsItsCaption() {
        SegmentedPage page = segment("让永川成为“成就工程师的城市”",
                "5月12日，永川高新区管委会与西门子公司签约，三方将共育智能制造新工程师。",
                "永川经贸校制茶国家级示范专业", "（李明 摄）",
                "根据协议，三方将引入德国职业教育的先进经验和标准，持续开展专业建设。");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("永川经贸校制茶国家级示范专业 （李明 摄）"), item.photoCaptions());
        assertFalse(body(item).contains("示范专业"));
    }

    @Test
    void aShortTuweiLineIsACaption() {
        SegmentedPage page = segment("本报讯 近日，合肥高新区与北京海步医药有限公司正式签约，项目总投资5亿元。",
                "图为签约现场", "该项目将助力合肥市生物医药产业发展。 刘畅");
        SegmentedItem item = page.items().get(0);
        assertEquals(List.of("图为签约现场"), item.photoCaptions());
        assertFalse(body(item).contains("签约现场"));
    }

    @Test
    void aDatedPhotoStoryInsideAnArticleAboutSomethingElseStandsAlone() {
        SegmentedPage page = segment("宁波高新区新材料产业产值增长两成", "▶ 本报记者 钱江",
                "前三季度，宁波高新区新材料产业实现产值八百亿元，同比增长两成。",
                "11月20日，工人在洛阳高新区一家轴承企业的生产线上检测产品。今年以来，该企业订单同比增长四成。 本报记者 孟洛 摄",
                "宁波高新区相关负责人表示，将加快建设新材料创新中心，推动新材料产业规模再上台阶。");
        assertEquals(2, page.items().size(), () -> "items: " + page.items());
        SegmentedItem photo = itemContaining(page, "轴承企业");
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertTrue(itemContaining(page, "新材料创新中心").photoCaptions().isEmpty());
    }
    @Test
    void aShortLineAboveAPictureCaptionIsNoIntertitle() {
        SegmentedPage page = segment("洛阳高新区农机装备创新中心签约",
                "本报讯 11月22日，洛阳高新区与一家农机企业签署战略合作协议，共建农机装备创新中心。 孟洛",
                "宁波高新区新材料产业园开工", "▶ 本报记者 钱江", "近日，宁波高新区新材料产业园开工建设，总投资三十亿元。",
                "西安高新区半导体产业再添新项目", "图为西安高新区一家半导体企业的洁净车间内，技术人员正在检测晶圆。");
        assertFalse(body(itemContaining(page, "新材料产业园开工建设")).contains("半导体"));
        SegmentedItem photo = itemContaining(page, "洁净车间");
        assertEquals(ItemKind.PHOTO, photo.kind());
    }
    @Test
    void aSentenceAboveAPhotographersCreditIsThePicturesCaption() {
        SegmentedPage page = segment("11月18日，观众在洛阳高新区的展会上体验农业机器人。", "本报记者 孟洛 摄",
                "宁波高新区新材料产业园开工", "▶ 本报记者 钱江", "近日，宁波高新区新材料产业园开工建设，总投资三十亿元。");
        SegmentedItem photo = itemContaining(page, "农业机器人");
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertTrue(body(photo).contains("孟洛"), "the credit stays with its picture");
        assertEquals(2, page.items().size(), () -> "items: " + page.items());
    }}
