package app.zonereader.app;

import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.service.PageSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code import [--db PATH] [--replace] FILE_OR_DIR...}: imports page files into the library, one line per file. */
@picocli.CommandLine.Command(name = "import",
        customSynopsis = "zonereader import [--db PATH] [--replace] FILE_OR_DIR...",
        description = {"import page files or folders of them into the library",
                "Imports each page file (a folder: every *.txt below it). A page already in the library (same "
                        + "content) is skipped, never duplicated. Prints one line per file."},
        exitCodeList = {"0:every file imported or already present", "1:the library could not be opened",
                "2:some files failed (the others are imported), or bad usage"})
final class ImportCommand implements Command {
    private final AppPaths paths;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    @Option(names = "--replace", description = {"a file named like an imported page but with other content (a better "
            + "OCR) is a new version of that page: it takes the old one's place, and the bookmarks, highlights, "
            + "notes, tags and read state on it are carried over (highlights whose text is gone are kept as "
            + "orphaned annotations). Without it such a file is added as a page of its own."})
    private boolean replace;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", description = "page files (.txt) or folders of them")
    private List<Path> files = new ArrayList<>();

    ImportCommand() {
        this(AppPaths.forThisMachine());
    }

    ImportCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no file or folder given");
        }
        List<PageSource> pages = FilePages.of(files);
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println("zonereader import: no .txt page files in "
                    + String.join(", ", files.stream().map(Path::toString).toList()));
            return Cli.EXIT_USAGE;
        }
        Path database = db.database(paths);
        try (Library library = Library.open(database)) {
            List<ImportReport> reports = library.service().importPages(pages,
                    (done, total, report) -> {
                        out.println(describe(report));
                        report.warnings().forEach(warning -> out.println("          ! " + CliWarnings.text(warning)));
                    }, () -> false, replace);
            long failed = reports.stream().filter(report -> report.status() == ImportStatus.FAILED).count();
            String replaced = replace ? count(reports, ImportStatus.REPLACED) + " replaced, " : "";
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
