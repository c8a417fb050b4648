package app.zonereader.app;

import app.zonereader.exchange.Samples;
import app.zonereader.exchange.W3cAnnotationReader;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationExportServiceTest {
    @TempDir
    Path folder;

    private final AnnotationsOnlyService library = new AnnotationsOnlyService(Samples.rows(Samples.everyKind()));

    @Test
    void writesEachFormatAndSaysHowManyAnnotations() throws Exception {
        AnnotationExportService exporter = new AnnotationExportService(library.service());
        for (ExportFormat format : ExportFormat.values()) {
            Path file = folder.resolve("notes." + format.extension());
            assertEquals(6, exporter.export(format, AnnotationFilter.ALL, file));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            switch (format) {
                case JSON -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        assertEquals(6, new W3cAnnotationReader().read(in).annotations().size());
                    }
                }
                case CSV -> assertTrue(text.startsWith("\uFEFFuri,title,"), text);
                case MARKDOWN -> assertTrue(text.startsWith("# ZoneReader annotations\n"), text);
            }
        }
        assertEquals(List.of(AnnotationFilter.ALL, AnnotationFilter.ALL, AnnotationFilter.ALL), library.filters);
        assertEquals(List.of("notes.csv", "notes.json", "notes.md"), names());
    }

    @Test
    void replacesAnEarlierExportWhole() throws Exception {
        Path file = folder.resolve("notes.md");
        Files.writeString(file, "x".repeat(100_000));
        new AnnotationExportService(library.service()).export(ExportFormat.MARKDOWN, AnnotationFilter.ALL, file);
        assertTrue(Files.readString(file).startsWith("# ZoneReader annotations"));
        assertTrue(Files.size(file) < 100_000);
    }

    @Test
    void aFailedExportLeavesTheEarlierFileAndNoPartialOne() throws Exception {
        Path file = folder.resolve("notes.csv");
        Files.writeString(file, "the earlier export");
        AnnotationExportService failing = new AnnotationExportService(library.service(), format -> (rows, out) -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        IOException e = assertThrows(IOException.class, () -> failing.export(ExportFormat.CSV, AnnotationFilter.ALL, file));
        assertEquals("disk full", e.getMessage());
        assertEquals("the earlier export", Files.readString(file));
        assertEquals(List.of("notes.csv"), names(), "the temporary file is removed");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
