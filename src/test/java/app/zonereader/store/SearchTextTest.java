package app.zonereader.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {
    @Test
    void lowerLowersEveryCharacterAndKeepsTheLength() {
        assertEquals("永川 ai σω zone-reader", SearchText.lower("永川 AI ΣΩ Zone-Reader"));
        assertEquals("永川高新区职教ai", SearchText.lower("永川高新区职教AI"), "a capital after a long run of lower case");
    }

    @Test
    void lowerReturnsTextWithNothingToLowerAsItIs() {
        String chinese = "永川高新区，职教 2024。";
        assertSame(chinese, SearchText.lower(chinese));
    }

    @Test
    void caselessNeedlesAreThoseLowerCasingCannotTouch() {
        assertTrue(SearchText.isCaseless("永川高新区职教 2024，。%-"));
        for (String cased : java.util.List.of("ai", "AI", "σ", "Ω", "k", "ß", "ⓐ", "ⅰ")) {
            // k: the Kelvin sign lower-cases to it; ß: so does ẞ; ⓐ and ⅰ: circled letters and Roman numerals have case.
            assertFalse(SearchText.isCaseless(cased), cased);
        }
    }

    @Test
    void aPhraseLosesOnlyTheSpacesBetweenHanCharacters() {
        assertEquals("国家高新区", SearchText.closeHanGaps("国家 高新区"));
        assertEquals("西部职业教育", SearchText.closeHanGaps("西部  职业\t教育"));
        assertEquals("AI 制造 NEAR 会议", SearchText.closeHanGaps("AI 制造 NEAR 会议"), "beside Latin letters: kept");
        assertEquals("5G 基站", SearchText.closeHanGaps("5G 基站"));
        assertEquals("第 5 版", SearchText.closeHanGaps("第 5 版"), "beside digits: kept");
        assertEquals("國家高新區", SearchText.closeHanGaps("國家 高新區"), "Traditional characters are Han too");
        assertEquals("𠀀𠀁", SearchText.closeHanGaps("𠀀 𠀁"), "outside the BMP");
        assertEquals("高新区， 企业", SearchText.closeHanGaps("高新区， 企业"), "beside punctuation: kept");
    }
}
