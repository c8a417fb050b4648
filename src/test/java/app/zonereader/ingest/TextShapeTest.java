package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextShapeTest {
    @Test
    void numberedHeadings() {
        for (String line : new String[]{"一、集聚设施", "（二）强化保障", "(三)优化服务", "3.完善机制", "十二、展望未来"}) {
            assertTrue(TextShape.startsEnumeratedHeading(line), line);
        }
        for (String line : new String[]{"二、三产业融合", "1.5亿元", "第一、", "产业一、二"}) {
            assertFalse(TextShape.startsEnumeratedHeading(line), line);
        }
    }

    @Test
    void stripGivesWhatStringStripGivesForEveryCharacterAtEitherEnd() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String text : new String[]{ch, ch + "高新区" + ch, "高新区" + ch, ch + "ab"}) {
                assertEquals(text.strip(), TextShape.strip(text), "U+" + Integer.toHexString(c));
            }
        }
        String line = "永川高新区";
        assertSame(line, TextShape.strip(line), "nothing to strip: no copy");
        assertEquals("", TextShape.strip(""));
    }

    @Test
    void unbalancedOpeningsPairByPair() {
        for (String text : new String[]{"他说：“走", "（一", "(a", "《规划", "「引", "『引", "“a”“b"}) {
            assertTrue(TextShape.hasUnbalancedOpening(text), text);
        }
        for (String text : new String[]{"“走”", "（一）", "(a)", "《规划》", "「引」", "『引』", "”“", "）（", "a”", ""}) {
            assertFalse(TextShape.hasUnbalancedOpening(text), text);
        }
    }

    @Test
    void sentenceMarksAndWidths() {
        for (char c : "，。；！？,;".toCharArray()) {
            assertTrue(TextShape.isSentenceMark(c), String.valueOf(c));
            assertTrue(TextShape.hasSentenceMarks("高新区" + c + "职教"));
        }
        for (char c : "、：:—“”.!?".toCharArray()) {
            assertFalse(TextShape.isSentenceMark(c), String.valueOf(c));
        }
        assertEquals(0, TextShape.visualWidth(""));
        assertEquals(3.5, TextShape.visualWidth("高新区a"));
        assertEquals(1.5, TextShape.visualWidth("abc"));
    }
}
