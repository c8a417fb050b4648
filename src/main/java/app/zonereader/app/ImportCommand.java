package app.zonereader.app;

import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.service.PageSource;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code import [--db PATH] [--replace] FILE_OR_DIR...}: imports page files into the library, one line per file. */
final class ImportCommand implements Command {
    private final AppPaths paths;

    ImportCommand() {
        this(AppPaths.forThisMachine());
    }

    ImportCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import page files or folders of them into the library";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader import [--db PATH] [--replace] FILE_OR_DIR...
                  Imports each page file (a folder: every *.txt below it). A page already in the library (same
                  content) is skipped, never duplicated. Prints one line per file.
                  --db PATH   the library file (default: $ZONEREADER_DB, else the per-user data folder)
                  --replace   a file named like an imported page but with other content (a better OCR) is a new
                              version of that page: it takes the old one's place, and the bookmarks, highlights,
                              notes, tags and read state on it are carried over (highlights whose text is gone are
                              kept as orphaned annotations). Without it such a file is added as a page of its own.
                Exit status: 0 every file imported or already present, 2 some files failed (the others are imported).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("--replace"), Set.of("--db"));
        if (line.positional().isEmpty()) {
            throw new CommandLine.UsageException("no file or folder given");
        }
        List<PageSource> pages = FilePages.of(line.positional().stream().map(Path::of).toList());
        if (pages.isEmpty()) {
            err.println("zonereader import: no .txt page files in " + String.join(", ", line.positional()));
            return Cli.EXIT_USAGE;
        }
        Path database = paths.database(line.option("--db"));
        try (Library library = Library.open(database)) {
            List<ImportReport> reports = library.service().importPages(pages,
                    (done, total, report) -> {
                        out.println(describe(report));
                        report.warnings().forEach(warning -> out.println("          ! " + CliWarnings.text(warning)));
                    }, () -> false, line.has("--replace"));
            long failed = reports.stream().filter(report -> report.status() == ImportStatus.FAILED).count();
            String replaced = line.has("--replace") ? count(reports, ImportStatus.REPLACED) + " replaced, " : "";
            out.printf("%d files: %d imported, %s%d already present, %d failed; library %s now holds %d items%n",
                    reports.size(), count(reports, ImportStatus.IMPORTED), replaced,
                    count(reports, ImportStatus.ALREADY_PRESENT), failed, database, library.service().articleCount());
            return failed == 0 ? Cli.EXIT_OK : Cli.EXIT_USAGE;
        }
    }

    private static long count(List<ImportReport> reports, ImportStatus status) {
        return reports.stream().filter(report -> report.status() == status).count();
    }

    static String describe(ImportReport report) {
        return switch (report.status()) {
            case IMPORTED -> String.format("imported  %s: %d items in %d ms%s", report.fileName(), report.articleCount(),
                    report.millis(), report.warnings().isEmpty() ? "" : " (" + report.warnings().size() + " warnings)");
            case REPLACED -> String.format("replaced  %s: new version, %d items in %d ms", report.fileName(),
                    report.articleCount(), report.millis());
            case ALREADY_PRESENT -> String.format("present   %s: already in the library", report.fileName());
            case FAILED -> String.format("FAILED    %s: %s", report.fileName(), report.message());
        };
    }
}
