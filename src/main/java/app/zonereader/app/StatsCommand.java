package app.zonereader.app;

import app.zonereader.model.CountByName;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code stats [--db PATH] [--json] --by zone|province|month|tag [--zone Z] [--province P]}: the stats tab's numbers. */
@picocli.CommandLine.Command(name = "stats",
        customSynopsis = "zonereader stats [--db PATH] [--json] --by zone|province|month|tag [--zone Z] [--province P]",
        description = {"count articles by zone, province, month or tag",
                "Articles only (photos and ads are not counted), as in the window's stats tab.",
                "  zone: per zone short name, most first (articles without a zone left out)",
                "  province: per province, most first",
                "  month: per month (yyyy-MM) of the page's issue date, else its import date, oldest first",
                "  tag: per tag as the reader sees them (removed automatic tags left out), most first"})
final class StatsCommand implements Command {
    private final AppPaths paths;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    /** Checked in {@link #call()}, not by picocli's {@code required}, which would hide a mistyped option behind it. */
    @Option(names = "--by", paramLabel = "zone|province|month|tag", converter = Dimension.class,
            description = "what to count by (required)")
    private StatsDimension by;

    @Option(names = "--zone", paramLabel = "Z", description = "only articles of that zone (short name, e.g. 永川高新区)")
    private String zone = "";

    @Option(names = "--province", paramLabel = "P", description = "only articles of that province")
    private String province = "";

    @Option(names = "--json", description = "print a JSON array of {\"name\", \"count\"}")
    private boolean json;

    StatsCommand() {
        this(AppPaths.forThisMachine());
    }

    StatsCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (by == null) {
            throw new ParameterException(spec.commandLine(), "--by zone|province|month|tag is required");
        }
        StatsFilter filter = StatsFilter.ALL.withZone(zone).withProvince(province);
        try (Library library = Library.open(db.database(paths))) {
            List<CountByName> counts = library.service().articleCounts(by, filter);
            if (json) {
                out.println(Json.write(counts.stream().map(StatsCommand::row).toList()));
            } else {
                int width = counts.stream().mapToInt(count -> count.name().length()).max().orElse(0);
                counts.forEach(count -> out.printf("%s%s  %d%n", count.name(), pad(width - count.name().length()),
                        count.count()));
            }
            return Cli.EXIT_OK;
        }
    }

    /** {@code --by}'s value, named in lower case as the help shows it. */
    static final class Dimension implements ITypeConverter<StatsDimension> {
        @Override
        public StatsDimension convert(String value) {
            try {
                return StatsDimension.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("takes zone, province, month or tag, not '" + value + "'");
            }
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
