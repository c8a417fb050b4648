package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trigram table keeps no positions: a needle's trigrams all present is not yet the needle present. */
class SubstringSearchTest {
    @TempDir
    Path dir;

    @Test
    void aLongNeedleWhoseTrigramsLieApartIsNotFound() {
        try (LibraryStore store = open()) {
            store.storePage(page("a", "甲乙丙又乙丙丁。", "甲乙丙丁在此。"));
            assertEquals(List.of("甲乙丙丁在此。"), bodies(store, "甲乙丙丁"));
            assertEquals(2, store.search("乙丙丁", 10).size(), "three characters: the trigram alone decides");
        }
    }

    @Test
    void aNeedleIsConfirmedWithoutRegardToCaseAsTheIndexMatches() {
        try (LibraryStore store = open()) {
            store.storePage(page("b", "GDP增长较快。", "增长gdp较快。"));
            assertEquals(1, store.search("GDP增长", 10).size());
            assertEquals(1, store.search("gdp增长", 10).size());
            assertEquals(1, store.search("长gdp较", 10).size());
        }
    }

    @Test
    void aCommonShortNeedleBesideALongOneIsConfirmedInTheTextAndARareOneIsCollected() {
        try (LibraryStore store = open()) {
            // 国家 is in three of eight articles (common: confirmed in the text), 职教 and 家队 in one (rare: collected).
            store.storePage(page("c", "国家级高新区建设。", "高新区国家队。", "国 家高新区。", "国家高新区职教中心。",
                    "其他新闻一。", "其他新闻二。", "其他新闻三。", "其他新闻四。"));
            assertEquals(Set.of("国家高新区职教中心。", "高新区国家队。", "国家级高新区建设。"), Set.copyOf(bodies(store, "国家 高新区")));
            assertEquals(List.of("国家高新区职教中心。"), bodies(store, "职教 高新区"));
            assertEquals(List.of("国家高新区职教中心。"), bodies(store, "国家 职教 高新区"));
            assertEquals(List.of("高新区国家队。"), bodies(store, "家队 高新区"));
        }
    }

    @Test
    void trigramsAreRunsOfThreeCodePoints() {
        assertEquals(List.of("\"𠀀ab\"", "\"ab\"\"\""), SubstringSearch.trigramsOf("𠀀ab\""));
        assertEquals(List.of("\"aaa\""), SubstringSearch.trigramsOf("aaaaa"), "each trigram once");
    }

    private LibraryStore open() {
        return LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
    }

    private static List<String> bodies(LibraryStore store, String query) {
        return store.search(query, 10).stream().map(SearchHit::articleId)
                .map(id -> store.article(id).orElseThrow().article().bodyText()).toList();
    }

    private static Page page(String hash, String... bodies) {
        List<Article> articles = Arrays.stream(bodies).map(body -> new Article(ItemKind.ARTICLE, "", "", "",
                List.of(), Optional.empty(), List.of(Paragraph.text(body)), List.of(), List.of(), List.of(), List.of()))
                .toList();
        return new Page(hash + ".txt", hash, articles, List.of(), List.of());
    }
}
