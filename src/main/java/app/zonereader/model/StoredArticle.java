package app.zonereader.model;

import java.util.Objects;

/**
 * An article as kept in the library.
 *
 * @param id       database id
 * @param pageFile name of the page file it came from
 * @param article  the article
 * @param pageDate the issue date of its page, ISO yyyy-MM-dd; "" when unknown
 */
public record StoredArticle(long id, String pageFile, Article article, String pageDate) {
    public StoredArticle {
        Objects.requireNonNull(pageFile, "pageFile");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(pageDate, "pageDate");
    }

    /** An article from a page whose date is unknown. */
    public StoredArticle(long id, String pageFile, Article article) {
        this(id, pageFile, article, "");
    }
}
