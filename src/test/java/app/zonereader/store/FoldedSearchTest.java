package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's folder (width, Traditional → Simplified) applies to documents and queries alike. */
class FoldedSearchTest {
    @TempDir
    Path dir;

    /** Full-width ASCII to half-width and two Traditional characters to Simplified: same length, like the app's. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c == '區' ? '区' : c == '職' ? '职' : c);
            }
        }
        return out.toString();
    }

    @Test
    void fullWidthAndTraditionalTextIsFoundByEitherForm() {
        Article article = new Article(ItemKind.ARTICLE, "永川高新區", "", "", List.of(), Optional.empty(),
                List.of(Paragraph.text("推進ＡＩ＋職教，５Ｇ網絡。")), List.of(), List.of(), List.of(), List.of());
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(),
                FoldedSearchTest::fold)) {
            store.storePage(new Page("a.txt", "a", List.of(article), List.of(), List.of()));
            for (String query : List.of("AI+职教", "ＡＩ＋職教", "5g", "５Ｇ", "高新区", "高新區", "職", "区")) {
                List<SearchHit> hits = store.search(query, 10);
                assertEquals(1, hits.size(), query);
            }
            SearchHit hit = store.search("ai+职教", 10).get(0);
            assertTrue(hit.snippet().contains(SearchHit.HIT_START + "ＡＩ＋職教" + SearchHit.HIT_END), hit.snippet());
            assertEquals(List.of("ＡＩ＋職教"), hit.terms(), "terms are the printed text, for highlighting");
        }
    }

    @Test
    void aFolderThatChangesTheLengthIsIgnoredRatherThanMisplacingHits() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), t -> t + "!")) {
            store.storePage(new Page("a.txt", "a", List.of(LibraryStoreTest.fullArticle()), List.of(), List.of()));
            SearchHit hit = store.search("职教", 10).get(0);
            assertTrue(hit.snippet().contains(SearchHit.HIT_START + "职教" + SearchHit.HIT_END));
        }
    }
}
