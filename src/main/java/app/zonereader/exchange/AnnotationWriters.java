package app.zonereader.exchange;

import app.zonereader.model.ExportFormat;

/** The writer for each export format. */
public final class AnnotationWriters {
    private AnnotationWriters() {
    }

    public static AnnotationWriter forFormat(ExportFormat format) {
        return switch (format) {
            case JSON -> new W3cAnnotationWriter();
            case CSV -> new CsvAnnotationWriter();
            case MARKDOWN -> new MarkdownAnnotationWriter();
        };
    }
}
