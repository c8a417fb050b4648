package app.zonereader.app;

import picocli.CommandLine.ParameterException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The jar's entry point. A plain class (not a JavaFX Application) so the fat jar starts without JavaFX on the module
 * path: with no arguments (or only {@code --db PATH}) it opens the window, otherwise it runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> words = List.of(args);
        if (!WindowOptions.asksForWindow(words)) {
            // Before the first logger exists: slf4j-simple reads its settings once.
            CliLogging.toFile(AppPaths.forThisMachine().dataFolder().resolve(CliLogging.FILE_NAME));
            Cli.main(args);
            return;
        }
        try {
            WindowOptions.parse(words);
        } catch (ParameterException e) {
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            err.println("zonereader: " + UsageMessages.of(e));
            err.println("Usage: zonereader [--db PATH]   (zonereader --help lists the commands)");
            System.exit(Cli.EXIT_USAGE);
        }
        Main.main(args);
    }
}
