package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BigramSimilarityTest {
    @Test
    void bigramsAreDistinctAndSkipPunctuation() {
        BigramSet grams = BigramSimilarity.bigrams("高新区，高新区");
        assertEquals(2, grams.size());
        assertTrue(grams.contains(BigramSet.code('高', '新')));
        assertTrue(grams.contains(BigramSet.code('新', '区')));
        assertFalse(grams.contains(BigramSet.code('区', '高')));
    }

    @Test
    void traditionalAndSimplifiedGiveTheSameBigrams() {
        BigramSet simplified = BigramSimilarity.bigrams("永川高新区");
        BigramSet traditional = BigramSimilarity.bigrams("永川高新區");
        assertEquals(simplified.size(), traditional.size());
        for (int i = 0; i < simplified.size(); i++) {
            assertEquals(simplified.codeAt(i), traditional.codeAt(i));
        }
    }

    @Test
    void setsKeepTheFirstOfRepeatedCodesInOrder() {
        int han = BigramSet.code('高', '新');   // above 0x8000 << 16: a negative int
        BigramSet set = BigramSet.of(new int[]{7, han, 3, 7, han, 99}, 5);
        assertEquals(3, set.size());
        assertEquals(List.of(7, han, 3), List.of(set.codeAt(0), set.codeAt(1), set.codeAt(2)));
        assertTrue(set.contains(3) && set.contains(7) && set.contains(han));
        assertFalse(set.contains(99));
        assertFalse(set.contains(0));
    }

    @Test
    void largeSetsHoldEveryCode() {
        int[] many = new int[5000];
        for (int i = 0; i < many.length; i++) {
            many[i] = BigramSet.code((char) ('一' + i % 2500), i < 2500 ? '区' : '园');
        }
        BigramSet set = BigramSet.of(many, many.length);
        assertEquals(5000, set.size());
        for (int code : many) {
            assertTrue(set.contains(code));
        }
        assertFalse(set.contains(BigramSet.code('一', '县')));
    }

    @Test
    void countsDocumentsPerBigram() {
        int[] many = new int[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = BigramSet.code((char) ('一' + i), '区');
        }
        BigramCounts counts = new BigramCounts(List.of(BigramSet.of(many, many.length), BigramSet.of(many, 10)));
        assertEquals(2, counts.count(many[0]));
        assertEquals(2, counts.count(many[9]));
        assertEquals(1, counts.count(many[999]));
        assertEquals(0, counts.count(BigramSet.code('a', 'b')));
        assertEquals(0, counts.count(0));
    }

    @Test
    void coverageWeighsBigramsByHowFewItemsHoldThem() {
        BigramSet common = BigramSimilarity.bigrams("发展");
        BigramSet both = BigramSimilarity.bigrams("发展，职教");
        BigramSimilarity similarity = new BigramSimilarity(List.of(both, common));
        // 发展 is in two items (weight 1/2), 职教 in one (weight 1): finding only 发展 covers a third
        assertEquals(1.0 / 3, similarity.coverage(both, common), 1e-12);
        assertEquals(1.0, similarity.coverage(both, both), 1e-12);
        assertEquals(0.0, similarity.coverage(BigramSimilarity.bigrams(""), both));
    }

    @Test
    void theShareFoundInATextIsTheShareFoundInItsBigrams() {
        String article = "永川高新区建产城职创融合发展示范区。教育部、重庆市政府联合印发《意见》，永川區建設西部職教基地。".repeat(100)
                + "量子微波测量";
        List<String> probes = List.of("产城职创融合", "永川高新區建設", "与此无关的句子", "", "ABC 123", "融合发展示范区，教育部",
                "量子微波测量");
        for (String probeText : probes) {
            BigramSet probe = BigramSimilarity.bigrams(probeText);
            BigramSet target = BigramSimilarity.bigrams(article);
            int found = 0;
            for (int i = 0; i < probe.size(); i++) {
                found += target.contains(probe.codeAt(i)) ? 1 : 0;
            }
            double expected = probe.size() == 0 ? 0 : (double) found / probe.size();
            assertEquals(expected, BigramSimilarity.shareFoundIn(probe, article), probeText);
        }
        assertTrue(article.length() > BigramSimilarity.MAX_CHARS, "only the opening counts, on both paths");
    }
}
