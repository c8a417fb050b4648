package app.zonereader.service;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the reader's annotations to a file, for File → Export… and the {@code export} command. Blocks on I/O. */
public interface AnnotationExporter {
    /**
     * Writes the annotations the filter keeps to {@code file} (replaced whole: written to a temporary file first).
     *
     * @return how many annotations were written
     */
    int export(ExportFormat format, AnnotationFilter filter, Path file) throws IOException;
}
