package app.zonereader.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The headless command line, {@code zonereader COMMAND [options]}, parsed by picocli. It owns what every command
 * shares: help and {@code --version}, the global {@code --verbose}, the exit codes, and turning a mistake or a failure
 * into one line for the user (a bad option also prints the command's usage; a failure's stack trace goes to the log,
 * and to the screen only with {@code --verbose}).
 */
public final class Cli {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    private static final int HELP_WIDTH = 100;
    private static final Map<String, String> EXIT_CODES = exitCodes();

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final CommandLine line;

    public Cli(List<? extends Command> commands) {
        line = new CommandLine(new TopLevel());
        commands.forEach(this::add);
        CommandLine completion = new CommandLine(new CompletionCommand());
        layOut(completion.getCommandSpec());
        line.addSubcommand(completion);
        line.addSubcommand(new CommandLine.HelpCommand());
        line.setUsageHelpWidth(HELP_WIDTH);
        // As before picocli: a repeated option's last value wins (--db a.db … --db b.db).
        line.setOverwrittenOptionsAllowed(true);
        line.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Cli::commandList);
        line.setParameterExceptionHandler(this::usageError);
        line.setExecutionExceptionHandler(this::failure);
    }

    public static Cli standard() {
        return new Cli(List.of(new InspectCommand(), new ImportCommand(), new SearchCommand(), new ExportCommand(),
                new AnnotateCommand(), new ReprocessCommand(), new BenchCommand(), new StatsCommand(),
                new RestoreCommand(), new CorrectionsCommand()));
    }

    /** Runs on the process's own streams, as UTF-8 whatever the platform's default, and exits with the code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(standard().run(List.of(args), out, err));
    }

    /** @return the exit code: 0 done, 1 failed, 2 bad usage (or, for some commands, partly failed) */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        line.setOut(outWriter);
        line.setErr(errWriter);
        try {
            return line.execute(args.toArray(String[]::new));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(String.valueOf(EXIT_OK), "done");
        codes.put(String.valueOf(EXIT_FAILED), "failed (one line says why; --verbose adds the details)");
        codes.put(String.valueOf(EXIT_USAGE), "bad usage (an unknown option, a missing value, …)");
        return codes;
    }

    /** A problem's message for a report line or a dialog: its own words, else its kind. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private void add(Command command) {
        CommandLine sub = new CommandLine(command);
        CommandSpec spec = sub.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        spec.versionProvider(new AppVersion());
        layOut(spec);
        line.addSubcommand(sub);
    }

    /** Every command's help alike: summary, details, arguments, options in the order a reader needs them. */
    private static void layOut(CommandSpec spec) {
        spec.usageMessage().sortOptions(false).descriptionHeading("%n").parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n").exitCodeListHeading("%nExit status:%n");
        if (spec.usageMessage().exitCodeList().isEmpty()) {
            spec.usageMessage().exitCodeList(EXIT_CODES);
        }
    }

    private int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine where = error.getCommandLine();
        PrintWriter err = where.getErr();
        err.println(UsageMessages.prefix(where) + ": " + UsageMessages.of(error));
        where.usage(err);
        return EXIT_USAGE;
    }

    private int failure(Exception error, CommandLine where, ParseResult parsed) {
        String name = UsageMessages.prefix(where);
        LOG.error("{} failed", name, error);
        PrintWriter err = where.getErr();
        err.println(name + ": " + CliFailures.describe(error));
        if (verbose(parsed)) {
            err.print(CliFailures.stackTrace(error));
        }
        return EXIT_FAILED;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** One line per command, name then the first line of its description, as the overview always listed them. */
    private static String commandList(CommandLine.Help help) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, CommandLine.Help> command : help.subcommands().entrySet()) {
            CommandSpec spec = command.getValue().commandSpec();
            if (!spec.usageMessage().hidden()) {
                text.append(String.format("  %-10s %s%n", command.getKey(), summary(spec)));
            }
        }
        return text.toString();
    }

    /** A command's header, else the first line of its description (picocli's own {@code help} has a header). */
    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = spec.usageMessage().description();
        String first = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
        return first.replace("%n", "").strip();
    }

    /** {@code zonereader} itself: the global options; without a command it shows the overview. */
    @CommandLine.Command(name = "zonereader", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            header = {"ZoneReader — reader for Chinese high-tech-zone newspaper pages", ""},
            customSynopsis = {
                    "zonereader [--db PATH]                    open the window (on that library)",
                    "       zonereader [--verbose] COMMAND [options]   run a command without a window"},
            commandListHeading = "%nCommands:%n",
            optionListHeading = "%nOptions:%n",
            footer = {"", "Run 'zonereader COMMAND --help' for the options of a command.",
                    "The library file: --db PATH, else $ZONEREADER_DB, else the per-user data folder.",
                    "Shell completion: source <(zonereader completion)"})
    static final class TopLevel implements Command {
        @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
                description = "on a failure, print the stack trace too (it is always in the log)")
        private boolean verbose;

        @CommandLine.Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return EXIT_USAGE;
        }
    }
}
