package app.zonereader.app;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.Correction;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code corrections [--db PATH] [--json] [--review]}: the reader's corrections, or the items that need review. */
final class CorrectionsCommand implements Command {
    /** A page hash is 64 hex digits; this many tell the pages of one library apart. */
    private static final int SHORT_HASH = 12;

    private final AppPaths paths;

    CorrectionsCommand() {
        this(AppPaths.forThisMachine());
    }

    CorrectionsCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "corrections";
    }

    @Override
    public String summary() {
        return "list the reader's corrections, or the items that need review";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader corrections [--db PATH] [--json] [--review]
                  Every correction made in the window, by page and item: what was changed, the reader's value and the
                  engine's, and whether it still applies (a new version of a page may have lost its item; such a
                  correction is kept and listed as "not applied"). Corrected values are what search and export show.
                  --review    list instead the items the engine was unsure of that nobody corrected or marked reviewed
                  --json      print a JSON array
                  --db PATH   the library file (default: $ZONEREADER_DB, else the per-user data folder)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, Set.of("--json", "--review"), Set.of("--db"));
        if (!line.positional().isEmpty()) {
            throw new CommandLine.UsageException("unexpected argument '" + line.positional().get(0) + "'");
        }
        try (Library library = Library.open(paths.database(line.option("--db")))) {
            if (line.has("--review")) {
                List<ArticleSummary> items = library.service().needsReview();
                if (line.has("--json")) {
                    out.println(Json.write(items.stream().map(CorrectionsCommand::reviewJson).toList()));
                } else {
                    items.forEach(item -> out.printf("%s  %s  %s%n", item.pageFile(), item.title(),
                            item.zone().isEmpty() ? "(no zone)" : item.zone()));
                }
                return Cli.EXIT_OK;
            }
            List<Correction> corrections = library.service().allCorrections();
            if (line.has("--json")) {
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
