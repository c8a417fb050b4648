package app.zonereader.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParserTest {
    @Test
    void wordsPhrasesAndPrefixes() {
        assertEquals(List.of(new QueryTerm("永川", false, false), new QueryTerm("西部 职业 教育", true, false),
                        new QueryTerm("数字", false, true), new QueryTerm("高新 区", true, true)),
                QueryParser.parse("  永川 \"西部  职业 教育\" 数字** \"高新 区\"*"));
    }

    @Test
    void operatorsAreText() {
        assertEquals(List.of(new QueryTerm("AND", false, false), new QueryTerm("NEAR(a", false, false),
                new QueryTerm("b)", false, false), new QueryTerm("-x", false, false), new QueryTerm("title:y", false, false)),
                QueryParser.parse("AND NEAR(a b) -x title:y"));
    }

    @Test
    void nothingSearchableGivesNoTerms() {
        assertTrue(QueryParser.parse("").isEmpty());
        assertTrue(QueryParser.parse(" \t ").isEmpty());
        assertTrue(QueryParser.parse("\"\"").isEmpty());
        assertTrue(QueryParser.parse("***").isEmpty());
        assertTrue(QueryParser.parse(null).isEmpty());
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertEquals(List.of(new QueryTerm("a", false, false), new QueryTerm("b c", true, false)),
                QueryParser.parse("a \"b c"));
    }

    @Test
    void longInputIsBounded() {
        assertEquals(QueryParser.MAX_TERMS, QueryParser.parse("字 ".repeat(1_000)).size());
        assertEquals(QueryParser.MAX_QUERY_CHARS, QueryParser.parse("字".repeat(1_000)).get(0).text().length());
    }
}
