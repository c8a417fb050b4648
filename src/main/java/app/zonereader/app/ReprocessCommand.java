package app.zonereader.app;

import app.zonereader.model.ImportStatus;
import app.zonereader.model.ReanchorReport;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code reprocess [--db PATH]}: runs the current page engine over every stored page and re-anchors the reader's data. */
@picocli.CommandLine.Command(name = "reprocess", customSynopsis = "zonereader reprocess [--db PATH]",
        description = {"cut every stored page again with this version's engine, keeping annotations",
                "Runs this version's page engine again over the text of every page in the library, each page in its "
                        + "own transaction, so a better engine's articles, zones and tags replace the old ones. "
                        + "Bookmarks, highlights, notes, tags and read state are carried over: each highlight is "
                        + "found again by its quote and context (exactly, or with small edits); one whose text is "
                        + "gone is kept as an orphaned annotation, never deleted. Prints one line per page, then how "
                        + "the annotations fared.",
                "Pages imported before the library kept page texts cannot be re-processed: import their files again "
                        + "with 'import --replace'."},
        exitCodeList = {"0:every page re-processed", "1:the library could not be opened",
                "2:some pages failed (they keep their old version), or bad usage"})
final class ReprocessCommand implements Command {
    private final AppPaths paths;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    ReprocessCommand() {
        this(AppPaths.forThisMachine());
    }

    ReprocessCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path database = db.database(paths);
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
