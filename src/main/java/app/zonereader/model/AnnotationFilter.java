package app.zonereader.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which annotations a library-wide list shows. Empty strings and empty sets mean "any".
 *
 * @param kinds  the kinds to list
 * @param colors highlight colours to keep (other kinds pass when empty)
 * @param zone   only articles of this zone short name
 * @param tag    only articles with this tag
 * @param text   only annotations whose quote or note contains this (folded: Traditional = Simplified)
 * @param status only anchored or only orphaned; both when empty
 */
public record AnnotationFilter(Set<AnnotationKind> kinds, Set<HighlightColor> colors, String zone, String tag,
                               String text, Set<AnchorStatus> status) {
    /** Everything: what an export takes. */
    public static final AnnotationFilter ALL = new AnnotationFilter(Set.of(), Set.of(), "", "", "", Set.of());
    /** Highlights and notes, anchored or not: the annotations view. */
    public static final AnnotationFilter NOTES_AND_HIGHLIGHTS = ALL.withKinds(List.of(AnnotationKind.HIGHLIGHT, AnnotationKind.ARTICLE_NOTE));
    /** What waits in the orphan list. */
    public static final AnnotationFilter ORPHANS = ALL.withStatus(AnchorStatus.ORPHANED);

    public AnnotationFilter {
        kinds = Set.copyOf(kinds);
        colors = Set.copyOf(colors);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(text, "text");
        status = Set.copyOf(status);
    }

    public AnnotationFilter withKinds(List<AnnotationKind> newKinds) {
        return new AnnotationFilter(Set.copyOf(newKinds), colors, zone, tag, text, status);
    }

    public AnnotationFilter withColors(Set<HighlightColor> newColors) {
        return new AnnotationFilter(kinds, newColors, zone, tag, text, status);
    }

    public AnnotationFilter withZone(String newZone) {
        return new AnnotationFilter(kinds, colors, newZone, tag, text, status);
    }

    public AnnotationFilter withTag(String newTag) {
        return new AnnotationFilter(kinds, colors, zone, newTag, text, status);
    }

    public AnnotationFilter withText(String newText) {
        return new AnnotationFilter(kinds, colors, zone, tag, newText, status);
    }

    public AnnotationFilter withStatus(AnchorStatus only) {
        return new AnnotationFilter(kinds, colors, zone, tag, text, Set.of(only));
    }
}
