package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words in half of the articles or more cannot rank (bm25's IDF floor): a query of only such words lists its body
 * matches newest first; one rarer word brings bm25 back.
 */
class CommonWordsTest {
    @TempDir
    static Path dir;
    private static LibraryStore store;

    @BeforeAll
    static void library() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        // 40 articles, every one with 科技 and 企业; 数字 in every fourth. The oldest of those has 数字 most often.
        for (int p = 0; p < 8; p++) {
            List<Article> items = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = p * 5 + i;
                String body = "科技企业" + "园区".repeat(n % 7) + (n % 4 == 0 ? "数字".repeat(n == 0 ? 6 : 1) : "");
                items.add(new Article(ItemKind.ARTICLE, "第" + n + "篇", "", "", List.of(), Optional.empty(),
                        List.of(Paragraph.text(body)), List.of(), List.of(), List.of(), List.of()));
            }
            store.storePage(new Page("p" + p + ".txt", "hash" + p, items, List.of(), List.of()));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyWordCommonListsNewestFirstBelowEveryRankedScore() {
        List<SearchHit> hits = store.search("科技 企业", 100);
        assertEquals(40, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).articleId() > hits.get(i).articleId(), "newest first");
        }
        assertTrue(hits.stream().allMatch(hit -> hit.score() < 0 && hit.score() > -1), "unranked word hits");
    }

    @Test
    void aRarerWordRanksByBm25() {
        List<SearchHit> hits = store.search("科技 数字", 100);
        assertEquals(10, hits.size());
        assertEquals("第0篇", hits.get(0).title(), "the oldest, with 数字 six times, ranks first");
        assertTrue(hits.stream().allMatch(hit -> hit.score() >= 0), "ranked");
    }

    @Test
    void theEstimateReadsTheNewestArticles() throws Exception {
        try (Database database = Database.open(store.file())) {
            CommonWords words = new CommonWords(database.connection());
            assertTrue(words.everyOneCommon(List.of("\"科技\"", "\"企业\"")));
            assertFalse(words.everyOneCommon(List.of("\"科技\"", "\"数字\"")));
            assertFalse(words.everyOneCommon(List.of()), "no words: nothing to decide");
        }
    }
}
