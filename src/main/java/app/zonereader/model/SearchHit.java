package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * One article found by a search.
 *
 * @param articleId database id
 * @param title     display title
 * @param zone      zone short name, "" when none
 * @param pageFile  source page file
 * @param snippet   a piece of text around the first hit; each hit is wrapped in {@link #HIT_START} … {@link #HIT_END}
 * @param score     relevance, higher is better (comparable only within one search)
 * @param terms     the literal strings that matched, for highlighting in the article
 * @param pageDate  the issue date of the article's page, ISO yyyy-MM-dd; "" when unknown
 * @param key       the article's stable identity; its {@link ArticleKey#uri()} is what {@code search --json} prints
 */
public record SearchHit(long articleId, String title, String zone, String pageFile, String snippet, double score,
                        List<String> terms, String pageDate, ArticleKey key) {
    /** Marks the start of a hit inside {@link #snippet()}; a private-use character so it never clashes with text. */
    public static final char HIT_START = '\uE000';
    /** Marks the end of a hit inside {@link #snippet()}. */
    public static final char HIT_END = '\uE001';

    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(pageFile, "pageFile");
        Objects.requireNonNull(snippet, "snippet");
        terms = List.copyOf(terms);
        Objects.requireNonNull(pageDate, "pageDate");
        Objects.requireNonNull(key, "key");
    }
}
