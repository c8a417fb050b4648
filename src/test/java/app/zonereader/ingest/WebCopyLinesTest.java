package app.zonereader.ingest;

import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.zonereader.ingest.SegmentedPages.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebCopyLinesTest {
    @Test
    void informationLinesAreKnownByTheirFields() {
        assertTrue(WebCopyLines.isInformation("来源：潍坊日报　　发布时间：2024-03-12 09:30　　点击数：1024"));
        assertTrue(WebCopyLines.isInformation("发布时间：2021-12-20"));
        assertTrue(WebCopyLines.isInformation("2021-12-20 10:32 来源：经济参考报 |"));
        assertTrue(WebCopyLines.isInformation("（来源：科技日报）"));
        assertTrue(WebCopyLines.isInformation("來源：香港商報　發佈時間：2024-06-18"), "Traditional fields match when folded");
        assertTrue(WebCopyLines.isInformation("2024年5月8日 14:20"), "a bare date stamp");
        assertTrue(WebCopyLines.isInformation("作者：李华　日期：2024-05-08"), "two weak fields together");
    }

    @Test
    void textWithAColonIsNoInformationLine() {
        assertFalse(WebCopyLines.isInformation("资金来源：区财政安排专项资金两千万元，用于支持企业技术改造。"), "a sentence");
        assertFalse(WebCopyLines.isInformation("时间：上午九点"), "one weak field alone");
        assertFalse(WebCopyLines.isInformation("潍坊高新区动力装备产业集群入选国家级集群"));
        assertFalse(WebCopyLines.isInformation("2024年，潍坊高新区规上工业产值增长一成"));
    }

    @Test
    void sourceAndDateAreReadFromTheLine() {
        String line = "发布时间：2023-11-20 16:05 | 来源：经济参考报 | 字号：大 中 小";
        assertEquals(Optional.of("经济参考报"), WebCopyLines.source(line));
        assertEquals(Optional.of("2023-11-20"), WebCopyLines.date(line));
        assertEquals(Optional.of("2024-05-08"), WebCopyLines.date("资讯来源：温州日报 发布日期：2024年5月8日"));
        assertEquals(Optional.of("香港商報"), WebCopyLines.source("來源：香港商報　發佈時間：2024-06-18"),
                "the source as printed");
        assertEquals(Optional.empty(), WebCopyLines.date("发布时间：2023-13-40"), "no such date");
        assertEquals(Optional.empty(), WebCopyLines.source("点击数：356"));
    }

    @Test
    void navigationIsKnown() {
        assertTrue(WebCopyLines.isNavigation("【收藏本文】【打印本页】【关闭窗口】"));
        assertTrue(WebCopyLines.isNavigation("[打印] [关闭]"));
        assertTrue(WebCopyLines.isNavigation("上一篇：潍坊高新区召开优化营商环境工作会议"));
        assertTrue(WebCopyLines.isNavigation("分享到：微信 微博"));
        assertTrue(WebCopyLines.isNavigation("返回顶部"));
        assertTrue(WebCopyLines.isNavigation("【打印】【關閉】"));
        assertFalse(WebCopyLines.isNavigation("【专题】潍坊高新区动力装备产业集群入选国家级集群"));
        assertFalse(WebCopyLines.isNavigation("分享经济在高新区蓬勃发展"));
    }

    @Test
    void aWebCopyKeepsSourceAndDateOnItsArticleAndDropsItsNavigation() {
        SegmentedPage page = new PageSegmenter().segment("""
                淄博高新区新材料产业营收同比增长12%
                发布时间：2023-11-20 16:05 | 来源：经济参考报 | 字号：大 中 小
                今年前三季度，淄博高新区新材料产业实现营业收入八百六十亿元，同比增长12%。
                淄博高新区重点发展先进陶瓷、高分子材料和特种玻璃等领域。
                【收藏本文】【打印】【关闭】
                上一篇：淄博高新区召开企业座谈会
                """);
        assertEquals(1, page.items().size(), () -> page.items().toString());
        SegmentedItem item = page.items().get(0);
        assertEquals("淄博高新区新材料产业营收同比增长12%", item.title());
        assertEquals("", item.subtitle());
        assertEquals("经济参考报", item.source());
        assertEquals("2023-11-20", item.date());
        assertFalse(body(item).contains("来源"));
        assertFalse(body(item).contains("上一篇"));
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.NAVIGATION_DROPPED && w.args().get(0).contains("上一篇")));
        assertTrue(page.warnings().stream().anyMatch(w -> w.code() == WarningCode.WEB_METADATA_TAKEN_OUT));
    }

    @Test
    void anInformationLineBetweenTwoCopiesOpensTheSecond() {
        SegmentedPage page = new PageSegmenter().segment("""
                温州高新区激光与光电产业链加速集聚
                资讯来源：温州日报 发布日期：2024年5月8日
                温州高新区近年来聚焦激光与光电产业，已集聚相关企业一百六十余家。
                嘉兴高新区发布科技成果转化十条措施
                资讯来源：嘉兴在线 发布日期：2024年5月9日
                近日，嘉兴高新区发布促进科技成果转化的十条措施。
                """);
        assertEquals(2, page.items().size(), () -> page.items().toString());
        assertEquals("嘉兴高新区发布科技成果转化十条措施", page.items().get(1).title());
        assertEquals("2024-05-09", page.items().get(1).date());
        assertEquals("温州日报", page.items().get(0).source());
    }
}
