package app.zonereader.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FuzzyMatcherTest {
    @Test
    void findsExactAndEditedOccurrencesWithTheirSpans() {
        assertEquals(List.of(new FuzzyMatcher.Match(2, 6, 0)), FuzzyMatcher.find("abcd", "xxabcdxx", 1));
        assertEquals(List.of(new FuzzyMatcher.Match(2, 6, 1)), FuzzyMatcher.find("abcd", "xxabXdxx", 1), "substitution");
        assertEquals(List.of(new FuzzyMatcher.Match(2, 5, 1)), FuzzyMatcher.find("abcd", "xxabdxxx", 1), "deletion");
        assertEquals(List.of(new FuzzyMatcher.Match(2, 7, 1)), FuzzyMatcher.find("abcd", "xxabYcdx", 1), "insertion");
    }

    @Test
    void reportsEachSeparateOccurrenceOnce() {
        List<FuzzyMatcher.Match> matches = FuzzyMatcher.find("高新区", "高新区和高薪区与高新", 1);
        assertEquals(3, matches.size(), matches.toString());
        assertEquals(0, matches.get(0).start());
        assertEquals(0, matches.get(0).distance());
        assertEquals(4, matches.get(1).start());
        assertEquals(1, matches.get(1).distance());
    }

    @Test
    void findsNothingBeyondTheAllowedEdits() {
        assertTrue(FuzzyMatcher.find("abcd", "xxaXXdxx", 1).isEmpty());
        assertTrue(FuzzyMatcher.find("", "abc", 1).isEmpty());
        assertTrue(FuzzyMatcher.find("abc", "abc", -1).isEmpty());
    }
}
