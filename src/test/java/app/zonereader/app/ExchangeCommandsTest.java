package app.zonereader.app;

import app.zonereader.exchange.Samples;
import app.zonereader.exchange.W3cAnnotationReader;
import app.zonereader.model.AnnotationFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export} and {@code annotate} on a library that holds the sample annotations in memory. */
class ExchangeCommandsTest {
    @TempDir
    Path folder;

    private final AnnotationsOnlyService source = new AnnotationsOnlyService(Samples.rows(Samples.everyKind()));
    private final AnnotationsOnlyService target = new AnnotationsOnlyService(List.of());
    private final List<Path> opened = new ArrayList<>();
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        AppPaths paths = new AppPaths(Map.of(), "Linux", folder);
        return cli.run(new Cli(List.of(
                new ExportCommand(paths, db -> open(db, source)),
                new AnnotateCommand(paths, db -> open(db, target), new W3cAnnotationReader()))), args);
    }

    private OpenLibrary open(Path database, AnnotationsOnlyService service) {
        opened.add(database);
        return new OpenLibrary(service.service(), () -> { });
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void exportThenAnnotateAddsEveryAnnotationOnceAndNeverTwice() throws Exception {
        Path file = folder.resolve("notes.json");
        assertEquals(0, run("export", "--db", "a.db", "--format", "json", file.toString()), err());
        assertEquals("6 annotations written to " + file + "\n", out());

        assertEquals(0, run("annotate", "--db", "b.db", file.toString()), err());
        assertEquals(file + ": read 6, 6 anchored, 0 orphaned, 0 already present, 0 problems\n", out());
        assertEquals(0, run("annotate", "--db", "b.db", file.toString()), err());
        assertTrue(out().contains("read 6, 0 anchored, 0 orphaned, 6 already present"), out());
        assertEquals(6, target.added.size());
        assertEquals(List.of("a.db", "b.db", "b.db"), opened.stream().map(db -> db.getFileName().toString()).toList());
    }

    @Test
    void exportTakesTheFormatFromTheFileNameAndFiltersByZone() throws Exception {
        Path file = folder.resolve("notes.csv");
        assertEquals(0, run("export", "--db", "a.db", "--zone", "永川高新区", file.toString()), err());
        assertTrue(Files.readString(file).startsWith("\uFEFFuri,"));
        assertEquals(List.of(AnnotationFilter.ALL.withZone("永川高新区")), source.filters);
    }

    @Test
    void exportExplainsWhatIsMissing() {
        assertEquals(2, run("export", "--db", "a.db", folder.resolve("notes.txt").toString()));
        assertTrue(err().contains("--format md|csv|json is needed"), err());
        assertEquals(2, run("export", "--db", "a.db", "--format", "xml", folder.resolve("n.xml").toString()));
        assertTrue(err().contains("unknown export format 'xml'"), err());
        assertEquals(2, run("export", "--db", "a.db", "--format", "md"));
        assertTrue(err().contains("no output file given"), err());
        assertEquals(1, run("export", "--db", "a.db", "--format", "md", folder.resolve("gone/notes.md").toString()));
        assertTrue(err().contains("no folder"), err());
        assertEquals(List.of(), opened, "nothing opened for a call that cannot succeed");
    }

    @Test
    void aMalformedFileIsRefusedInOneLineAndAddsNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.json"), "{\"type\": \"Annotation\",");
        assertEquals(2, run("annotate", "--db", "b.db", file.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("zonereader annotate: " + file + ": not valid JSON at line 1"), err());
        assertEquals(2, run("annotate", "--db", "b.db", folder.resolve("missing.json").toString()));
        assertTrue(err().contains("missing.json: no such file"), err());
        assertEquals(List.of(), opened);
    }

    @Test
    void unusableEntriesAreListedAndTheRestAdded() throws Exception {
        Path file = Files.writeString(folder.resolve("mixed.json"), """
                [{"id": "urn:web", "type": "Annotation", "bodyValue": "x", "target": "http://example.org/a"},
                 {"id": "urn:ok", "type": "Annotation", "motivation": "bookmarking", "target": "%s"}]"""
                .formatted(Samples.ARTICLE.uri()));
        assertEquals(0, run("annotate", "--db", "b.db", file.toString()), err());
        assertTrue(out().contains("read 2, 1 anchored, 0 orphaned, 0 already present, 1 problems"), out());
        assertTrue(out().contains("  ! [0] (urn:web): its target http://example.org/a is not a ZoneReader article"), out());
    }

    @Test
    void theOverviewListsBothCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("export     export highlights"), out());
        assertTrue(out().contains("annotate   add annotations"), out());
        assertEquals(0, run("annotate", "--help"));
        assertTrue(out().startsWith("Usage: zonereader annotate [--db PATH] FILE.json"), out());
    }
}
