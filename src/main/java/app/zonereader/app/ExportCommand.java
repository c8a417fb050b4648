package app.zonereader.app;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code export [--db PATH] --format md|csv|json [--zone Z] OUT}: the reader's annotations to a file. */
@picocli.CommandLine.Command(name = "export",
        customSynopsis = "zonereader export [--db PATH] --format md|csv|json [--zone Z] OUT",
        description = {"export highlights, notes, bookmarks and tags (md, csv, W3C json)",
                "Writes the reader's highlights, notes, bookmarks and tags to OUT (replaced whole, never half-written).",
                "  json: W3C Web Annotation: an AnnotationCollection, one annotation per item, each targeting its "
                        + "article's URI with a TextQuoteSelector and a TextPositionSelector; 'zonereader annotate' "
                        + "reads it back, and so can any tool that speaks the standard",
                "  csv: one row per annotation: uri, title, zone, date, kind, colour, quote, note, tags, created, "
                        + "modified, status (UTF-8 with a byte-order mark, so Excel shows Chinese)",
                "  md: per article: headline, zone, a citation line, each highlight quoted with its note"},
        exitCodeList = {"0:written", "1:the file could not be written", "2:bad usage"})
final class ExportCommand implements Command {
    private final AppPaths paths;
    private final Function<Path, OpenLibrary> opener;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    @Option(names = "--format", paramLabel = "md|csv|json",
            description = "the file's format (without it, OUT's extension .json, .csv or .md decides)")
    private String format = "";

    @Option(names = "--zone", paramLabel = "Z", description = "only articles of that zone (short name, e.g. 永川高新区)")
    private String zone = "";

    @Parameters(paramLabel = "OUT", arity = "0..*", description = "the file to write")
    private List<Path> outputs = new ArrayList<>();

    ExportCommand() {
        this(AppPaths.forThisMachine(), OpenLibrary::at);
    }

    ExportCommand(AppPaths paths, Function<Path, OpenLibrary> opener) {
        this.paths = paths;
        this.opener = opener;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (outputs.size() != 1) {
            throw new ParameterException(spec.commandLine(), outputs.isEmpty() ? "no output file given"
                    : "one output file, not " + outputs.size());
        }
        Path file = outputs.get(0).toAbsolutePath();
        ExportFormat chosen = format(file);
        if (!Files.isDirectory(file.getParent())) {
            spec.commandLine().getErr().println("zonereader export: no folder " + file.getParent());
            return Cli.EXIT_FAILED;
        }
        AnnotationFilter filter = zone.isEmpty() ? AnnotationFilter.ALL : AnnotationFilter.ALL.withZone(zone);
        try (OpenLibrary library = opener.apply(db.database(paths))) {
            int written = new AnnotationExportService(library.service()).export(chosen, filter, file);
            out.printf("%d annotations written to %s%n", written, file);
            return Cli.EXIT_OK;
        }
    }

    private ExportFormat format(Path file) {
        try {
            return ExportFormat.fromName(format.isEmpty() ? extension(file) : format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), !format.isEmpty() ? e.getMessage()
                    : "--format md|csv|json is needed: the file name does not say which");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
