package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structural lines, in Simplified, Traditional and full-width print: the quick checks before each pattern look at the matching form. */
class LineClassifierTest {
    @Test
    void furnitureLines() {
        assertTrue(LineClassifier.isFurniture("责任编辑：王芳"));
        assertTrue(LineClassifier.isFurniture("責任編輯：王芳"));
        assertTrue(LineClassifier.isFurniture("２０２４年５月２０日 星期一"));
        assertTrue(LineClassifier.isFurniture("第3版"));
        assertTrue(LineClassifier.isFurniture("12 版"));
        for (String line : new String[]{"美编：李四", "编辑:张三", "校对：王五", "版式设计：赵六", "中国高新网", "www.chinahightech.com"}) {
            assertTrue(LineClassifier.isFurniture(line), line);
        }
        assertFalse(LineClassifier.isFurniture("本版编辑：王芳"));
    }

    @Test
    void credits() {
        assertTrue(LineClassifier.isCredit("图片来源：永川高新区"));
        assertTrue(LineClassifier.isCredit("圖片來源：永川高新區"));
        assertTrue(LineClassifier.isCredit("（本报记者 张蓉 攝）"));
        assertFalse(LineClassifier.isCredit("永川高新区推动产教融合"));
    }

    @Test
    void jumpLinesAndNotes() {
        assertTrue(LineClassifier.isJumpLine("（下转第3版）"));
        assertTrue(LineClassifier.isJumpLine("（上接第１頁）"));
        assertFalse(LineClassifier.isJumpLine("第3版"));
        assertTrue(LineClassifier.mentionsJump("产业规模突破百亿元。（下轉第3頁）"));
        assertFalse(LineClassifier.mentionsJump("产业规模突破百亿元。"));
    }

    @Test
    void pictureCaptionsAndLeads() {
        assertTrue(LineClassifier.saysPicture("图为永川高新区的实训基地。"));
        assertTrue(LineClassifier.saysPicture("永川高新区一景。圖為實訓基地。"));
        assertFalse(LineClassifier.saysPicture("地图为我们指路"));
        assertTrue(LineClassifier.isLead("本报讯（记者 张三）永川高新区…"));
        assertTrue(LineClassifier.isLead("本報5月1日訊 永川高新區…"));
        assertFalse(LineClassifier.isLead("据本报讯，永川高新区…"));
    }
}
