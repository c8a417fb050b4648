package app.zonereader.model;

import java.util.Objects;

/**
 * An article as kept in the library.
 *
 * @param id       database id
 * @param pageFile name of the page file it came from
 * @param article  the article
 */
public record StoredArticle(long id, String pageFile, Article article) {
    public StoredArticle {
        Objects.requireNonNull(pageFile, "pageFile");
        Objects.requireNonNull(article, "article");
    }
}
