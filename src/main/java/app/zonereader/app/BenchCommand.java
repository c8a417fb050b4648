package app.zonereader.app;

import app.zonereader.app.bench.ExportBench;
import app.zonereader.app.bench.IngestBench;
import app.zonereader.app.bench.LibraryBench;
import app.zonereader.app.bench.SearchBench;
import app.zonereader.app.bench.StatsBench;
import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.ZoneGazetteer;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench [ingest|search] [--rounds N] [--articles N] [--dir PATH] [--reuse]}: speed figures, each against a
 * baseline measured in the same run (the pipeline against HanLP segmentation alone; search against a LIKE scan), so a
 * slow or noisy machine changes both sides alike. {@code bench --articles N --json}: every big-library figure as one
 * JSON object.
 */
@picocli.CommandLine.Command(name = "bench",
        customSynopsis = {"zonereader bench [ingest|search|export|stats] [--rounds N] [--articles N] [--annotations N]",
                "                        [--dir PATH] [--reuse]",
                "       zonereader bench --articles N --json [--dir PATH] [--reuse]"},
        description = {"measure the page engine and search against same-run baselines",
                "  ingest: the whole page pipeline vs HanLP segmentation alone over the bundled pages",
                "  search: search p50/p95 at N generated articles vs a LIKE '%%…%%' scan; import time; file size",
                "  export: seconds to write N annotations (--annotations, default 10000) as md, csv and json",
                "  stats: every stats aggregate's time at N generated articles (--articles, default 20000)",
                "  (no word: ingest and search)"})
final class BenchCommand implements Command {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BENCHMARK", arity = "0..*", description = "ingest, search, export or stats")
    private List<String> benchmarks = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", converter = WholeNumber.class,
            description = "passes over the bundled pages for ingest (default 20), exports per format (5)")
    private Integer rounds;

    @Option(names = "--articles", paramLabel = "N", converter = WholeNumber.class,
            description = "articles generated for search, stats and --json (default 20000)")
    private Integer articles;

    @Option(names = "--annotations", paramLabel = "N", converter = WholeNumber.class,
            description = "annotations written by export (default 10000)")
    private Integer annotations;

    @Option(names = "--dir", paramLabel = "PATH",
            description = "where the benchmarks write their databases (default: a temporary folder)")
    private Path dir;

    @Option(names = "--json", description = {"every figure of a library of N generated articles as one JSON object: "
            + "import rate, pipeline ratio, search p50/p95/recall, LIKE p95, article open p95, stats, the window's "
            + "start and memory in a child JVM (headless), file and text size"})
    private boolean json;

    @Option(names = "--reuse", description = {"search the database already in --dir when it holds N articles, instead "
            + "of importing afresh (only honest while the import code is unchanged); stats and --json likewise "
            + "measure the library already in --dir"})
    private boolean reuse;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            if (!benchmarks.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--json measures the whole library; leave out '"
                        + benchmarks.get(0) + "'");
            }
            out.println(Json.write(LibraryBench.run(benchFolder(), or(articles, 20_000), reuse)));
            return Cli.EXIT_OK;
        }
        List<String> which = benchmarks.isEmpty() ? List.of("ingest", "search") : benchmarks;
        for (String bench : which) {
            switch (bench) {
                case "ingest" -> out.println(IngestBench.run(or(rounds, 20)));
                case "search" -> {
                    Path folder = benchFolder();
                    HanlpWords words = new HanlpWords(ZoneGazetteer.bundled());
                    out.println(SearchBench.run(folder, or(articles, 20_000), words::words, reuse));
                }
                case "export" -> out.println(ExportBench.run(benchFolder(), or(annotations, 10_000), or(rounds, 5)));
                case "stats" -> out.println(StatsBench.run(benchFolder(), or(articles, 20_000), reuse));
                default -> throw new ParameterException(spec.commandLine(), "unknown benchmark '" + bench + "'");
            }
            out.flush();
        }
        return Cli.EXIT_OK;
    }

    private Path benchFolder() throws IOException {
        Path folder = dir != null ? dir : Files.createTempDirectory("zonereader-bench");
        return Files.createDirectories(folder);
    }

    /** The defaults differ by benchmark (--rounds is 20 passes for ingest, 5 exports for export). */
    private static int or(Integer given, int fallback) {
        return given != null ? given : fallback;
    }
}
