package app.zonereader.app;

import app.zonereader.model.PrintedSource;
import app.zonereader.model.SearchHit;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.SearchScope;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code search [--db PATH] [--json] [--limit N] QUERY}: the same search as the window's search box. */
final class SearchCommand implements Command {
    private static final int DEFAULT_LIMIT = 50;

    private final AppPaths paths;

    SearchCommand() {
        this(AppPaths.forThisMachine());
    }

    SearchCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "search the library";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader search [--db PATH] [--json] [--limit N] [--zone Z] [--province P] [--tag T] QUERY...
                  Plain words, 2-character words (职教), fragments (教融合), "quoted phrases" and prefixes (产教*).
                  The words of QUERY are joined with spaces.
                  --json      print a JSON array: {"id", "uri", "title", "zone", "date", "snippet", "score"} per article;
                              "uri" (zonereader:page/<sha256>/<n>) stays the same across re-imports, "id" may not
                  --limit N   at most N results (default 50)
                  --zone Z, --province P, --tag T
                              only articles of that zone (short name, e.g. 永川高新区), province or tag
                  --db PATH   the library file (default: $ZONEREADER_DB, else the per-user data folder)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, Set.of("--json"), Set.of("--db", "--limit", "--zone", "--province", "--tag"));
        String query = String.join(" ", line.positional()).strip();
        if (query.isEmpty()) {
            throw new CommandLine.UsageException("no query given");
        }
        int limit = limit(line);
        try (Library library = Library.open(paths.database(line.option("--db")))) {
            List<SearchHit> hits = library.service().search(query, limit, new SearchScope(line.option("--zone").orElse(""),
                    line.option("--province").orElse(""), line.option("--tag").orElse("")));
            if (line.has("--json")) {
                out.println(Json.write(hitsJson(hits, id -> library.service().article(id)
                        .map(StoredArticle::printed).orElse(PrintedSource.NONE))));
            } else {
                hits.forEach(hit -> out.printf("%6d  %s  [%s]%n        %s%n", hit.articleId(), hit.title(),
                        hit.zone().isEmpty() ? "-" : hit.zone(), plainSnippet(hit.snippet())));
                out.printf("%d results for %s%n", hits.size(), query);
            }
            return Cli.EXIT_OK;
        }
    }

    private static int limit(CommandLine line) {
        String value = line.option("--limit").orElse(String.valueOf(DEFAULT_LIMIT));
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1) {
                throw new CommandLine.UsageException("--limit must be at least 1");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException("--limit takes a whole number, not '" + value + "'");
        }
    }

    /** @param printedOf the paper and page of a hit's article (by id), written as "paper" and "page" */
    static List<Object> hitsJson(List<SearchHit> hits, java.util.function.LongFunction<PrintedSource> printedOf) {
        List<Object> rows = new ArrayList<>();
        for (SearchHit hit : hits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", hit.articleId());
            row.put("uri", hit.key().uri());
            row.put("title", hit.title());
            row.put("zone", hit.zone().isEmpty() ? null : hit.zone());
            row.put("date", hit.pageDate().isEmpty() ? null : hit.pageDate());
            PrintedSource printed = printedOf.apply(hit.articleId());
            row.put("paper", printed.paper().isEmpty() ? null : printed.paper());
            row.put("page", printed.pageLabel().isEmpty() ? null : printed.pageLabel());
            row.put("snippet", plainSnippet(hit.snippet()));
            row.put("score", hit.score());
            rows.add(row);
        }
        return rows;
    }

    /** The snippet with its hit markers shown as 【…】, readable in a terminal and in JSON. */
    static String plainSnippet(String snippet) {
        return snippet.replace(SearchHit.HIT_START, '【').replace(SearchHit.HIT_END, '】');
    }
}
