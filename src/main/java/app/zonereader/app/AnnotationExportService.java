package app.zonereader.app;

import app.zonereader.exchange.AnnotationWriter;
import app.zonereader.exchange.AnnotationWriters;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ExportFormat;
import app.zonereader.service.AnnotationExporter;
import app.zonereader.service.LibraryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

/**
 * Exports the library's annotations for File → Export… and the {@code export} command. The file is written beside
 * its target under a temporary name and moved into place when complete, so a crash or a full disk never leaves a
 * half-written export, nor destroys the previous one.
 */
public final class AnnotationExportService implements AnnotationExporter {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationExportService.class);

    private final LibraryService library;
    private final Function<ExportFormat, AnnotationWriter> writers;

    public AnnotationExportService(LibraryService library) {
        this(library, AnnotationWriters::forFormat);
    }

    AnnotationExportService(LibraryService library, Function<ExportFormat, AnnotationWriter> writers) {
        this.library = library;
        this.writers = writers;
    }

    @Override
    public int export(ExportFormat format, AnnotationFilter filter, Path file) throws IOException {
        long start = System.nanoTime();
        List<AnnotationRow> rows = library.annotations(filter);
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                writers.apply(format).write(rows, out);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        LOG.info("Exported {} annotations as {} to {} in {} ms", rows.size(), format.extension(), target,
                (System.nanoTime() - start) / 1_000_000);
        return rows.size();
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.debug("No atomic move on this file system; replacing {} in two steps", target, e);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
