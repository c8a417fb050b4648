package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdDetectorTest {
    @Test
    void greetingNoticesAndContactBlocksAreAds() {
        assertTrue(AdDetector.isAd(List.of("乡村振兴 文化赋能", "热烈祝贺 中国作家益阳文学周活动 隆重举行", "书写新时代山乡巨变")));
        assertTrue(AdDetector.isAd(List.of("光谷科技园 招商进行中", "招商热线：027-87654321")));
        assertTrue(AdDetector.isAd(List.of("扫码关注 www.example.com")), "contact details alone suffice");
    }

    @Test
    void intertitlesWithCommonWordsAreNot() {
        assertFalse(AdDetector.isAd(List.of("精准招商 引育并举")));
        assertFalse(AdDetector.isAd(List.of("优化服务 欢迎企业落户")), "one weak word on one line");
        assertFalse(AdDetector.isAd(List.of("以赛促创 激发双创新动能", "校地互通 打造1+N众创空间")));
        assertFalse(AdDetector.isAd(List.of()));
    }
}
