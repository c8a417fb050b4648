package app.zonereader.store;

import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V10 adds a table of title words; a V9 library gets its titles indexed on the next open and finds the same hits. */
class TitleSearchMigrationTest {
    /** Words in titles (first tier), words only in bodies, a phrase, a prefix and a substring. */
    private static final List<String> QUERIES = List.of("职教", "高新区", "发展 企业", "\"西部 职业 教育\"", "产教*",
            "教融合");

    @TempDir
    Path dir;

    @Test
    void aV9LibraryIndexesItsTitlesOnceAndRanksTitleMatchesAsANewLibraryWould() throws Exception {
        Path file = dir.resolve("library.db");
        Map<String, List<SearchHit>> expected = new LinkedHashMap<>();
        int articles;
        try (Database v9 = Database.open(file, Migrations.standard().upTo(9))) {
            // The writer of today fills the title table too; it is dropped before the upgrade, so V10 starts empty.
            LaterColumns.add(v9.connection(), 9);
            SearchIndex index = new SearchIndex(v9.connection(), new DictionarySplitter(), TextFolder.identity());
            PageWriter writer = new PageWriter(v9.connection(), index, Clock.systemUTC());
            TestPages pages = new TestPages(7);
            for (int p = 0; p < 30; p++) {
                writer.store(pages.page(p, 5));
            }
            for (String query : QUERIES) {
                expected.put(query, index.search(query, 1_000, SearchFilter.NONE));
            }
            articles = v9.queryInt("SELECT count(*) FROM articles");
            LaterColumns.drop(v9.connection(), 9);
            assertEquals(9, v9.schemaVersion());
        }
        assertTrue(expected.get("职教").stream().anyMatch(hit -> hit.score() >= 1_000), "the premise: title matches");

        try (LibraryStore upgraded = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            for (String query : QUERIES) {
                assertEquals(expected.get(query), upgraded.search(query, 1_000), query);
            }
        }
        try (Database reopened = Database.open(file)) {
            assertEquals(articles, reopened.queryInt("SELECT count(*) FROM search_titles"), "one row per article");
            assertEquals(0, reopened.queryInt("SELECT count(*) FROM settings WHERE key = 'search_titles_pending'"),
                    "indexed once: the mark is gone");
        }
    }

    @Test
    void aNewLibraryNeedsNoFillingAndAReplacedPageTakesItsTitlesAlong() throws Exception {
        Path file = dir.resolve("new.db");
        TestPages pages = new TestPages(3);
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            var first = pages.page(0, 4);
            store.storePage(first, "text");
            store.storePage(pages.page(1, 3));
            String oldTitle = first.items().get(0).title();
            assertTrue(store.search(oldTitle, 100).stream().anyMatch(hit -> hit.score() >= 1_000), oldTitle);
            store.replacePage(first.contentHash(), pages.page(2, 2), "text again");
        }
        try (Database reopened = Database.open(file)) {
            assertEquals(0, reopened.queryInt("SELECT count(*) FROM settings WHERE key = 'search_titles_pending'"));
            assertEquals(reopened.queryInt("SELECT count(*) FROM articles"),
                    reopened.queryInt("SELECT count(*) FROM search_titles"), "written with each article");
        }
    }
}
