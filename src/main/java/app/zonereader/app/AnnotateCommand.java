package app.zonereader.app;

import app.zonereader.exchange.AnnotationFormatException;
import app.zonereader.exchange.ReadAnnotations;
import app.zonereader.exchange.W3cAnnotationReader;
import app.zonereader.model.AnnotationImportReport;

import java.io.InputStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code annotate [--db PATH] FILE.json}: adds W3C Web Annotations from a file to the library. */
@picocli.CommandLine.Command(name = "annotate", customSynopsis = "zonereader annotate [--db PATH] FILE.json",
        description = {"add annotations from a W3C Web Annotation JSON file",
                "Adds the annotations in FILE to the library: what 'zonereader export --format json' writes, or any "
                        + "W3C Web Annotation JSON (an Annotation, an AnnotationCollection, an AnnotationPage or a "
                        + "list of them) whose targets are ZoneReader article URIs (zonereader:page/<sha256>/<n>).",
                "Each highlight is anchored by its quote and context; one whose text is not in the library is kept "
                        + "as orphaned, for you to re-attach; one already there (same id) is not added again.",
                "Prints how many were read, anchored, orphaned and skipped, and each entry that could not be used."},
        exitCodeList = {"0:the file was read (orphans and unusable entries included)",
                "2:it is missing or is not annotation JSON (nothing is added then)"})
final class AnnotateCommand implements Command {
    private final AppPaths paths;
    private final Function<Path, OpenLibrary> opener;
    private final W3cAnnotationReader reader;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    @Parameters(paramLabel = "FILE.json", arity = "0..*", description = "the annotations to add")
    private List<Path> inputs = new ArrayList<>();

    AnnotateCommand() {
        this(AppPaths.forThisMachine(), OpenLibrary::at, new W3cAnnotationReader());
    }

    AnnotateCommand(AppPaths paths, Function<Path, OpenLibrary> opener, W3cAnnotationReader reader) {
        this.paths = paths;
        this.opener = opener;
        this.reader = reader;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.size() != 1) {
            throw new ParameterException(spec.commandLine(), inputs.isEmpty() ? "no annotation file given"
                    : "one annotation file, not " + inputs.size());
        }
        Path file = inputs.get(0);
        ReadAnnotations read;
        try (InputStream in = Files.newInputStream(file)) {
            read = reader.read(in);
        } catch (NoSuchFileException e) {
            err.println("zonereader annotate: " + file + ": no such file");
            return Cli.EXIT_USAGE;
        } catch (AnnotationFormatException e) {
            err.println("zonereader annotate: " + file + ": " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        try (OpenLibrary library = opener.apply(db.database(paths))) {
            AnnotationImportReport report = read.report(library.service().importAnnotations(read.annotations()));
            out.printf("%s: read %d, %d anchored, %d orphaned, %d already present, %d problems%n", file,
                    report.read(), report.anchored(), report.orphaned(), report.duplicates(), report.problems().size());
            report.problems().forEach(problem -> out.println("  ! " + problem));
            return Cli.EXIT_OK;
        }
    }
}
