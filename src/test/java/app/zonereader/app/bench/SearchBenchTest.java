package app.zonereader.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchBenchTest {
    @TempDir
    Path dir;

    @Test
    void reportsImportTimingsPerQueryClassAndSize() {
        String report = SearchBench.run(dir, 300, SearchBenchTest::characters);
        assertTrue(report.contains("import: 300 articles in 30 pages"), report);
        for (String queryClass : List.of("1-2 chars", "cross-word substring", "zone names", "multi-word", "phrase", "prefix")) {
            assertTrue(report.contains(queryClass), report);
        }
        assertTrue(report.contains("database size:"), report);
        assertTrue(Files.exists(dir.resolve("bench.db")));
    }

    @Test
    void reusesALibraryOfTheRightSizeAndRebuildsAnyOther() {
        SearchBench.run(dir, 30, SearchBenchTest::characters);
        String reused = SearchBench.run(dir, 30, SearchBenchTest::characters, true);
        assertTrue(reused.contains("import: skipped, reusing"), reused);
        assertTrue(reused.contains("prefix"), reused);
        String rebuilt = SearchBench.run(dir, 40, SearchBenchTest::characters, true);
        assertTrue(rebuilt.contains("import: 40 articles in 4 pages"), rebuilt);
        String fresh = SearchBench.run(dir, 40, SearchBenchTest::characters);
        assertTrue(fresh.contains("import: 40 articles in 4 pages"), "without reuse it always rebuilds: " + fresh);
    }

    /** Each letter or digit a word: the crudest splitter, enough to exercise the bench. */
    private static List<String> characters(String text) {
        List<String> words = new ArrayList<>();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(c -> words.add(Character.toString(c)));
        return words;
    }
}
