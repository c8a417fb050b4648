package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
