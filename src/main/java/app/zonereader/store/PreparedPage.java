package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A page with its search rows already made: word segmentation is most of the cost of storing a page and needs no
 * database, so importers prepare pages on several threads and one writer stores them ({@link LibraryStore#prepare}).
 */
public final class PreparedPage {
    private final Page page;
    private final List<SearchRows> rows;

    private PreparedPage(Page page, List<SearchRows> rows) {
        this.page = page;
        this.rows = List.copyOf(rows);
    }

    static PreparedPage of(Page page, WordSplitter splitter, TextFolder folder) {
        List<SearchRows> rows = new ArrayList<>(page.items().size());
        for (Article article : page.items()) {
            rows.add(SearchRows.of(article, distinctTags(article.tags()), splitter, folder));
        }
        return new PreparedPage(page, rows);
    }

    public Page page() {
        return page;
    }

    /** The search rows of the item at {@code ordinal}. */
    SearchRows rows(int ordinal) {
        return rows.get(ordinal);
    }

    /** The tags an article is stored with: stripped, blank ones dropped, each once, in order. */
    static List<String> distinctTags(List<String> tags) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.isBlank()) {
                distinct.add(tag.strip());
            }
        }
        return new ArrayList<>(distinct);
    }

    /** The text one article adds to the three search tables, folded (and segmented for the word table). */
    record SearchRows(String titleWords, String bodyWords, String tagWords, String document, String grams) {
        static SearchRows of(Article article, List<String> tags, WordSplitter splitter, TextFolder folder) {
            String body = TextFolder.safely(folder, article.byline() + "\n" + article.bodyText() + "\n"
                    + String.join("\n", article.photoCaptions()));
            String tagText = TextFolder.safely(folder, String.join("\n", tags));
            String document = TextFolder.safely(folder, SearchDocument.compose(article.title(), article.subtitle(),
                    article.byline(), article.body().stream().map(Paragraph::text).toList(), article.photoCaptions(), tags));
            return new SearchRows(titleWords(article.title(), article.subtitle(), splitter, folder),
                    SearchText.words(splitter, body),
                    SearchText.words(splitter, tagText), document, SearchText.grams(document));
        }

        /** The words both title indexes hold for an article: its title and subtitle, folded and segmented. */
        static String titleWords(String title, String subtitle, WordSplitter splitter, TextFolder folder) {
            return SearchText.words(splitter, TextFolder.safely(folder, title + "\n" + subtitle));
        }
    }
}
