package app.zonereader.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headless command line: {@code zonereader COMMAND [options]}. */
public final class Cli {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    public static Cli standard() {
        return new Cli(List.of(new InspectCommand(), new ImportCommand(), new SearchCommand(), new ExportCommand(),
                new AnnotateCommand(), new ReprocessCommand(), new BenchCommand(), new StatsCommand(),
                new CorrectionsCommand()));
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(standard().run(List.of(args), out, err));
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(overview());
            return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("zonereader: unknown command '" + args.get(0) + "'");
            err.print(overview());
            return EXIT_USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.usage());
            return EXIT_OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (CommandLine.UsageException e) {
            err.println("zonereader " + command.name() + ": " + e.getMessage());
            err.print(command.usage());
            return EXIT_USAGE;
        } catch (Exception e) {
            LOG.error("{} failed", command.name(), e);
            err.println("zonereader " + command.name() + ": " + describe(e));
            return EXIT_FAILED;
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    String overview() {
        StringBuilder text = new StringBuilder();
        text.append("ZoneReader — reader for Chinese high-tech-zone newspaper pages\n\n")
                .append("Usage: java -jar zonereader.jar                 open the window\n")
                .append("       java -jar zonereader.jar COMMAND [options]\n\nCommands:\n");
        commands.values().forEach(command ->
                text.append(String.format("  %-10s %s%n", command.name(), command.summary())));
        text.append("\nRun 'zonereader COMMAND --help' for the options of a command.\n")
                .append("The library file: --db PATH, else $ZONEREADER_DB, else the per-user data folder.\n");
        return text.toString();
    }
}
