package app.zonereader.model;

/** What a block of a newspaper page is: a news article, a picture with its caption, or an advertisement / greeting notice. */
public enum ItemKind {
    ARTICLE, PHOTO, AD;

    /** The lower-case name used in JSON and in the database ("article", "photo", "ad"). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ItemKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
