package app.zonereader.ui;

import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextSegmentTest {
    private static final char S = SearchHit.HIT_START;
    private static final char E = SearchHit.HIT_END;

    @Test
    void snippetMarksBecomeHitSegments() {
        assertEquals(List.of(new TextSegment("园区", false), new TextSegment("数字经济", true), new TextSegment("成为", false),
                        new TextSegment("增长", true)),
                TextSegment.fromMarkedSnippet("园区" + S + "数字经济" + E + "成为" + S + "增长" + E));
    }

    @Test
    void unbalancedMarksNeverLeakIntoTheText() {
        assertEquals(List.of(new TextSegment("a", false), new TextSegment("b", true)),
                TextSegment.fromMarkedSnippet("a" + E + S + "b"));
    }

    @Test
    void highlightFindsEveryOccurrenceIgnoringCase() {
        assertEquals(List.of(new TextSegment("5G", true), new TextSegment("基站与", false), new TextSegment("5g", true)),
                TextSegment.highlight("5G基站与5g", List.of("5G")));
    }

    @Test
    void longestTermWinsWhereTermsOverlap() {
        assertEquals(List.of(new TextSegment("数字经济", true), new TextSegment("和", false), new TextSegment("数字", true)),
                TextSegment.highlight("数字经济和数字", List.of("数字", "数字经济")));
    }

    @Test
    void noTermsGivesOnePlainSegment() {
        assertEquals(List.of(new TextSegment("全文", false)), TextSegment.highlight("全文", List.of()));
        assertEquals(List.of(new TextSegment("全文", false)), TextSegment.highlight("全文", List.of(" ")));
    }
}
