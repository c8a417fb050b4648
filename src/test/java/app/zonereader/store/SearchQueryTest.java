package app.zonereader.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {
    private static final WordSplitter SPLITTER = new DictionarySplitter();

    @Test
    void givesTheWordExpressionTheNeedlesAndTheWords() {
        SearchQuery query = SearchQuery.of("永川 \"职教 发展\" 产教*", SPLITTER, TextFolder.identity());
        assertEquals(Optional.of("\"永川\" \"职教 发展\" \"产教\"*"), query.wordExpression());
        assertEquals(List.of("\"永川\"", "\"职教 发展\"", "\"产教\"*"), query.wordPhrases());
        // A phrase is one string of text: Chinese has no spaces between its words.
        assertEquals(List.of("永川", "职教发展", "产教"), query.needles());
        assertEquals(List.of("永川", "职教", "发展", "产教"), query.words());
    }

    @Test
    void aTermOfPunctuationOnlyLeavesNoWordExpression() {
        SearchQuery query = SearchQuery.of("职教 %", SPLITTER, TextFolder.identity());
        assertEquals(Optional.empty(), query.wordExpression());
        assertEquals(List.of("职教", "%"), query.needles());
        assertEquals(List.of("职教"), query.words());
    }

    @Test
    void foldsBeforeSplittingAndDropsRepeatedNeedles() {
        TextFolder fullWidth = text -> text.replace('Ａ', 'A').replace('Ｉ', 'I');
        SearchQuery query = SearchQuery.of("ＡＩ AI", SPLITTER, fullWidth);
        assertEquals(List.of("AI"), query.needles());
        assertEquals(Optional.of("\"AI\" \"AI\""), query.wordExpression());
    }

    @Test
    void foldsAndSplitsEachTermOnce() {
        AtomicInteger folds = new AtomicInteger();
        AtomicInteger splits = new AtomicInteger();
        SearchQuery.of("永川 职教 \"西部 职业 教育\"", text -> {
            splits.incrementAndGet();
            return SPLITTER.words(text);
        }, text -> {
            folds.incrementAndGet();
            return text;
        });
        assertEquals(3, folds.get());
        assertEquals(3, splits.get());
    }

    @Test
    void blankTextIsEmpty() {
        assertTrue(SearchQuery.of(" \"\" ", SPLITTER, TextFolder.identity()).isEmpty());
        assertTrue(SearchQuery.of(null, SPLITTER, TextFolder.identity()).isEmpty());
    }
}
