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

    @Test
    void liveMarkersAreTheConvertedCharactersAndTheAnchorsWhosePhraseTheTextCanSpell() {
        // 程式: 程 and 式 both on the page, apart; 反覆 cannot be spelled without 反
        String page = "程序员的新方式\n覆盖全区";
        String live = TABLE.liveMarkersIn(page);
        assertTrue(live.indexOf('程') >= 0, live);
        assertEquals(-1, live.indexOf('覆'), live);
        assertEquals("區", TABLE.liveMarkersIn("永川高新區"));
        assertEquals("", TABLE.liveMarkersIn("永川高新区"));
    }

    @Test
    void lookingOnlyForLiveMarkersAgreesWithReadingEveryCharacter() {
        String page = "应用程序\n程\n式开发，反\n覆测试，永川高新區";
        String live = TABLE.liveMarkersIn(page);
        String[] parts = page.split("\n");
        String[] texts = {page, parts[0], parts[1] + parts[2], parts[2] + parts[3], parts[2], "程序式", ""};
        for (String text : texts) {
            assertEquals(TABLE.foundIn(text), TABLE.foundIn(text, live), text);
        }
        assertTrue(TABLE.foundIn(parts[1] + parts[2], live), "程式 spelled by joining two lines");
    }

    @Test
    void noMarkerOfHanlpsTableIsAsciiOrASpace() {
        // Norm.onPage relies on it: folding to half width makes only those
        TraditionalMarkers hanlp = TraditionalMarkers.hanlp();
        StringBuilder ascii = new StringBuilder(" \u3000\t\n");
        for (char c = 0x21; c < 0x7F; c++) {
            ascii.append(c);
        }
        assertEquals("", hanlp.liveMarkersIn(ascii.toString()));
        assertFalse(hanlp.foundIn(ascii.toString()));
    }
}
