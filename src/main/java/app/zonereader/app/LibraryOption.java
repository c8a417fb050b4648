package app.zonereader.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The {@code --db PATH} option of every command that works on a library (a picocli mixin). */
final class LibraryOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "the library file (default: $ZONEREADER_DB, else the per-user data folder)")
    private String file;

    /** The library file: {@code --db}, else {@code ZONEREADER_DB}, else the per-user data folder. */
    Path database(AppPaths paths) {
        return paths.database(Optional.ofNullable(file));
    }
}
