package app.zonereader.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @Test
    void readsFlagsOptionsAndPositionalWords() {
        CommandLine line = CommandLine.parse(List.of("--json", "--db", "a.db", "x.txt", "--db=b.db", "y.txt"),
                Set.of("--json"), Set.of("--db"));
        assertTrue(line.has("--json"));
        assertEquals(Optional.of("b.db"), line.option("--db"));
        assertEquals(List.of("x.txt", "y.txt"), line.positional());
    }

    @Test
    void doubleDashEndsOptions() {
        CommandLine line = CommandLine.parse(List.of("--", "--json"), Set.of("--json"), Set.of());
        assertEquals(List.of("--json"), line.positional());
    }

    @Test
    void unknownOptionsAndMissingValuesAreUsageErrors() {
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(List.of("--jsn"), Set.of("--json"), Set.of()));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(List.of("--db"), Set.of(), Set.of("--db")));
    }
}
