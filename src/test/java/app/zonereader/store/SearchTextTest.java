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
}
