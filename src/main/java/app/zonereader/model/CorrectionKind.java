package app.zonereader.model;

import java.util.Locale;

/**
 * What a reader changed about an item the engine cut out. Each kind is replayed on the engine's items in the order the
 * reader made the corrections, so a later correction sees the items as the earlier ones left them.
 */
public enum CorrectionKind {
    /** The headline; the value is the new title. */
    TITLE,
    /** The sub-headline; the value is the new subtitle. */
    SUBTITLE,
    /** The zone; the value is a zone's short name, "" for no zone. */
    ZONE,
    /** What the item is; the value is an {@link ItemKind#code()} (article, photo, ad). */
    KIND,
    /** Not an article at all (page furniture, garbage): the item is left out of the library. No value. */
    NOT_ARTICLE,
    /** The item cut in two; the value is the offset in its body text where the second part starts. */
    SPLIT,
    /** The item joined with the next item of its page; the value is the start of that next item's text. */
    MERGE,
    /** The reader checked the item and found it right; no value. */
    REVIEWED;

    /** The lower-case name used in the database and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CorrectionKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Whether the correction changes which items the page has (and so moves the reader's data). */
    public boolean reshapesPage() {
        return this == SPLIT || this == MERGE || this == NOT_ARTICLE;
    }
}
