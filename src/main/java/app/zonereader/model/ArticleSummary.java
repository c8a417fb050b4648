package app.zonereader.model;

import java.util.Objects;

/**
 * A line in the article tree or a list: enough to show and to open an article.
 *
 * @param id       database id
 * @param title    display title
 * @param kind     article, photo or ad
 * @param zone     zone short name, "" when none
 * @param province province, "" when none
 * @param pageFile source page file name
 * @param read       whether the reader has read it
 * @param bookmarked whether the reader bookmarked it
 */
public record ArticleSummary(long id, String title, ItemKind kind, String zone, String province, String pageFile,
                             boolean read, boolean bookmarked) {
    public ArticleSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(pageFile, "pageFile");
    }

    /** An unread, unbookmarked item. */
    public ArticleSummary(long id, String title, ItemKind kind, String zone, String province, String pageFile) {
        this(id, title, kind, zone, province, pageFile, false, false);
    }
}
