package app.zonereader.store;

import app.zonereader.model.ArticleKey;
import app.zonereader.model.TextAnchor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding a highlight again in changed text, without a database. */
class ReanchorerTest {
    private static final String HASH = "a".repeat(64);
    private static final ArticleKey FIRST = new ArticleKey(HASH, 0);
    private static final ArticleKey SECOND = new ArticleKey(HASH, 1);
    private static final String TEXT = "永川高新区近日召开推进会。会议提出，要加快建设西部职业教育基地，推动产教融合发展。"
            + "全区已有二十所职业院校入驻职教城，在校生超过十五万人。";
    private static final String QUOTE = "加快建设西部职业教育基地";

    private final Reanchorer reanchorer = new Reanchorer();

    private static TextAnchor anchorOf(String text, String quote) {
        int start = text.indexOf(quote);
        return TextAnchor.of(text, start, start + quote.length());
    }

    private Optional<Reanchorer.Found> find(TextAnchor anchor, String... texts) {
        List<Reanchorer.Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            candidates.add(new Reanchorer.Candidate(new ArticleKey(HASH, i), texts[i]));
        }
        return reanchorer.find(anchor, FIRST, candidates);
    }

    @Test
    void unchangedTextKeepsTheHighlightWhereItWas() {
        TextAnchor anchor = anchorOf(TEXT, QUOTE);
        Reanchorer.Found found = find(anchor, TEXT).orElseThrow();
        assertEquals(new Reanchorer.Found(FIRST, anchor, Reanchorer.Quality.EXACT), found);
    }

    @Test
    void textEditedNextToTheHighlightKeepsItExactlyAtItsNewOffset() {
        TextAnchor anchor = anchorOf(TEXT, QUOTE);
        String edited = "【本报讯】" + TEXT.replace("会议提出", "会议明确提出");
        Reanchorer.Found found = find(anchor, edited).orElseThrow();
        assertEquals(Reanchorer.Quality.EXACT, found.quality());
        assertEquals(QUOTE, found.anchor().exact());
        assertEquals(edited.indexOf(QUOTE), found.anchor().start());
        assertEquals("会议明确提出，要", found.anchor().prefix().substring(found.anchor().prefix().length() - 8));
    }

    @Test
    void aFewCharactersChangedInsideTheQuoteIsAFuzzyMatch() {
        TextAnchor anchor = anchorOf(TEXT, QUOTE);
        String ocrFixed = TEXT.replace("西部职业教育基地", "西部職業教育基池");  // three characters differ
        Reanchorer.Found found = find(anchor, ocrFixed).orElseThrow();
        assertEquals(Reanchorer.Quality.FUZZY, found.quality());
        assertEquals("加快建设西部職業教育基池", found.anchor().exact());
        assertEquals(ocrFixed.indexOf("加快"), found.anchor().start());
    }

    @Test
    void tooManyEditsOrTheTextGoneLeavesItOrphaned() {
        TextAnchor anchor = anchorOf(TEXT, QUOTE);
        assertTrue(find(anchor, TEXT.replace("要加快建设西部职业教育基地，", "")).isEmpty(), "the sentence is gone");
        assertTrue(find(anchor, TEXT.replace("建设西部职业教育", "打造东部物流")).isEmpty(), "more than a quarter changed");
        assertTrue(find(anchor).isEmpty(), "no items at all");
    }

    @Test
    void anArticleCutInTwoLetsEachHighlightFollowItsHalf() {
        int cut = TEXT.indexOf("全区");
        TextAnchor early = anchorOf(TEXT, QUOTE);
        TextAnchor late = anchorOf(TEXT, "二十所职业院校");
        String firstHalf = TEXT.substring(0, cut);
        String secondHalf = TEXT.substring(cut);
        Reanchorer.Found first = find(early, firstHalf, secondHalf).orElseThrow();
        Reanchorer.Found second = find(late, firstHalf, secondHalf).orElseThrow();
        assertEquals(FIRST, first.key());
        assertEquals(SECOND, second.key());
        assertEquals(Reanchorer.Quality.EXACT, second.quality());
        assertEquals(secondHalf.indexOf("二十所"), second.anchor().start());
    }

    @Test
    void ofSeveralOccurrencesTheOneWithTheRememberedContextWins() {
        String text = "第一段说高新区。第二段也说高新区的事。第三段再提高新区。";
        int second = text.indexOf("高新区", text.indexOf("第二段"));
        TextAnchor anchor = TextAnchor.of(text, second, second + 3);
        String moved = "导语。" + text;
        assertEquals(moved.indexOf("高新区", moved.indexOf("第二段")), find(anchor, moved).orElseThrow().anchor().start());
    }

    @Test
    void equalContextsGoToTheOccurrenceNearestTheOldOffset() {
        TextAnchor anchor = new TextAnchor("园区", "", "", 10, 12);
        String text = "园区" + "。".repeat(9) + "园区" + "。".repeat(20) + "园区";
        Reanchorer.Found found = find(anchor, text).orElseThrow();
        assertEquals(11, found.anchor().start());
    }

    @Test
    void theSameItemWinsOverAnotherWithEqualContext() {
        TextAnchor anchor = anchorOf(TEXT, QUOTE);
        Reanchorer.Found found = reanchorer.find(anchor, SECOND, List.of(new Reanchorer.Candidate(FIRST, TEXT),
                new Reanchorer.Candidate(SECOND, TEXT))).orElseThrow();
        assertEquals(SECOND, found.key());
    }

    @Test
    void onlyAQuoteCanBeFound() {
        assertThrows(IllegalArgumentException.class, () -> find(TextAnchor.WHOLE_ARTICLE, TEXT));
    }

    @Test
    void contextScoresTheCharactersThatAgreeReadingOutwards() {
        TextAnchor anchor = new TextAnchor("B", "xa", "cy", 2, 3);
        assertEquals(1.0, Reanchorer.context(anchor, "xaBcy", 2, 3));
        assertEquals(0.5, Reanchorer.context(anchor, "zaBcz", 2, 3));
        assertEquals(0.0, Reanchorer.context(anchor, "B", 0, 1));
    }

    @Test
    void hundredsOfFuzzyLookUpsOnALongPageStayFast() {
        String page = TEXT.repeat(80);  // about 6,000 characters
        List<Reanchorer.Candidate> items = List.of(new Reanchorer.Candidate(FIRST, page),
                new Reanchorer.Candidate(SECOND, page));
        TextAnchor anchor = anchorOf(TEXT, QUOTE + "，推动产教融合发展");
        TextAnchor changed = new TextAnchor(anchor.exact().replace("职业", "技术"), anchor.prefix(), anchor.suffix(),
                anchor.start(), anchor.end());
        long start = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            assertEquals(Reanchorer.Quality.FUZZY, reanchorer.find(changed, FIRST, items).orElseThrow().quality());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("MEASURE 300 fuzzy re-anchorings over two 6,000-character items: " + millis + " ms");
        assertTrue(millis < 5_000, "300 fuzzy look-ups took " + millis + " ms");
    }
}
