package app.zonereader.model;

import java.util.Objects;

/**
 * A correction as the reader asks for it in the article view: the kind and the value; the library finds the anchor.
 *
 * @param kind  what to correct
 * @param value the new value (see {@link CorrectionKind}); for {@link CorrectionKind#SPLIT} the caret's offset in the
 *              body text, in decimal
 */
public record CorrectionEdit(CorrectionKind kind, String value) {
    public CorrectionEdit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static CorrectionEdit title(String title) {
        return new CorrectionEdit(CorrectionKind.TITLE, title.strip());
    }

    public static CorrectionEdit subtitle(String subtitle) {
        return new CorrectionEdit(CorrectionKind.SUBTITLE, subtitle.strip());
    }

    /** @param zoneShortName a zone's short name, "" for no zone */
    public static CorrectionEdit zone(String zoneShortName) {
        return new CorrectionEdit(CorrectionKind.ZONE, zoneShortName);
    }

    public static CorrectionEdit kind(ItemKind kind) {
        return new CorrectionEdit(CorrectionKind.KIND, kind.code());
    }

    public static CorrectionEdit notAnArticle() {
        return new CorrectionEdit(CorrectionKind.NOT_ARTICLE, "");
    }

    public static CorrectionEdit splitAt(int bodyOffset) {
        return new CorrectionEdit(CorrectionKind.SPLIT, Integer.toString(bodyOffset));
    }

    public static CorrectionEdit mergeWithNext() {
        return new CorrectionEdit(CorrectionKind.MERGE, "");
    }

    public static CorrectionEdit reviewed() {
        return new CorrectionEdit(CorrectionKind.REVIEWED, "");
    }
}
