package app.zonereader.app;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** {@code export [--db PATH] --format md|csv|json [--zone Z] OUT}: the reader's annotations to a file. */
final class ExportCommand implements Command {
    private final AppPaths paths;
    private final Function<Path, OpenLibrary> opener;

    ExportCommand() {
        this(AppPaths.forThisMachine(), OpenLibrary::at);
    }

    ExportCommand(AppPaths paths, Function<Path, OpenLibrary> opener) {
        this.paths = paths;
        this.opener = opener;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export highlights, notes, bookmarks and tags (md, csv, W3C json)";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader export [--db PATH] --format md|csv|json [--zone Z] OUT
                  Writes the reader's highlights, notes, bookmarks and tags to OUT (replaced whole, never half-written).
                  --format json   W3C Web Annotation: an AnnotationCollection, one annotation per item, each
                                  targeting its article's URI with a TextQuoteSelector and a TextPositionSelector;
                                  'zonereader annotate' reads it back, and so can any tool that speaks the standard
                  --format csv    one row per annotation: uri, title, zone, date, kind, colour, quote, note, tags,
                                  created, modified, status (UTF-8 with a byte-order mark, so Excel shows Chinese)
                  --format md     per article: headline, zone, a citation line, each highlight quoted with its note
                                  (without --format, OUT's extension .json, .csv or .md decides)
                  --zone Z        only articles of that zone (short name, e.g. 永川高新区)
                  --db PATH       the library file (default: $ZONEREADER_DB, else the per-user data folder)
                Exit status: 0 written, 1 the file could not be written.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of(), Set.of("--db", "--format", "--zone"));
        if (line.positional().size() != 1) {
            throw new CommandLine.UsageException(line.positional().isEmpty() ? "no output file given"
                    : "one output file, not " + line.positional().size());
        }
        Path file = Path.of(line.positional().get(0)).toAbsolutePath();
        ExportFormat format = format(line, file);
        if (!Files.isDirectory(file.getParent())) {
            err.println("zonereader export: no folder " + file.getParent());
            return Cli.EXIT_FAILED;
        }
        AnnotationFilter filter = line.option("--zone").map(AnnotationFilter.ALL::withZone).orElse(AnnotationFilter.ALL);
        try (OpenLibrary library = opener.apply(paths.database(line.option("--db")))) {
            int written = new AnnotationExportService(library.service()).export(format, filter, file);
            out.printf("%d annotations written to %s%n", written, file);
            return Cli.EXIT_OK;
        }
    }

    private static ExportFormat format(CommandLine line, Path file) {
        String name = line.option("--format").orElseGet(() -> extension(file));
        try {
            return ExportFormat.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException(line.option("--format").isPresent() ? e.getMessage()
                    : "--format md|csv|json is needed: the file name does not say which");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
