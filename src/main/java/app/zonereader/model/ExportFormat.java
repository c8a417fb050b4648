package app.zonereader.model;

import java.util.Locale;

/** The formats annotations are exported in. */
public enum ExportFormat {
    /** Per article: headline, zone, citation, each highlight as a quote with its note. */
    MARKDOWN("md"),
    /** One row per annotation (RFC 4180). */
    CSV("csv"),
    /** A W3C Web Annotation AnnotationCollection. */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension and the command line's name for it: md, csv, json. */
    public String extension() {
        return extension;
    }

    /** @throws IllegalArgumentException for a name that is not md, csv or json */
    public static ExportFormat fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (use md, csv or json)");
    }
}
