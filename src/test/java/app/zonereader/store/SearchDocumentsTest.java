package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One search reads and folds each article's document once, however many times confirming and snippets ask. */
class SearchDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void readsEachArticleOnceFoldsItAndKeepsTheAskedOrder() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(),
                TextFolder.identity())) {
            store.storePage(new TestPages(5).page(0, 4));
        }
        try (Database database = Database.open(dir.resolve("library.db"))) {
            List<String> folded = new ArrayList<>();
            TextFolder countingFolder = text -> {
                folded.add(text);
                return text.replace('高', 'G');
            };
            SearchDocuments documents = new SearchDocuments(new DocumentTexts(database.connection()), countingFolder);
            Map<Long, SearchDocuments.Text> first = documents.get(List.of(3L, 1L, 99L));
            assertEquals(List.of(3L, 1L), List.copyOf(first.keySet()), "asked order; no article 99");
            assertEquals(first.get(1L).raw().replace('高', 'G'), first.get(1L).folded());
            Map<Long, SearchDocuments.Text> second = documents.get(List.of(1L, 2L, 3L));
            assertEquals(List.of(1L, 2L, 3L), List.copyOf(second.keySet()));
            assertEquals(first.get(3L), second.get(3L));
            assertEquals(3, folded.size(), "each article read and folded once");
        }
    }
}
