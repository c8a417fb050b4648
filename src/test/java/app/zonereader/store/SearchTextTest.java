package app.zonereader.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
