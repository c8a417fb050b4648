package app.zonereader.model;

/** A reading state a statistic can be narrowed to. */
public enum ReadingMark {
    ANY, READ, UNREAD, BOOKMARKED, ANNOTATED
}
