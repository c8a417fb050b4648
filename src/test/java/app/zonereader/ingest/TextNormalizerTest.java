package app.zonereader.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {
    @Test
    void foldsFullWidthAsciiButKeepsChinesePunctuation() {
        assertEquals("A1:(x),“产城职创”。", TextNormalizer.forMatching("Ａ１：（ｘ），“产城职创”。"));
    }

    @Test
    void turnsTraditionalIntoSimplifiedWithTheSameLength() {
        String traditional = "本報記者 永川高新區管委會";
        String normalised = TextNormalizer.forMatching(traditional);
        assertEquals("本报记者 永川高新区管委会", normalised);
        assertEquals(traditional.length(), normalised.length());
    }

    @Test
    void convertsPhrasesWrittenWithSimplifiedCharacters() {
        assertEquals("应用程序反复测试", TextNormalizer.forMatching("应用程式反覆测试"));
    }

    @Test
    void leavesSimplifiedTextAsItIs() {
        String simplified = "沈阳高新区实现5G网络全覆盖";
        assertEquals(simplified, TextNormalizer.forMatching(simplified));
    }

    @Test
    void foldingHalfWidthTextGivesTheSameString() {
        String half = "2024年5月 GDP 增长5.2%";
        assertSame(half, TextNormalizer.foldWidth(half));
        assertEquals("GDP 5%", TextNormalizer.foldWidth("ＧＤＰ\u3000５％"));
    }

    @Test
    void addsNoSpaces() {
        // BylineParser.trailing looks for the gap before closing names only where the printed text has a space
        StringDictionary table = new StringDictionary("=");
        assertTrue(table.load(HanLP.Config.tcDictionaryRoot + "t2s.txt"));
        for (Map.Entry<String, String> entry : table.entrySet()) {
            String spaces = entry.getKey().replaceAll("[^ \u3000]", "");
            assertEquals(spaces, entry.getValue().replaceAll("[^ \u3000]", ""), entry.getKey());
        }
        assertEquals("名 字", TextNormalizer.forMatching("名\u3000字"));
    }
}
