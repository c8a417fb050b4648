package app.zonereader.exchange;

import app.zonereader.model.AnnotationRow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes annotations, with their articles, in one exchange format. */
public interface AnnotationWriter {
    /** Writes the rows, in the order given, to {@code out} as UTF-8; leaves {@code out} open. */
    void write(List<AnnotationRow> rows, OutputStream out) throws IOException;
}
