package app.zonereader.app;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the command line. */
interface Command {
    String name();

    /** One line for the overview of {@code --help}. */
    String summary();

    /** The full usage text printed by {@code COMMAND --help} and after a usage error. */
    String usage();

    /**
     * @return the process exit code: 0 success, 1 failure, 2 partial failure or bad usage
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
