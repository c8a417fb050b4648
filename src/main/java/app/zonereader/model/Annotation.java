package app.zonereader.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the reader added to an article: a highlight (with an optional note), an article note, a bookmark or a
 * tag. Keyed by {@link ArticleKey}, never by database id, so it survives re-imports and re-processing.
 *
 * @param id       database id (0 for one not stored yet)
 * @param uuid     a stable global id, e.g. {@code urn:uuid:…}; an import never adds the same one twice
 * @param article  the article it belongs to
 * @param kind     highlight, article note, bookmark or tag
 * @param color    a highlight's colour ({@link HighlightColor#YELLOW} for kinds without one)
 * @param anchor   where a highlight sits; {@link TextAnchor#WHOLE_ARTICLE} for the other kinds
 * @param text     a highlight's or article note's note, a tag's label; "" when none
 * @param created  when it was made
 * @param modified when it last changed
 * @param status   anchored, or orphaned when its text is gone
 */
public record Annotation(long id, String uuid, ArticleKey article, AnnotationKind kind, HighlightColor color,
                         TextAnchor anchor, String text, Instant created, Instant modified, AnchorStatus status) {
    public Annotation {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(status, "status");
        if (kind == AnnotationKind.HIGHLIGHT && anchor.isWholeArticle()) {
            throw new IllegalArgumentException("a highlight needs a quote");
        }
    }

    public boolean isOrphaned() {
        return status == AnchorStatus.ORPHANED;
    }
}
