package app.zonereader.app;

import app.zonereader.model.CountByName;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportSummary;
import app.zonereader.ui.SkipTexts;
import app.zonereader.ui.UserPreferences;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code import [--db PATH] [--replace] [--max-size SIZE] FILE_OR_DIR...}: imports page files into the library, one
 * line per file, then the report: new pages and articles per zone, duplicates, replaced pages, and every file not
 * imported with its reason.
 */
final class ImportCommand implements Command {
    private static final SkipTexts REASONS = SkipTexts.english();

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
                Usage: zonereader import [--db PATH] [--replace] [--max-size SIZE] FILE_OR_DIR...
                  Imports each page file; a folder is read to the bottom, and every text file in it is a page,
                  whatever its name (.txt, .TXT, .text, none): whether a file is text is decided by its content. A
                  page already in the library (same content) is skipped, never duplicated. Prints one line per file,
                  then the report: new pages and articles per zone, duplicates, replaced pages, and every file not
                  imported with its reason (empty, not text, too large, far longer than a page, unreadable, not a
                  regular file, dangling link, link loop, deleted during the import).
                  --db PATH        the library file (default: $ZONEREADER_DB, else the per-user data folder)
                  --max-size SIZE  files larger than this are not imported (default 5M; e.g. 500K, 20M, 1G)
                  --replace        a file named like an imported page but with other content (a better OCR) is a
                                   new version of that page: it takes the old one's place, and the bookmarks,
                                   highlights, notes, tags and read state on it are carried over (highlights whose
                                   text is gone are kept as orphaned annotations). Without it such a file is added
                                   as a page of its own.
                  Another process (the window) may use the library at the same time: each page waits for it.
                Exit status: 0 every file imported or already present, 2 some files were not imported (the others are).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("--replace"), Set.of("--db", "--max-size"));
        if (line.positional().isEmpty()) {
            throw new CommandLine.UsageException("no file or folder given");
        }
        long maxBytes = maxBytes(line);
        Path database = paths.database(line.option("--db"));
        try (Library library = Library.open(database)) {
            List<ImportReport> reports = library.service().importFiles(
                    line.positional().stream().map(Path::of).toList(), maxBytes,
                    (done, total, report) -> {
                        out.println(describe(report));
                        report.warnings().forEach(warning -> out.println("          ! " + CliWarnings.text(warning)));
                    }, () -> false, line.has("--replace"));
            if (reports.isEmpty()) {
                err.println("zonereader import: no files in " + String.join(", ", line.positional()));
                return Cli.EXIT_USAGE;
            }
            ImportSummary summary = ImportSummary.of(reports, false);
            out.print(report(summary));
            out.printf("library %s now holds %d items%n", database, library.service().articleCount());
            return summary.notImported().isEmpty() ? Cli.EXIT_OK : Cli.EXIT_USAGE;
        }
    }

    private static long maxBytes(CommandLine line) {
        return line.option("--max-size").map(size -> {
            try {
                return Sizes.parse(size);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.UsageException("--max-size: " + e.getMessage());
            }
        }).orElse(UserPreferences.DEFAULT_IMPORT_MAX_BYTES);
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
