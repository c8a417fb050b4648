package app.zonereader.app;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.Correction;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code corrections [--db PATH] [--json] [--review]}: the reader's corrections, or the items that need review. */
@picocli.CommandLine.Command(name = "corrections",
        description = {"list the reader's corrections, or the items that need review",
                "Every correction made in the window, by page and item: what was changed, the reader's value and the",
                "engine's, and whether it still applies (a new version of a page may have lost its item; such a",
                "correction is kept and listed as \"not applied\"). Corrected values are what search and export show."})
final class CorrectionsCommand implements Command {
    /** A page hash is 64 hex digits; this many tell the pages of one library apart. */
    private static final int SHORT_HASH = 12;

    private final AppPaths paths;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    @Option(names = "--review",
            description = "list instead the items the engine was unsure of that nobody corrected or marked reviewed")
    private boolean review;

    @Option(names = "--json", description = "print a JSON array")
    private boolean json;

    CorrectionsCommand() {
        this(AppPaths.forThisMachine());
    }

    CorrectionsCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library library = Library.open(db.database(paths))) {
            if (review) {
                List<ArticleSummary> items = library.service().needsReview();
                if (json) {
                    out.println(Json.write(items.stream().map(CorrectionsCommand::reviewJson).toList()));
                } else {
                    items.forEach(item -> out.printf("%s  %s  %s%n", item.pageFile(), item.title(),
                            item.zone().isEmpty() ? "(no zone)" : item.zone()));
                }
                return Cli.EXIT_OK;
            }
            List<Correction> corrections = library.service().allCorrections();
            if (json) {
                out.println(Json.write(corrections.stream().map(CorrectionsCommand::json).toList()));
            } else {
                corrections.forEach(correction -> out.println(readable(correction)));
            }
            return Cli.EXIT_OK;
        }
    }

    static Map<String, Object> json(Correction correction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("page", correction.pageHash());
        json.put("item", correction.ordinal() + 1);
        json.put("last_item", correction.lastOrdinal() + 1);
        json.put("kind", correction.kind().code());
        json.put("value", correction.value());
        json.put("engine_value", correction.engineValue());
        json.put("applied", correction.applied());
        json.put("created_at", correction.createdAt());
        return json;
    }

    private static String readable(Correction correction) {
        String page = correction.pageHash().substring(0, Math.min(SHORT_HASH, correction.pageHash().length()));
        String value = correction.value().isEmpty() ? "" : " \"" + correction.value() + "\"";
        String engine = correction.engineValue().isEmpty() ? "" : " (engine: \"" + correction.engineValue() + "\")";
        return String.format("%s #%d  %s%s%s%s", page, correction.ordinal() + 1, correction.kind().code(), value, engine,
                correction.applied() ? "" : "  NOT APPLIED: the page changed and the item is gone");
    }

    private static Map<String, Object> reviewJson(ArticleSummary item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("title", item.title());
        json.put("kind", item.kind().code());
        json.put("zone", item.zone().isEmpty() ? null : item.zone());
        json.put("page_file", item.pageFile());
        return json;
    }
}
