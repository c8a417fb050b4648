package app.zonereader.store;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.Page;
import app.zonereader.model.ZoneCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree's levels from the store: counts from one aggregate, a zone's items on demand, the bookmarked items. */
class TreeLevelsTest {
    @TempDir
    Path dir;

    @Test
    void countsPerZoneAgreeWithTheItemsAndFollowTheReadersMarks() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity())) {
            store.storePage(new Page("a.txt", "hash-a", List.of(LibraryStoreTest.fullArticle(), LibraryStoreTest.photo(),
                    LibraryStoreTest.fullArticle()), List.of(), List.of()));
            List<ArticleSummary> all = store.articles();
            ArticleSummary first = all.get(0);
            store.readerData().setRead(store.article(first.id()).orElseThrow().key(), true);
            store.readerData().setBookmarked(store.article(all.get(1).id()).orElseThrow().key(), true);

            List<ZoneCount> counts = store.zoneCounts();
            assertTrue(counts.contains(new ZoneCount(first.province(), first.zone(), 2, 1)), counts.toString());
            assertTrue(counts.contains(new ZoneCount("", "", 1, 1)), "the photo is about no zone: " + counts);
            assertEquals(List.of(first.id(), all.get(2).id()),
                    store.articlesInZone(first.zone()).stream().map(ArticleSummary::id).toList());
            assertEquals(List.of(all.get(1).id()), store.articlesInZone("").stream().map(ArticleSummary::id).toList());
            assertEquals(List.of(all.get(1).id()), store.bookmarkedArticles().stream().map(ArticleSummary::id).toList());
            assertEquals(Optional.of(store.articles().get(1)), store.summary(all.get(1).id()));
            assertTrue(store.summary(all.get(1).id()).orElseThrow().bookmarked());
            assertEquals(Optional.empty(), store.summary(999));
        }
    }

    @Test
    void bookmarkedItemsAreFoundThroughTheirKeysAsTheFullListMarksThem() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity())) {
            for (String page : List.of("a", "b", "c")) {
                store.storePage(new Page(page + ".txt", "hash-" + page, List.of(LibraryStoreTest.fullArticle(),
                        LibraryStoreTest.photo(), LibraryStoreTest.fullArticle()), List.of(), List.of()));
            }
            List<ArticleSummary> all = store.articles();
            // Marked out of page order, one of them also read; and a bookmark whose item is gone.
            for (int index : List.of(7, 1, 5)) {
                store.readerData().setBookmarked(store.article(all.get(index).id()).orElseThrow().key(), true);
            }
            store.readerData().setRead(store.article(all.get(5).id()).orElseThrow().key(), true);
            store.readerData().setBookmarked(new app.zonereader.model.ArticleKey("hash-gone", 0), true);

            List<ArticleSummary> expected = store.articles().stream().filter(ArticleSummary::bookmarked).toList();
            assertEquals(List.of(all.get(1).id(), all.get(5).id(), all.get(7).id()),
                    expected.stream().map(ArticleSummary::id).toList());
            assertEquals(expected, store.bookmarkedArticles());
            assertTrue(store.bookmarkedArticles().get(1).read());
        }
    }
}
