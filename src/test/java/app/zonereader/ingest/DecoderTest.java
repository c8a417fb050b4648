package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecoderTest {
    private static final String TEXT = "永川高新区建产城职创融合发展示范区\n本报讯 近日，教育部发布《意见》。";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithoutBom() {
        DecodedText decoded = Decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertTrue(decoded.warnings().isEmpty());
    }

    @Test
    void utf8ThatHoldsAReplacementCharacterOfItsOwnIsStillUtf8() {
        String text = TEXT + "（原文缺字：\uFFFD）";
        DecodedText decoded = Decoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertTrue(decoded.warnings().isEmpty(), "nothing was replaced");
    }

    @Test
    void bytesThatAreNotStrictUtf8AreNotTakenForIt() {
        // a truncated sequence, an overlong '/', an encoded surrogate (CESU-8): each read as GB18030 or reported
        for (byte[] tail : new byte[][]{{(byte) 0xE6, (byte) 0xB0}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] bytes = concat(TEXT.getBytes(StandardCharsets.UTF_8), tail);
            assertFalse("UTF-8".equals(Decoder.decode(bytes).charset()) && Decoder.decode(bytes).warnings().isEmpty(),
                    "not clean UTF-8");
        }
        byte[] gb = TEXT.getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertEquals("GB18030", Decoder.decode(gb).charset());
        assertEquals(TEXT, Decoder.decode(gb).text());
    }

    @Test
    void utf8BomIsDropped() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = Decoder.decode(bytes);
        assertEquals(TEXT, decoded.text());
        assertEquals("UTF-8", decoded.charset());
    }

    @Test
    void utf16LittleAndBigEndianWithBom() {
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, Decoder.decode(le).text());
        assertEquals("UTF-16LE", Decoder.decode(le).charset());
        assertEquals(TEXT, Decoder.decode(be).text());
        assertEquals("UTF-16BE", Decoder.decode(be).charset());
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() {
        String text = "Page 3\nZone report 2024\n永川高新区\n";
        DecodedText le = Decoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, le.text());
        assertEquals("UTF-16LE", le.charset());
        DecodedText be = Decoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, be.text());
        assertEquals("UTF-16BE", be.charset());
        assertFalse(le.warnings().isEmpty(), "a guessed charset is reported");
    }

    @Test
    void pureChineseUtf16WithoutBomIsRecognisedByWhatItDecodesTo() {
        String text = "永川高新区建产城职创融合发展示范区。教育部、重庆市政府联合印发《意见》，提出推进西部职业教育基地建设。";
        DecodedText decoded = Decoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, decoded.text());
        assertEquals("UTF-16LE", decoded.charset());
        DecodedText gb = Decoder.decode(text.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", gb.charset(), "GB18030 is not mistaken for UTF-16");
        assertEquals(text, gb.text());
    }

    @Test
    void gb18030AndGbkAreDetectedNotAssumed() {
        DecodedText gb = Decoder.decode(TEXT.getBytes(Charset.forName("GB18030")));
        assertEquals(TEXT, gb.text());
        assertEquals("GB18030", gb.charset());
        DecodedText gbk = Decoder.decode(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals(TEXT, gbk.text());
    }

    @Test
    void lineEndsAreNormalised() {
        DecodedText decoded = Decoder.decode("甲\r\n乙\r丙\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("甲\n乙\n丙\n", decoded.text());
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        DecodedText decoded = Decoder.decode("高新\u0000区\u000C发展\u0007".getBytes(StandardCharsets.UTF_8));
        assertEquals("高新区发展", decoded.text());
        assertTrue(decoded.warnings().contains(IngestWarning.of(WarningCode.NUL_REMOVED, "1")));
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.code() == WarningCode.CONTROLS_REMOVED));
    }

    @Test
    void webMarkupIsRemovedWithAWarning() {
        String html = "<p>标题</p><p>本报讯&nbsp;近日，R&amp;D投入&ldquo;加大&rdquo;。<br/>第二段<span class=\"x\">文字</span></p>";
        DecodedText decoded = Decoder.decode(html.getBytes(StandardCharsets.UTF_8));
        assertFalse(decoded.text().contains("<"), decoded.text());
        assertTrue(decoded.text().contains("本报讯 近日，R&D投入“加大”。"), decoded.text());
        assertTrue(decoded.text().contains("第二段文字"), decoded.text());
        assertTrue(decoded.text().contains("标题\n"), "block tags become line breaks");
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.code() == WarningCode.MARKUP_TAGS_REMOVED));
    }

    @Test
    void theDocumentHeadScriptsAndStylesAreNoPageText() {
        String html = "<html><head><title>杭州高新区</title><style>p{margin:0}</style></head><body>"
                + "<h1>杭州高新区数字经济规模再创新高</h1><script>var a = 1;</script><p>本报讯 近日，杭州高新区发布数据。</p></body></html>";
        String text = Decoder.decode(html.getBytes(StandardCharsets.UTF_8)).text();
        assertFalse(text.contains("margin") || text.contains("var a"), text);
        assertEquals("杭州高新区数字经济规模再创新高", text.strip().lines().findFirst().orElseThrow(), text);
    }

    @Test
    void aWindowTitleThatThePageDoesNotRepeatIsKept() {
        String html = "<head><title>宁波高新区新材料中试基地投入使用</title></head><p>近日，宁波高新区的中试基地投入使用。</p>";
        String text = Decoder.decode(html.getBytes(StandardCharsets.UTF_8)).text();
        assertEquals("宁波高新区新材料中试基地投入使用", text.strip().lines().findFirst().orElseThrow(), text);
    }

    @Test
    void textThatMerelyLooksLikeMarkupSurvives() {
        DecodedText decoded = Decoder.decode("增速1<2且a<b成立".getBytes(StandardCharsets.UTF_8));
        assertEquals("增速1<2且a<b成立", decoded.text());
        assertTrue(decoded.warnings().isEmpty());
    }

    @Test
    void undecodableBytesNeverThrow() {
        byte[] garbage = {(byte) 0xFF, (byte) 0x81, (byte) 0x30, (byte) 0xC0, (byte) 0x80, 0x41, (byte) 0xFE};
        DecodedText decoded = Decoder.decode(garbage);
        assertFalse(decoded.warnings().isEmpty());
    }

    @Test
    void emptyInputGivesEmptyTextAndAWarning() {
        DecodedText decoded = Decoder.decode(new byte[0]);
        assertEquals("", decoded.text());
        assertFalse(decoded.warnings().isEmpty());
        assertEquals("", Decoder.decode(null).text());
    }
}
