package app.zonereader.app;

import app.zonereader.app.bench.ExportBench;
import app.zonereader.app.bench.IngestBench;
import app.zonereader.app.bench.LibraryBench;
import app.zonereader.app.bench.SearchBench;
import app.zonereader.app.bench.StatsBench;
import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.ZoneGazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench [ingest|search] [--rounds N] [--articles N] [--dir PATH] [--reuse]}: speed figures, each against a
 * baseline measured in the same run (the pipeline against HanLP segmentation alone; search against a LIKE scan), so a
 * slow or noisy machine changes both sides alike. {@code bench --articles N --json}: every big-library figure as one
 * JSON object.
 */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure the page engine and search against same-run baselines";
    }

    @Override
    public String usage() {
        return """
                Usage: zonereader bench [ingest|search|export|stats] [--rounds N] [--articles N] [--annotations N]
                                        [--dir PATH] [--reuse]
                       zonereader bench --articles N --json [--dir PATH] [--reuse]
                  ingest   the whole page pipeline vs HanLP segmentation alone over the bundled pages
                  search   search p50/p95 at N generated articles vs a LIKE '%…%' scan; import time; file size
                  export   seconds to write N annotations (--annotations, default 10000) as md, csv and json
                  stats    every stats aggregate's time at N generated articles (--articles, default 20000)
                  (no word: ingest and search)
                  --rounds N     passes over the bundled pages for ingest (default 20), exports per format (5)
                  --articles N   articles generated for search (default 20000)
                  --dir PATH     where the search benchmark writes its database (default: a temporary folder)
                  --json         every figure of a library of N generated articles as one JSON object: import
                                 rate, pipeline ratio, search p50/p95/recall, LIKE p95, article open p95, stats,
                                 the window's start and memory in a child JVM (headless), file and text size
                  --reuse        search the database already in --dir when it holds N articles, instead of
                                 importing afresh (only honest while the import code is unchanged);
                                 stats and --json likewise measure the library already in --dir
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("--reuse", "--json"),
                Set.of("--rounds", "--articles", "--annotations", "--dir"));
        if (line.has("--json")) {
            if (!line.positional().isEmpty()) {
                throw new CommandLine.UsageException("--json measures the whole library; leave out '"
                        + line.positional().get(0) + "'");
            }
            out.println(Json.write(LibraryBench.run(benchFolder(line), number(line, "--articles", 20_000),
                    line.has("--reuse"))));
            return Cli.EXIT_OK;
        }
        List<String> which = line.positional().isEmpty() ? List.of("ingest", "search") : line.positional();
        for (String bench : which) {
            switch (bench) {
                case "ingest" -> out.println(IngestBench.run(number(line, "--rounds", 20)));
                case "search" -> {
                    Path dir = benchFolder(line);
                    HanlpWords words = new HanlpWords(ZoneGazetteer.bundled());
                    out.println(SearchBench.run(dir, number(line, "--articles", 20_000), words::words,
                            line.has("--reuse")));
                }
                case "export" -> out.println(ExportBench.run(benchFolder(line), number(line, "--annotations", 10_000),
                        number(line, "--rounds", 5)));
                case "stats" -> out.println(StatsBench.run(benchFolder(line), number(line, "--articles", 20_000),
                        line.has("--reuse")));
                default -> throw new CommandLine.UsageException("unknown benchmark '" + bench + "'");
            }
        }
        return Cli.EXIT_OK;
    }

    private static Path benchFolder(CommandLine line) throws IOException {
        Path dir = line.option("--dir").map(Path::of).orElse(Files.createTempDirectory("zonereader-bench"));
        return Files.createDirectories(dir);
    }

    private static int number(CommandLine line, String option, int fallback) {
        String value = line.option(option).orElse(String.valueOf(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException(option + " takes a whole number, not '" + value + "'");
        }
    }
}
