package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleKey;
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

/** A hit names its article by page hash and item number, the identity that outlives database ids. */
class HitKeyTest {
    @TempDir
    Path dir;

    @Test
    void eachHitCarriesItsPageHashAndOrdinal() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), text -> text)) {
            store.storePage(new Page("a.txt", "aaaa", List.of(article("无关内容"), article("职教 第二篇")), List.of(), List.of()));
            store.storePage(new Page("b.txt", "bbbb", List.of(article("职教 另一页")), List.of(), List.of()));
            List<ArticleKey> keys = store.search("职教", 10).stream().map(SearchHit::key)
                    .sorted(java.util.Comparator.comparing(ArticleKey::storageKey)).toList();
            assertEquals(List.of(new ArticleKey("aaaa", 1), new ArticleKey("bbbb", 0)), keys);
            assertEquals("zonereader:page/aaaa/1", keys.get(0).uri());
        }
    }

    private static Article article(String body) {
        return new Article(ItemKind.ARTICLE, "标题" + body.length(), "", "", List.of(), Optional.empty(),
                List.of(Paragraph.text(body)), List.of(), List.of(), List.of(), List.of());
    }
}
