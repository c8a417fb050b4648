package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The memoised folding gives what {@link TextNormalizer#forMatching} gives, for every string, asked once or again. */
class NormTest {
    @Test
    void foldsLikeForMatchingWhateverWasAskedBefore() {
        String longTraditional = "永川高新區舉辦產教融合大會，".repeat(20);
        String[] texts = {"本报讯（记者 张三）", "本報訊（記者 李四）", "ＡＢＣ１２３　高新区", longTraditional, "", "永川高新區"};
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                assertEquals(TextNormalizer.forMatching(text), Norm.of(text), text);
                assertEquals(TextNormalizer.forMatching(text), Norm.of(text), text + ", asked again");
            }
        }
    }

    @Test
    void aStringEqualToTheLastButAnotherInstanceIsFoldedToo() {
        String line = "重庆永川高新區，職教";
        String folded = Norm.of(line);
        String copy = new String(line.toCharArray());
        assertEquals(folded, Norm.of(copy));
        assertEquals("重庆永川高新区,职教", Norm.of(copy));
    }

    @Test
    void theSameLineAskedTwiceInARowIsFoldedOnce() {
        String line = "本报讯，记者从永川高新区获悉";
        assertSame(Norm.of(line), Norm.of(line), "the second call returns the first call's result");
    }
}
