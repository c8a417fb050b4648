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

/** With more matches than the bm25 window, every match is still returned and tiers keep their order. */
class RankingWindowTest {
    @TempDir
    Path dir;

    private static Article article(String title, String body) {
        return new Article(ItemKind.ARTICLE, title, "", "", List.of(), Optional.empty(), List.of(Paragraph.text(body)),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void matchesBeyondTheWindowFollowInTheirTierNewestFirst() {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            SearchIndex index = new SearchIndex(database.connection(), new DictionarySplitter(), TextFolder.identity(), 3);
            PageWriter writer = new PageWriter(database.connection(), index, java.time.Clock.systemUTC());
            // Oldest first: a title match, then 10 body matches, then 2 more title matches, then a substring-only match.
            writer.store(new Page("1", "1", List.of(article("职教新闻", "正文")), List.of(), List.of()));
            for (int i = 0; i < 10; i++) {
                writer.store(new Page("b" + i, "b" + i, List.of(article("其他" + i, "这里谈到职教的发展" + "。".repeat(i))),
                        List.of(), List.of()));
            }
            writer.store(new Page("2", "2", List.of(article("职教周刊", "正文")), List.of(), List.of()));
            writer.store(new Page("3", "3", List.of(article("职教", "正文")), List.of(), List.of()));
            writer.store(new Page("4", "4", List.of(article("其他", "在职教师")), List.of(), List.of()));

            List<SearchHit> hits = index.search("职教", 100, SearchFilter.NONE);
            assertEquals(14, hits.size(), "every match, ranked or not");
            List<String> titles = hits.stream().map(SearchHit::title).toList();
            assertEquals("职教", titles.get(0), "title tier first, the shortest title best");
            assertEquals(java.util.Set.of("职教周刊", "职教新闻"), java.util.Set.copyOf(titles.subList(1, 3)));
            assertEquals(java.util.stream.IntStream.range(0, 10).mapToObj(i -> "其他" + (9 - i)).toList(), titles.subList(3, 13),
                    "body matches: the newest ranked in the window, the older ones after, newest first");
            assertEquals("其他", titles.get(13), "the substring-only hit (在职教师) last");
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "scores never rise: " + hits);
            }
        }
    }
}
