package app.zonereader.app;

import app.zonereader.model.CountByName;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code stats [--db PATH] [--json] --by zone|province|month|tag [--zone Z] [--province P]}: the stats tab's numbers. */
final class StatsCommand implements Command {
    private final AppPaths paths;

    StatsCommand() {
        this(AppPaths.forThisMachine());
    }

    StatsCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "count articles by zone, province, month or tag";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader stats [--db PATH] [--json] --by zone|province|month|tag [--zone Z] [--province P]
                  Articles only (photos and ads are not counted), as in the window's stats tab.
                  --by zone       per zone short name, most first (articles without a zone left out)
                  --by province   per province, most first
                  --by month      per month (yyyy-MM) of the page's issue date, else its import date, oldest first
                  --by tag        per tag as the reader sees them (removed automatic tags left out), most first
                  --zone Z, --province P
                              only articles of that zone (short name, e.g. 永川高新区) or province
                  --json      print a JSON array of {"name", "count"}
                  --db PATH   the library file (default: $ZONEREADER_DB, else the per-user data folder)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, Set.of("--json"), Set.of("--db", "--by", "--zone", "--province"));
        if (!line.positional().isEmpty()) {
            throw new CommandLine.UsageException("unexpected argument '" + line.positional().get(0) + "'");
        }
        StatsDimension by = dimension(line.option("--by")
                .orElseThrow(() -> new CommandLine.UsageException("--by zone|province|month|tag is required")));
        StatsFilter filter = StatsFilter.ALL.withZone(line.option("--zone").orElse(""))
                .withProvince(line.option("--province").orElse(""));
        try (Library library = Library.open(paths.database(line.option("--db")))) {
            List<CountByName> counts = library.service().articleCounts(by, filter);
            if (line.has("--json")) {
                out.println(Json.write(counts.stream().map(StatsCommand::row).toList()));
            } else {
                int width = counts.stream().mapToInt(count -> count.name().length()).max().orElse(0);
                counts.forEach(count -> out.printf("%s%s  %d%n", count.name(), pad(width - count.name().length()),
                        count.count()));
            }
            return Cli.EXIT_OK;
        }
    }

    private static StatsDimension dimension(String value) {
        try {
            return StatsDimension.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--by takes zone, province, month or tag, not '" + value + "'");
        }
    }

    private static Map<String, Object> row(CountByName count) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", count.name());
        row.put("count", count.count());
        return row;
    }

    /** Chinese characters are two columns wide in a terminal: full-width spaces keep the counts lined up. */
    private static String pad(int characters) {
        return "\u3000".repeat(Math.max(0, characters));
    }
}
