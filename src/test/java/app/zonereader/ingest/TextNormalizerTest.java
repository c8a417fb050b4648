package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
