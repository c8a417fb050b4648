package app.zonereader.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.zonereader.model.SearchHit.HIT_END;
import static app.zonereader.model.SearchHit.HIT_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {
    @Test
    void marksEveryOccurrenceInTheWindowLongestFirst() {
        Snippets.Marked marked = Snippets.mark("永川高新区职教发展，职教", "永川高新区职教发展，职教", List.of("职教", "永川高新区"), List.of());
        assertEquals(HIT_START + "永川高新区" + HIT_END + HIT_START + "职教" + HIT_END + "发展，" + HIT_START + "职教" + HIT_END,
                marked.snippet());
        assertEquals(List.of("永川高新区", "职教"), marked.terms());
    }

    @Test
    void matchesOnTheFoldedTextButShowsTheOriginal() {
        // Full-width letters fold to ASCII of the same length; the snippet keeps what was printed.
        Snippets.Marked marked = Snippets.mark("用ＡＩ制造", "用AI制造", List.of("ai"), List.of());
        assertEquals("用" + HIT_START + "ＡＩ" + HIT_END + "制造", marked.snippet());
        assertEquals(List.of("ＡＩ"), marked.terms());
    }

    @Test
    void aLongDocumentIsCutAroundTheFirstHitOnOneLine() {
        String raw = "标题\n" + "前文".repeat(100) + "关键词" + "后文".repeat(100);
        Snippets.Marked marked = Snippets.mark(raw, raw, List.of("关键词"), List.of());
        assertTrue(marked.snippet().startsWith("…"));
        assertTrue(marked.snippet().endsWith("…"));
        assertTrue(marked.snippet().contains(HIT_START + "关键词" + HIT_END));
        assertTrue(marked.snippet().length() <= Snippets.LENGTH + 4);
        assertTrue(!marked.snippet().contains("\n"));
    }

    @Test
    void fallsBackToTheQueryWordsWhenTheTypedTextIsNotThere() {
        Snippets.Marked marked = Snippets.mark("产教，融合", "产教，融合", List.of("产教融合"), List.of("产教", "融合"));
        assertEquals(HIT_START + "产教" + HIT_END + "，" + HIT_START + "融合" + HIT_END, marked.snippet());
    }

    @Test
    void findsCaselessAndCasedNeedlesAlikeInADocumentWithCapitals() {
        Snippets snippets = new Snippets(List.of("职教", "σω"), List.of());
        Snippets.Marked marked = snippets.mark("GDP与职教，ΣΩ", "GDP与职教，ΣΩ");
        assertEquals("GDP与" + HIT_START + "职教" + HIT_END + "，" + HIT_START + "ΣΩ" + HIT_END, marked.snippet());
        assertEquals(List.of("职教", "ΣΩ"), marked.terms());
        Snippets.Marked chinese = new Snippets(List.of("职教"), List.of()).mark("GDP与职教", "GDP与职教");
        assertEquals(List.of("职教"), chinese.terms());
    }
}
