package app.zonereader.model;

/** What an annotation is; each maps to a W3C Web Annotation motivation. */
public enum AnnotationKind {
    /** A coloured passage, possibly with a note (motivation highlighting, or commenting when it has a note). */
    HIGHLIGHT,
    /** A note on the whole article (commenting). */
    ARTICLE_NOTE,
    /** The article is bookmarked (bookmarking). */
    BOOKMARK,
    /** A tag the reader put on the article (tagging); the tag is {@link Annotation#text()}. */
    TAG
}
