package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanlpWordsTest {
    private static final HanlpWords WORDS = new HanlpWords(ZoneGazetteer.bundled());
    private static final String SENTENCE = "永川高新区建产城职创融合发展示范区，职教学生在长城汽车永川工厂实训。";

    @Test
    void zoneNameStaysOneWord() {
        List<String> words = WORDS.words(SENTENCE);
        assertTrue(words.contains("永川高新区"), words.toString());
        assertFalse(words.contains("高新"), words.toString());
    }

    @Test
    void domainVocabularyIsKept() {
        List<String> words = WORDS.words(SENTENCE + "推动产教融合，培育专精特新企业。");
        assertTrue(words.contains("职教"), words.toString());
        assertTrue(words.contains("产教融合"), words.toString());
        assertTrue(words.contains("专精特新"), words.toString());
    }

    @Test
    void traditionalTextGivesTheSimplifiedWords() {
        assertEquals(WORDS.words("永川高新区管委会"), WORDS.words("永川高新區管委會"));
    }

    @Test
    void blanksAndPunctuationAreDroppedButNumbersAndLatinKept() {
        assertEquals(List.of("高新区", "企业", "5G", "基站", "100", "个"), WORDS.words("高新区 \n 企业，“5G基站”100个！"));
    }

    @Test
    void aSecondInstanceChangesNothingAndSegmentationIsDeterministic() throws Exception {
        List<String> before = WORDS.words(SENTENCE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                results.add(pool.submit(() -> (n % 2 == 0 ? new HanlpWords(ZoneGazetteer.bundled()) : WORDS).words(SENTENCE)));
            }
            for (Future<List<String>> result : results) {
                assertEquals(before, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
