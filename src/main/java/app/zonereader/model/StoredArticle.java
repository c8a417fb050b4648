package app.zonereader.model;

import java.util.Objects;

/**
 * An article as kept in the library.
 *
 * @param id       database id
 * @param key      its stable identity (page hash and item number), which user data is keyed by
 * @param pageFile name of the page file it came from
 * @param article  the article
 * @param pageDate the issue date of its page, ISO yyyy-MM-dd; "" when unknown
 * @param printed  the paper and page number of its page, where known
 */
public record StoredArticle(long id, ArticleKey key, String pageFile, Article article, String pageDate,
                            PrintedSource printed) {
    public StoredArticle {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pageFile, "pageFile");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(pageDate, "pageDate");
    }

    /** An article whose page names no paper or page number. */
    public StoredArticle(long id, ArticleKey key, String pageFile, Article article, String pageDate) {
        this(id, key, pageFile, article, pageDate, PrintedSource.NONE);
    }
}
