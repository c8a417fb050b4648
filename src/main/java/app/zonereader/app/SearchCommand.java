package app.zonereader.app;

import app.zonereader.model.PrintedSource;
import app.zonereader.model.SearchHit;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.SearchScope;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code search [--db PATH] [--json] [--limit N] QUERY}: the same search as the window's search box. */
@picocli.CommandLine.Command(name = "search",
        customSynopsis = "zonereader search [--db PATH] [--json] [--limit N] [--zone Z] [--province P] [--tag T] QUERY...",
        description = {"search the library",
                "Plain words, 2-character words (职教), fragments (教融合), \"quoted phrases\" and prefixes (产教*). "
                        + "The words of QUERY are joined with spaces; put -- before a query that starts with -."})
final class SearchCommand implements Command {
    private static final int DEFAULT_LIMIT = 50;

    private final AppPaths paths;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    @Option(names = "--json", description = {"print a JSON array: {\"id\", \"uri\", \"title\", \"zone\", \"date\", "
            + "\"snippet\", \"score\"} per article; \"uri\" (zonereader:page/<sha256>/<n>) stays the same across "
            + "re-imports, \"id\" may not"})
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", converter = WholeNumber.class,
            description = "at most N results (default " + DEFAULT_LIMIT + ")")
    private int limit = DEFAULT_LIMIT;

    @Option(names = "--zone", paramLabel = "Z", description = "only articles of that zone (short name, e.g. 永川高新区)")
    private String zone = "";

    @Option(names = "--province", paramLabel = "P", description = "only articles of that province")
    private String province = "";

    @Option(names = "--tag", paramLabel = "T", description = "only articles with that tag")
    private String tag = "";

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the words to look for")
    private List<String> words = new ArrayList<>();

    SearchCommand() {
        this(AppPaths.forThisMachine());
    }

    SearchCommand(AppPaths paths) {
        this.paths = paths;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words).strip();
        if (query.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no query given");
        }
        try (Library library = Library.open(db.database(paths))) {
            List<SearchHit> hits = library.service().search(query, limit, new SearchScope(zone, province, tag));
            if (json) {
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
