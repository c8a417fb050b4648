package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void onAPlainPageItsLinesAndJoinsFoldAsEverywhere() {
        String page = "本报讯（记者 张三）永川高新区举办产教融合大会，\nＡＢＣ１２３　高新区反复\n" + "科技金融。".repeat(60);
        String[] parts = page.split("\n");
        String joined = parts[0] + parts[1];
        String result = Norm.onPage(page, () -> {
            for (String text : new String[]{page, parts[0], parts[1], parts[2], joined}) {
                assertEquals(TextNormalizer.forMatching(text), Norm.of(text), text);
            }
            assertFalse(Norm.mayHoldTraditional(joined));
            return "done";
        });
        assertEquals("done", result);
    }

    @Test
    void aPageWithATraditionalCharacterIsCheckedAsBefore() {
        String page = "永川高新區舉辦大會\n本报讯 高新区";
        Norm.onPage(page, () -> {
            assertEquals("永川高新区举办大会", Norm.of("永川高新區舉辦大會"));
            assertTrue(Norm.mayHoldTraditional("永川高新區"));
            return null;
        });
    }

    @Test
    void aPhraseJoinedAcrossALineIsStillFoundBecauseItsAnchorIsOnThePage() {
        // 反覆 → 反复 is converted only as a phrase; its anchor 覆 on the page keeps the check on
        String page = "他们反\n覆研究";
        String joined = "他们反覆研究";
        Norm.onPage(page, () -> {
            assertEquals(TextNormalizer.forMatching(joined), Norm.of(joined));
            return null;
        });
    }

    @Test
    void scopesNestAndEndWithTheirWork() {
        String traditional = "高新區";
        Norm.onPage("高新区的职教", () -> {
            Norm.onPage("高新區職教", () -> {
                assertTrue(Norm.mayHoldTraditional(traditional));
                return null;
            });
            assertFalse(Norm.mayHoldTraditional("高新区"), "back in the plain page's scope");
            assertEquals("高新区", Norm.of(new String("高新区".toCharArray())));
            return null;
        });
        assertTrue(Norm.mayHoldTraditional(traditional), "outside every scope");
        assertEquals("高新区", Norm.of(new String(traditional.toCharArray())));
    }
}
