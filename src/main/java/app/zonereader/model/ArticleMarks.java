package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * What the reader has added to one article, for the reading pane.
 *
 * @param bookmarked     whether it is bookmarked
 * @param read           whether it has been read
 * @param scrollPosition where the reader left it, 0 (top) to 1 (end)
 * @param highlights     its anchored highlights in text order
 * @param articleNote    its note on the whole article, "" when none
 * @param userTags       tags the reader added, in the order added
 * @param removedTags    automatic tags the reader removed (not shown, remembered across re-processing)
 */
public record ArticleMarks(boolean bookmarked, boolean read, double scrollPosition, List<Annotation> highlights,
                           String articleNote, List<String> userTags, List<String> removedTags) {
    public static final ArticleMarks NONE = new ArticleMarks(false, false, 0, List.of(), "", List.of(), List.of());

    public ArticleMarks {
        highlights = List.copyOf(highlights);
        Objects.requireNonNull(articleNote, "articleNote");
        userTags = List.copyOf(userTags);
        removedTags = List.copyOf(removedTags);
    }
}
