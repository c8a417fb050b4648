package app.zonereader.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The window's own arguments: {@code zonereader [--db PATH]} opens the window on that library. */
@Command(name = "zonereader")
final class WindowOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "the library file to open")
    private String file;

    private WindowOptions() {
    }

    /**
     * @throws CommandLine.ParameterException anything but {@code --db PATH} (or {@code --db=PATH})
     */
    static WindowOptions parse(List<String> args) {
        WindowOptions options = new WindowOptions();
        CommandLine line = new CommandLine(options);
        line.setOverwrittenOptionsAllowed(true);
        line.parseArgs(args.toArray(String[]::new));
        return options;
    }

    /** No arguments, or a first word {@code --db}, ask for the window; a command's name or any other word does not. */
    static boolean asksForWindow(List<String> args) {
        return args.isEmpty() || args.get(0).equals("--db") || args.get(0).startsWith("--db=");
    }

    /** @param preferred the library file chosen in the preferences, used when neither --db nor ZONEREADER_DB is given */
    Path database(AppPaths paths, Optional<Path> preferred) {
        return paths.database(Optional.ofNullable(file), preferred);
    }
}
