package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

            List<SearchHit> hits = new HitReader(database.connection()).read(ranked, query, documents(database));

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
    void theSnippetIsCutFromTheDocumentAsImportComposedIt() throws Exception {
        Article article = new Article(ItemKind.ARTICLE, "职教标题", "", "记者 甲", List.of(), Optional.empty(),
                List.of(Paragraph.text(""), Paragraph.text("第一段\n续行"), Paragraph.heading("小标题"), Paragraph.text(""),
                        Paragraph.text("末段")), List.of("图注"), List.of("标签"), List.of(), List.of());
        try (Database database = Database.open(dir.resolve("library.db"))) {
            SearchIndex index = new SearchIndex(database.connection(), new DictionarySplitter(), TextFolder.identity());
            new PageWriter(database.connection(), index, Clock.systemUTC())
                    .store(new Page("a.txt", "a", List.of(article), List.of(), List.of()));
            SearchQuery query = SearchQuery.of("职教", new DictionarySplitter(), TextFolder.identity());

            SearchHit hit = new HitReader(database.connection()).read(Map.of(1L, 1.0), query, documents(database)).get(0);

            String document = SearchDocument.compose(article.title(), article.subtitle(), article.byline(),
                    article.body().stream().map(Paragraph::text).toList(), article.photoCaptions(), article.tags());
            assertEquals(Snippets.mark(document, document, query.needles(), query.words()),
                    new Snippets.Marked(hit.snippet(), hit.terms()));
            assertEquals(SearchHit.HIT_START + "职教" + SearchHit.HIT_END + "标题 记者 甲 第一段 续行 小标题 末段 图注 标签",
                    hit.snippet(), "one line break between lines, none for empty paragraphs");
        }
    }

    @Test
    void anIdWithoutAnArticleIsAnError() {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            Map<Long, Double> ranked = new LinkedHashMap<>();
            ranked.put(7L, 1.0);
            SearchQuery query = SearchQuery.of("职教", new DictionarySplitter(), TextFolder.identity());
            StoreException error = assertThrows(StoreException.class,
                    () -> new HitReader(database.connection()).read(ranked, query, documents(database)));
            assertTrue(error.getMessage().contains("article 7"), error.getMessage());
        }
    }

    private static SearchDocuments documents(Database database) {
        return new SearchDocuments(new DocumentTexts(database.connection()), TextFolder.identity());
    }
}
