package app.zonereader.model;

/** Who put a tag on an article: the tagger on import, or the user. */
public enum TagSource {
    AUTO, USER
}
