package app.zonereader.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the library file lives: {@code --db PATH}, else {@code ZONEREADER_DB}, else the OS data folder
 * ({@code $XDG_DATA_HOME/zonereader}, {@code ~/.local/share/zonereader}, {@code %APPDATA%\ZoneReader},
 * {@code ~/Library/Application Support/ZoneReader}).
 */
public final class AppPaths {
    static final String DB_FILE_NAME = "zonereader.db";

    private final Map<String, String> environment;
    private final String osName;
    private final Path home;

    public AppPaths(Map<String, String> environment, String osName, Path home) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    public static AppPaths forThisMachine() {
        return new AppPaths(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The database file, honouring an explicit {@code --db} value first. */
    public Path database(Optional<String> dbOption) {
        if (dbOption.isPresent()) {
            return Path.of(dbOption.get()).toAbsolutePath();
        }
        String fromEnvironment = environment.get("ZONEREADER_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        return dataFolder().resolve(DB_FILE_NAME);
    }

    /**
     * The database file: {@code --db} first, then ZONEREADER_DB, then the file chosen in the preferences, then the
     * per-user default.
     */
    public Path database(Optional<String> dbOption, Optional<Path> preferred) {
        String fromEnvironment = environment.get("ZONEREADER_DB");
        if (dbOption.isPresent() || (fromEnvironment != null && !fromEnvironment.isBlank()) || preferred.isEmpty()) {
            return database(dbOption);
        }
        return preferred.get().toAbsolutePath();
    }

    /** The per-user data folder of the application. */
    public Path dataFolder() {
        if (osName.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("ZoneReader");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library/Application Support/ZoneReader");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("zonereader");
    }
}
