package app.zonereader.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraditionalMarkersTest {
    private static final TraditionalMarkers TABLE = new TraditionalMarkers(Map.of("區", "区", "萬", "万", "丰", "丰",
            "程式", "程序", "反覆", "反复", "乾坤", "乾坤"));

    @Test
    void simplifiedTextHasNoMarker() {
        assertFalse(TABLE.foundIn("永川高新区程序员反复测试，丰收一万"));
    }

    @Test
    void aConvertedCharacterIsAMarker() {
        assertTrue(TABLE.foundIn("永川高新區"));
        assertTrue(TABLE.foundIn("萬"));
    }

    @Test
    void aConvertedPhraseOfUnconvertedCharactersIsAMarker() {
        assertTrue(TABLE.foundIn("应用程式"));
        assertTrue(TABLE.foundIn("反覆"));
        assertFalse(TABLE.foundIn("覆盖"));
    }

    @Test
    void phrasesAreFoundThroughACharacterTheyShare() {
        TraditionalMarkers table = new TraditionalMarkers(Map.of("反覆", "反复", "答覆", "答复", "回覆", "回复"));
        assertTrue(table.foundIn("请答覆"));
        assertTrue(table.foundIn("回覆"));
        assertFalse(table.foundIn("覆盖回答"));
        assertFalse(table.foundIn("覆"));
    }

    @Test
    void entriesThatConvertToThemselvesAreNoMarkers() {
        assertFalse(TABLE.foundIn("乾坤 丰"));
    }

    @Test
    void everyEntryHanlpConvertsIsFound() {
        StringDictionary dictionary = new StringDictionary("=");
        assertTrue(dictionary.load(HanLP.Config.tcDictionaryRoot + "t2s.txt"));
        int changing = 0;
        for (Map.Entry<String, String> entry : dictionary.entrySet()) {
            String text = "发展" + entry.getKey() + "企业";
            if (!HanLP.convertToSimplifiedChinese(text).equals(text)) {
                changing++;
                assertTrue(TraditionalMarkers.hanlp().foundIn(text), entry.getKey());
            }
        }
        assertTrue(changing > 4000, "entries that change: " + changing);
    }

    @Test
    void textWithoutMarkersIsLeftUnchangedByHanlp() {
        String simplified = "本报记者 永川高新区管委会推动产教融合，程序员反复测试，覆盖全区；沈阳高新区一万家企业。";
        assertFalse(TraditionalMarkers.hanlp().foundIn(simplified));
        assertEquals(simplified, HanLP.convertToSimplifiedChinese(simplified));
        assertTrue(TraditionalMarkers.hanlp().foundIn("本報記者"));
    }
}
