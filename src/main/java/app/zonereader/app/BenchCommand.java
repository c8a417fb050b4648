package app.zonereader.app;

import app.zonereader.app.bench.IngestBench;
import app.zonereader.app.bench.SearchBench;
import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.ZoneGazetteer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench [ingest|search] [--rounds N] [--articles N] [--dir PATH] [--reuse]}: speed figures, each against a
 * baseline measured in the same run (the pipeline against HanLP segmentation alone; search against a LIKE scan), so a
 * slow or noisy machine changes both sides alike.
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
                Usage: zonereader bench [ingest|search] [--rounds N] [--articles N] [--dir PATH] [--reuse]
                  ingest   the whole page pipeline vs HanLP segmentation alone over the bundled pages
                  search   search p50/p95 at N generated articles vs a LIKE '%…%' scan; import time; file size
                  (no word: both)
                  --rounds N     passes over the bundled pages for ingest (default 20)
                  --articles N   articles generated for search (default 20000)
                  --dir PATH     where the search benchmark writes its database (default: a temporary folder)
                  --reuse        search the database already in --dir when it holds N articles, instead of
                                 importing afresh (only honest while the import code is unchanged)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("--reuse"), Set.of("--rounds", "--articles", "--dir"));
        List<String> which = line.positional().isEmpty() ? List.of("ingest", "search") : line.positional();
        for (String bench : which) {
            switch (bench) {
                case "ingest" -> out.println(IngestBench.run(number(line, "--rounds", 20)));
                case "search" -> {
                    Path dir = line.option("--dir").map(Path::of).orElse(Files.createTempDirectory("zonereader-bench"));
                    Files.createDirectories(dir);
                    HanlpWords words = new HanlpWords(ZoneGazetteer.bundled());
                    out.println(SearchBench.run(dir, number(line, "--articles", 20_000), words::words,
                            line.has("--reuse")));
                }
                default -> throw new CommandLine.UsageException("unknown benchmark '" + bench + "'");
            }
        }
        return Cli.EXIT_OK;
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
