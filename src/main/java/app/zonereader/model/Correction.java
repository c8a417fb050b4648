package app.zonereader.model;

import java.util.Objects;

/**
 * A reader's correction of one item, kept against the page's content hash and found again by the item's text, so it
 * is replayed after re-import, {@code import --replace} and re-processing.
 *
 * @param id          database id; 0 for a correction not stored yet
 * @param pageHash    the content hash of the page it belongs to
 * @param ordinal     the first item it applies to, as the page is after every correction
 * @param lastOrdinal the last item it applies to (a split covers its two parts; otherwise {@code ordinal})
 * @param kind        what was corrected
 * @param value       the reader's value (see {@link CorrectionKind}); "" where the kind has none
 * @param anchor      the start of the item's text when the reader corrected it, to find the item again
 * @param context     for a split, the text around the cut ({@link SplitPoint#encode}); "" otherwise
 * @param engineValue what the item had before the correction (the engine's title, zone, kind …), for the tooltip
 * @param applied     false when the page changed so that the item (or the cut) is no longer there; kept and listed
 * @param createdAt   when the reader made it, ISO-8601 instant
 */
public record Correction(long id, String pageHash, int ordinal, int lastOrdinal, CorrectionKind kind, String value,
                         String anchor, String context, String engineValue, boolean applied, String createdAt) {
    public Correction {
        Objects.requireNonNull(pageHash, "pageHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(engineValue, "engineValue");
        Objects.requireNonNull(createdAt, "createdAt");
        if (ordinal < 0 || lastOrdinal < ordinal) {
            throw new IllegalArgumentException("bad item range " + ordinal + ".." + lastOrdinal);
        }
    }

    /** Whether it covers the item {@code ordinal} of its page. */
    public boolean covers(int item) {
        // an item left out as not an article is no longer on the page: it covers none of those that are
        return applied && kind != CorrectionKind.NOT_ARTICLE && ordinal <= item && item <= lastOrdinal;
    }

    /** The same correction found at other items, with the value the item had before it. */
    public Correction placed(String hash, int first, int last, String before) {
        return new Correction(id, hash, first, last, kind, value, anchor, context, before, true, createdAt);
    }

    /** The same correction, kept with the page {@code hash} but no longer applicable to it. */
    public Correction unapplied(String hash) {
        return new Correction(id, hash, ordinal, lastOrdinal, kind, value, anchor, context, engineValue, false,
                createdAt);
    }

    /** The same correction with its items moved (an earlier item was split, joined or left out). */
    public Correction shifted(int first, int last) {
        return new Correction(id, pageHash, first, last, kind, value, anchor, context, engineValue, applied, createdAt);
    }

    /** The same correction with its database id. */
    public Correction withId(long newId) {
        return new Correction(newId, pageHash, ordinal, lastOrdinal, kind, value, anchor, context, engineValue, applied,
                createdAt);
    }
}
