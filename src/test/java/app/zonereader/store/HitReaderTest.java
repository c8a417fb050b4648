package app.zonereader.store;

import app.zonereader.model.Page;
import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HitReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryHitInTheRankedOrderWithItsScoreAndSnippet() throws Exception {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            SearchIndex index = new SearchIndex(database.connection(), new DictionarySplitter(), TextFolder.identity());
            PageWriter writer = new PageWriter(database.connection(), index, Clock.systemUTC());
            writer.store(new Page("a.txt", "a", List.of(LibraryStoreTest.fullArticle(), LibraryStoreTest.photo()),
                    List.of(), List.of()));
            Map<Long, Double> ranked = new LinkedHashMap<>();
            ranked.put(2L, 5.0);
            ranked.put(1L, -1.0);
            SearchQuery query = SearchQuery.of("园区", new DictionarySplitter(), TextFolder.identity());

            List<SearchHit> hits = new HitReader(database.connection()).read(ranked, query);

            assertEquals(List.of(2L, 1L), hits.stream().map(SearchHit::articleId).toList());
            assertEquals(List.of(5.0, -1.0), hits.stream().map(SearchHit::score).toList());
            assertEquals("永川高新区职教发展纲要出台", hits.get(1).title());
            assertEquals("永川高新区", hits.get(1).zone());
            assertEquals("", hits.get(0).zone());
            assertEquals("a.txt", hits.get(0).pageFile());
            assertTrue(hits.get(1).snippet().contains(SearchHit.HIT_START + "园区" + SearchHit.HIT_END),
                    "the caption is part of the document: " + hits.get(1).snippet());
            assertEquals(List.of("园区"), hits.get(1).terms());
        }
    }

    @Test
    void anIdWithoutAnArticleIsAnError() {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            Map<Long, Double> ranked = new LinkedHashMap<>();
            ranked.put(7L, 1.0);
            SearchQuery query = SearchQuery.of("职教", new DictionarySplitter(), TextFolder.identity());
            StoreException error = assertThrows(StoreException.class,
                    () -> new HitReader(database.connection()).read(ranked, query));
            assertTrue(error.getMessage().contains("article 7"), error.getMessage());
        }
    }
}
