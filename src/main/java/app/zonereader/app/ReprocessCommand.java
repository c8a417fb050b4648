package app.zonereader.app;

import app.zonereader.model.ImportStatus;
import app.zonereader.model.ReanchorReport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code reprocess [--db PATH]}: runs the current page engine over every stored page and re-anchors the reader's data. */
final class ReprocessCommand implements Command {
    private final AppPaths paths;

    ReprocessCommand() {
        this(AppPaths.forThisMachine());
    }

    ReprocessCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "reprocess";
    }

    @Override
    public String summary() {
        return "cut every stored page again with this version's engine, keeping annotations";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader reprocess [--db PATH]
                  Runs this version's page engine again over the text of every page in the library, each page in
                  its own transaction, so a better engine's articles, zones and tags replace the old ones. Bookmarks,
                  highlights, notes, tags and read state are carried over: each highlight is found again by its quote
                  and context (exactly, or with small edits); one whose text is gone is kept as an orphaned
                  annotation, never deleted. Prints one line per page, then how the annotations fared.
                  Pages imported before the library kept page texts cannot be re-processed: import their files
                  again with 'import --replace'.
                  --db PATH   the library file (default: $ZONEREADER_DB, else the per-user data folder)
                Exit status: 0 every page re-processed, 2 some pages failed (they keep their old version).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of(), Set.of("--db"));
        if (!line.positional().isEmpty()) {
            throw new CommandLine.UsageException("unexpected argument " + line.positional().get(0));
        }
        Path database = paths.database(line.option("--db"));
        try (Library library = Library.open(database)) {
            ReanchorReport report = library.service().reprocess((done, total, page) -> out.println(
                    page.status() == ImportStatus.FAILED ? ImportCommand.describe(page)
                            : String.format("redone    %s: %d items in %d ms", page.fileName(), page.articleCount(),
                            page.millis())), () -> false);
            out.println(describe(report));
            report.failures().forEach(failure -> out.println("  FAILED  " + failure));
            return report.failures().isEmpty() ? Cli.EXIT_OK : Cli.EXIT_USAGE;
        }
    }

    static String describe(ReanchorReport report) {
        return String.format("%d pages re-processed, %d items; annotations: %d found exactly, %d found with small edits,"
                        + " %d orphaned; %d pages failed", report.pages(), report.items(), report.exact(), report.fuzzy(),
                report.orphaned(), report.failures().size());
    }
}
