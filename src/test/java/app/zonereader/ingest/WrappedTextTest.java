package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WrappedTextTest {
    @Test
    void latinWordsKeepOneSpaceAndChineseNone() {
        assertEquals("world trade", WrappedText.join("world", "trade"));
        assertEquals("高质量发展", WrappedText.join("高质量", "发展"));
        assertEquals("2019年", WrappedText.join("2019", "年"));
    }

    @Test
    void spacedOutOcrIsCollapsed() {
        assertEquals("“项目开工需要办理的用地规", WrappedText.collapseSpacedOut("“ 项 目 开 工 需 要 办 理 的 用 地 规"));
        assertEquals("通校企人才流动渠道，通过项目合", WrappedText.collapseSpacedOut("通 校 企 人 才 流 动 渠 道 ，通 过 项 目 合"));
        assertEquals("张张霞 梁诗颖", WrappedText.collapseSpacedOut("张张霞 梁诗颖"), "ordinary gaps stay");
        assertEquals("国家高新区高质量发展 在行动", WrappedText.collapseSpacedOut("国家高新区高质量发展 在行动"));
    }
}
