package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V6 drops the trigram table's copy of every document: a V5 library finds the same hits in a smaller file. */
class ContentlessTrigramsMigrationTest {
    /** Word, substring (trigram, grams, grams beside a trigram), phrase, prefix and punctuation queries. */
    private static final List<String> QUERIES = List.of("职教", "永川高新区", "教融合", "园", "\"西部 职业 教育\"", "产教*",
            "发展 企业", "教融合 园", "5.3%", "，", "%", "高新区 ，");

    @TempDir
    Path dir;

    @Test
    void aV5LibraryFindsTheSameHitsWithSnippetsAfterTheUpgradeAndShrinks() throws Exception {
        Path file = dir.resolve("library.db");
        Map<String, List<SearchHit>> hitsBefore = new LinkedHashMap<>();
        try (Database v5 = Database.open(file, Migrations.standard().upTo(5))) {
            LaterColumns.add(v5.connection(), 5);
            SearchIndex index = new SearchIndex(v5.connection(), new DictionarySplitter(), TextFolder.identity());
            PageWriter writer = new PageWriter(v5.connection(), index, Clock.systemUTC());
            TestPages pages = new TestPages(11);
            for (int p = 0; p < 60; p++) {
                writer.store(pages.page(p, 5));
            }
            writer.store(new Page("special.txt", "special", List.of(LibraryStoreTest.fullArticle()), List.of(), List.of()));
            for (String query : QUERIES) {
                hitsBefore.put(query, index.search(query, 1_000, SearchFilter.NONE));
            }
            assertEquals(5, v5.schemaVersion());
            LaterColumns.drop(v5.connection(), 5);
        }
        long sizeBefore = Files.size(file);

        try (LibraryStore upgraded = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            for (String query : QUERIES) {
                assertEquals(hitsBefore.get(query), upgraded.search(query, 1_000), query);
            }
            assertEquals("ok", upgraded.integrityCheck());
        }
        assertFalse(hitsBefore.get("教融合").isEmpty());
        assertFalse(hitsBefore.get("5.3%").isEmpty(), "the sample pages hold a percentage");
        try (Database upgraded = Database.open(file); Statement statement = upgraded.connection().createStatement();
             ResultSet doc = statement.executeQuery("SELECT doc FROM search_trigrams LIMIT 1")) {
            assertTrue(upgraded.schemaVersion() >= 6);
            assertTrue(doc.next());
            assertEquals(null, doc.getString(1), "contentless: the index keeps no text");
        }
        assertTrue(Files.size(file) < sizeBefore * 0.9, "the copy's pages are handed back: " + sizeBefore + " → "
                + Files.size(file));
        assertTrue(Files.exists(Migrator.backupPath(file.toAbsolutePath(), 6)), "the V5 file was copied aside first");
    }

    @Test
    void anArticleReplacedInTheContentlessIndexIsNoLongerFound() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("fresh.db"), new DictionarySplitter(), TextFolder.identity())) {
            store.storePage(pageSaying("old", "这是独一无二的旧说法。"));
            assertEquals(1, store.search("独一无二", 10).size());
            store.replacePage("old", pageSaying("new", "这是全新的说法。"), "这是全新的说法。");
            assertTrue(store.search("独一无二", 10).isEmpty(), "deleted by rowid, without the content");
            assertEquals(1, store.search("全新的", 10).size());
            assertEquals("ok", store.integrityCheck());
        }
    }

    private static Page pageSaying(String hash, String text) {
        return new Page(hash + ".txt", hash, List.of(new Article(ItemKind.ARTICLE, "标题", "", "", List.of(),
                Optional.empty(), List.of(Paragraph.text(text)), List.of(), List.of(), List.of(), List.of())),
                List.of(), List.of());
    }
}
