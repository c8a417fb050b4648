package app.zonereader.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which arguments open the window, and the window's own {@code --db}. */
class WindowOptionsTest {
    private final AppPaths paths = new AppPaths(Map.of(), "Linux", Path.of("/home/reader"));

    @Test
    void noArgumentsOrDbOpenTheWindowAndEverythingElseIsTheCommandLine() {
        assertTrue(WindowOptions.asksForWindow(List.of()));
        assertTrue(WindowOptions.asksForWindow(List.of("--db", "/tmp/x.db")));
        assertTrue(WindowOptions.asksForWindow(List.of("--db=/tmp/x.db")));
        assertFalse(WindowOptions.asksForWindow(List.of("search", "--db", "/tmp/x.db", "职教")));
        assertFalse(WindowOptions.asksForWindow(List.of("--help")));
        assertFalse(WindowOptions.asksForWindow(List.of("--version")));
        assertFalse(WindowOptions.asksForWindow(List.of("nonsense")));
    }

    @Test
    void theWindowOpensTheLibraryItIsGiven() {
        assertEquals(Path.of("/tmp/x.db"), WindowOptions.parse(List.of("--db", "/tmp/x.db")).database(paths, java.util.Optional.empty()));
        assertEquals(Path.of("/tmp/y.db"), WindowOptions.parse(List.of("--db=/tmp/y.db")).database(paths, java.util.Optional.empty()));
        assertEquals(Path.of("/home/reader/.local/share/zonereader/zonereader.db"),
                WindowOptions.parse(List.of()).database(paths, java.util.Optional.empty()));
    }

    @Test
    void aMissingValueOrAStrayWordIsAMistake() {
        ParameterException missing = assertThrows(ParameterException.class, () -> WindowOptions.parse(List.of("--db")));
        assertEquals("--db needs a value (PATH)", UsageMessages.of(missing));
        ParameterException stray = assertThrows(ParameterException.class,
                () -> WindowOptions.parse(List.of("--db", "a.db", "b.db")));
        assertEquals("unknown command 'b.db'", UsageMessages.of(stray));
    }
}
