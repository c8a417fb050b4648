package app.zonereader.model;

import java.util.Locale;

/** The five highlight colours the reader offers; the stored and exported name is the lower-case constant. */
public enum HighlightColor {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    /** "yellow", "green", … as stored and exported. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name that is none of the five */
    public static HighlightColor fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
