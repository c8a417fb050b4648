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

    @Test
    void findAllAgreesWithATryAtEveryOffset() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            String haystack = randomText(random, random.nextInt(40));
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                distinct.add(randomText(random, 1 + random.nextInt(3)));
            }
            List<String> needles = distinct.stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
            int from = random.nextInt(haystack.length() + 1);
            int to = from + random.nextInt(haystack.length() - from + 1);
            assertEquals(tryEveryOffset(haystack, from, to, needles), Snippets.findAll(haystack, from, to, needles),
                    haystack + " " + needles + " [" + from + ", " + to + ")");
        }
    }

    private static String randomText(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("aab职".charAt(random.nextInt(4)));
        }
        return text.toString();
    }

    /** The plain definition: at each offset the first (longest) needle that starts there and fits, else move on. */
    private static List<Snippets.Match> tryEveryOffset(String haystack, int from, int to, List<String> needles) {
        List<Snippets.Match> matches = new java.util.ArrayList<>();
        int i = from;
        while (i < to) {
            Snippets.Match found = null;
            for (String needle : needles) {
                if (i + needle.length() <= to && haystack.startsWith(needle, i)) {
                    found = new Snippets.Match(i, i + needle.length());
                    break;
                }
            }
            if (found == null) {
                i++;
            } else {
                matches.add(found);
                i = found.end();
            }
        }
        return matches;
    }
}
