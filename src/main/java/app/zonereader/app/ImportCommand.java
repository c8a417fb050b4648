package app.zonereader.app;

import app.zonereader.model.CountByName;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportSummary;
import app.zonereader.ui.SkipTexts;
import app.zonereader.ui.UserPreferences;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import [--db PATH] [--replace] [--max-size SIZE] FILE_OR_DIR...}: imports page files into the library, one
 * line per file, then the report: new pages and articles per zone, duplicates, replaced pages, and every file not
 * imported with its reason.
 */
@picocli.CommandLine.Command(name = "import",
        customSynopsis = "zonereader import [--db PATH] [--replace] [--max-size SIZE] FILE_OR_DIR...",
        description = {"import page files or folders of them into the library",
                "Imports each page file; a folder is read to the bottom, and every text file in it is a page, "
                        + "whatever its name (.txt, .TXT, .text, none): whether a file is text is decided by its "
                        + "content. A page already in the library (same content) is skipped, never duplicated. "
                        + "Prints one line per file, then the report: new pages and articles per zone, duplicates, "
                        + "replaced pages, and every file not imported with its reason (empty, not text, too large, "
                        + "far longer than a page, unreadable, not a regular file, dangling link, link loop, deleted "
                        + "during the import). Another process (the window) may use the library at the same time: "
                        + "each page waits for it."},
        exitCodeList = {"0:every file imported or already present", "1:the library could not be opened",
                "2:some files were not imported (the others are), or bad usage"})
final class ImportCommand implements Command {
    private static final SkipTexts REASONS = SkipTexts.english();

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

    @Option(names = "--max-size", paramLabel = "SIZE", converter = Size.class,
            description = "files larger than this are not imported (default 5M; e.g. 500K, 20M, 1G)")
    private long maxBytes = UserPreferences.DEFAULT_IMPORT_MAX_BYTES;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", description = "page files or folders of them")
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
        Path database = db.database(paths);
        try (Library library = Library.open(database)) {
            List<ImportReport> reports = library.service().importFiles(files, maxBytes,
                    (done, total, report) -> {
                        out.println(describe(report));
                        report.warnings().forEach(warning -> out.println("          ! " + CliWarnings.text(warning)));
                    }, () -> false, replace);
            if (reports.isEmpty()) {
                spec.commandLine().getErr().println("zonereader import: no files in "
                        + String.join(", ", files.stream().map(Path::toString).toList()));
                return Cli.EXIT_USAGE;
            }
            ImportSummary summary = ImportSummary.of(reports, false);
            out.print(report(summary));
            out.printf("library %s now holds %d items%n", database, library.service().articleCount());
            return summary.notImported().isEmpty() ? Cli.EXIT_OK : Cli.EXIT_USAGE;
        }
    }

    /** {@code --max-size}'s value: a number of bytes with an optional K, M or G. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Sizes.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The end of the output: the figures, the zones that gained articles, the files left out and why. */
    static String report(ImportSummary summary) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d files: %d new pages, %d replaced, %d items stored, %d already present, "
                        + "%d not imported%n", summary.files(), summary.newPages(), summary.replaced(),
                summary.newArticles(), summary.duplicates(), summary.notImported().size()));
        if (!summary.articlesPerZone().isEmpty()) {
            text.append("new items per zone:\n");
            for (CountByName zone : summary.articlesPerZone()) {
                text.append(String.format("  %5d  %s%n", zone.count(), zone.name().isEmpty() ? "(no zone)" : zone.name()));
            }
        }
        if (!summary.notImported().isEmpty()) {
            text.append("not imported:\n");
            summary.notImported().forEach(report -> text.append("  ").append(report.fileName()).append(": ")
                    .append(reason(report)).append('\n'));
        }
        return text.toString();
    }

    static String describe(ImportReport report) {
        return switch (report.status()) {
            case IMPORTED -> String.format("imported  %s: %d items in %d ms%s", report.fileName(), report.articleCount(),
                    report.millis(), report.warnings().isEmpty() ? "" : " (" + report.warnings().size() + " warnings)");
            case REPLACED -> String.format("replaced  %s: new version, %d items in %d ms", report.fileName(),
                    report.articleCount(), report.millis());
            case ALREADY_PRESENT -> String.format("present   %s: already in the library", report.fileName());
            case FAILED -> String.format("skipped   %s: %s", report.fileName(), reason(report));
        };
    }

    private static String reason(ImportReport report) {
        return REASONS.render(report.reason(), report.message());
    }
}
