package app.zonereader.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggerTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();
    private static final Tagger TAGGER = new Tagger(new HanlpWords(GAZETTEER), GAZETTEER);
    private static final String TITLE = "永川高新区建产城职创融合发展示范区";
    private static String body;

    /** The lead article of a sample page, its hard-wrapped lines joined back. */
    @BeforeAll
    static void readArticle() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("assets/pages/000_0c56615beea04158.txt"));
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(0, 120)) {
            text.append(line.strip());
        }
        body = text.toString();
    }

    @Test
    void realisticArticleGetsFiveToTenTags() {
        List<String> tags = TAGGER.tags(TITLE, body, GAZETTEER.byShortName("永川高新区").orElseThrow());
        assertTrue(tags.size() >= Tagger.MIN_TAGS && tags.size() <= Tagger.MAX_TAGS, tags.toString());
        assertTrue(tags.contains("职业教育") || tags.contains("职教"), tags.toString());
        assertTrue(tags.contains("产教融合"), tags.toString());
    }

    @Test
    void tagsAreNoStopWordsNumbersOrSingleCharacters() {
        List<String> tags = TAGGER.tags("2021年11月发布", "近日，记者从有关部门了解到，该项目于2021年11月投产，年产值5亿元，"
                + "项目采用工业互联网技术，工业互联网平台接入企业105家。工业互联网让制造更智能。");
        assertFalse(tags.isEmpty());
        for (String tag : tags) {
            assertTrue(tag.length() > 1, tag);
            assertFalse(tag.matches(".*\\d.*"), tag);
            assertFalse(List.of("近日", "记者", "有关", "部门").contains(tag), tag);
        }
        assertEquals("工业互联网", tags.get(0));
    }

    @Test
    void otherZonesAreNotTagsButTheOwnZoneMayBe() {
        String text = "永川高新区与济宁高新区签约。永川高新区推动产教融合，永川高新区职教发展迅速。济宁高新区推动跨域通办。";
        List<String> untagged = TAGGER.tags("", text);
        assertFalse(untagged.contains("永川高新区"), untagged.toString());
        assertFalse(untagged.contains("济宁高新区"), untagged.toString());
        List<String> own = TAGGER.tags("", text, GAZETTEER.byShortName("永川高新区").orElseThrow());
        assertTrue(own.contains("永川高新区"), own.toString());
        assertFalse(own.contains("济宁高新区"), own.toString());
    }

    @Test
    void timeWordsCountTailsAndReportingPhrasesAreNoTags() {
        List<String> tags = TAGGER.tags("", "据介绍，三季度园区新增企业300余家，同比增长。三季度物联网产业营收增长，物联网产业集聚300余家企业。");
        for (String bad : List.of("三季度", "余家", "据介绍", "同比")) {
            assertFalse(tags.contains(bad), tags.toString());
        }
        assertTrue(tags.contains("物联网产业"), tags.toString());
    }

    @Test
    void theOwnZoneIsTaggedByItsShortName() {
        List<String> tags = TAGGER.tags("中关村科技园区发布新政策", "中关村科技园区发布支持政策，中关村科技园区企业可获补贴。",
                GAZETTEER.byShortName("中关村").orElseThrow());
        assertTrue(tags.contains("中关村"), tags.toString());
        assertFalse(tags.contains("中关村科技园区"), tags.toString());
    }

    @Test
    void noTagIsContainedInAnother() {
        List<String> tags = TAGGER.tags(TITLE, body);
        for (String a : tags) {
            for (String b : tags) {
                assertTrue(a.equals(b) || !a.contains(b), a + " contains " + b);
            }
        }
        assertEquals(tags.size(), tags.stream().distinct().count());
    }

    @Test
    void phrasesCutFromOneLongerRunAreNotAllKept() {
        String text = "中国首台套量子微波测量系统发布。量子微波测量系统由研究院研制，量子微波测量系统填补空白。"
                + "首台套量子微波测量系统将服务计量行业。";
        List<String> tags = TAGGER.tags("首台套量子微波测量系统发布", text);
        long pieces = tags.stream().filter(tag -> tag.contains("微波")).count();
        assertEquals(1, pieces, tags.toString());
    }

    @Test
    void tagsAreStableAcrossRunsAndInstances() {
        List<String> first = TAGGER.tags(TITLE, body);
        Tagger other = new Tagger(new HanlpWords(GAZETTEER), GAZETTEER);
        assertEquals(first, TAGGER.tags(TITLE, body));
        assertEquals(first, other.tags(TITLE, body));
    }

    @Test
    void aShortCaptionGetsAtMostTheMinimum() {
        List<String> tags = TAGGER.tags("", "11月26日，桂林市七星区漓东街道在空明社区党建主题文化广场开展第34个“世界艾滋病日”"
                + "主题宣传活动，居民表演广场舞、快板等节目，传播正能量，弘扬主旋律，展现新时代社区风采。");
        assertTrue(tags.size() <= Tagger.MIN_TAGS && !tags.isEmpty(), tags.toString());
    }

    @Test
    void emptyTextHasNoTags() {
        assertEquals(List.of(), TAGGER.tags("", ""));
    }
}
