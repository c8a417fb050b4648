package app.zonereader.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppPathsTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void explicitDbOptionWins() {
        AppPaths paths = new AppPaths(Map.of("ZONEREADER_DB", "/env/z.db"), "Linux", HOME);
        assertEquals(Path.of("/tmp/x.db"), paths.database(Optional.of("/tmp/x.db")));
    }

    @Test
    void environmentVariableComesNext() {
        AppPaths paths = new AppPaths(Map.of("ZONEREADER_DB", "/env/z.db"), "Linux", HOME);
        assertEquals(Path.of("/env/z.db"), paths.database(Optional.empty()));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/xdg/zonereader/zonereader.db"),
                new AppPaths(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).database(Optional.empty()));
        assertEquals(Path.of("/home/ann/.local/share/zonereader/zonereader.db"),
                new AppPaths(Map.of(), "Linux", HOME).database(Optional.empty()));
    }

    @Test
    void windowsAndMacUseTheirConventionalFolders() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming/ZoneReader"),
                new AppPaths(Map.of("APPDATA", "C:/Users/ann/AppData/Roaming"), "Windows 11", HOME).dataFolder());
        assertEquals(Path.of("/home/ann/Library/Application Support/ZoneReader"),
                new AppPaths(Map.of(), "Mac OS X", HOME).dataFolder());
    }

    // desktop (issue 14): the library file chosen in the preferences
    @Test
    void thePreferencesFileComesAfterDbAndTheEnvironmentButBeforeTheDefault() {
        Optional<Path> chosen = Optional.of(Path.of("/prefs/lib.db"));
        assertEquals(Path.of("/prefs/lib.db"), new AppPaths(Map.of(), "Linux", HOME).database(Optional.empty(), chosen));
        assertEquals(Path.of("/tmp/x.db"), new AppPaths(Map.of(), "Linux", HOME).database(Optional.of("/tmp/x.db"), chosen));
        assertEquals(Path.of("/env/z.db"),
                new AppPaths(Map.of("ZONEREADER_DB", "/env/z.db"), "Linux", HOME).database(Optional.empty(), chosen));
        assertEquals(new AppPaths(Map.of(), "Linux", HOME).database(Optional.empty()),
                new AppPaths(Map.of(), "Linux", HOME).database(Optional.empty(), Optional.empty()));
    }
}
