package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help, version, usage mistakes and the completion script, for every command. None of these opens a library. */
class CliHelpTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(Cli.standard(), args);
    }

    static Stream<Arguments> commandsAndTheirOptions() {
        return Stream.of(
                Arguments.of("inspect", List.of("--json")),
                Arguments.of("import", List.of("--db", "--replace")),
                Arguments.of("search", List.of("--db", "--json", "--limit", "--zone", "--province", "--tag")),
                Arguments.of("export", List.of("--db", "--format", "--zone")),
                Arguments.of("annotate", List.of("--db")),
                Arguments.of("reprocess", List.of("--db")),
                Arguments.of("bench", List.of("--rounds", "--articles", "--annotations", "--dir", "--json", "--reuse")),
                Arguments.of("stats", List.of("--db", "--by", "--zone", "--province", "--json")),
                Arguments.of("restore", List.of("--db", "--list")),
                Arguments.of("completion", List.of()));
    }

    static Stream<String> commands() {
        return commandsAndTheirOptions().map(arguments -> (String) arguments.get()[0]);
    }

    @ParameterizedTest
    @MethodSource("commandsAndTheirOptions")
    void everyCommandHasHelpNamingItsOptions(String command, List<String> options) {
        assertEquals(0, run(command, "--help"));
        assertTrue(cli.out().startsWith("Usage: zonereader " + command), cli.out());
        for (String option : options) {
            assertTrue(cli.out().contains(option), option + " missing from the help of " + command);
        }
        for (String global : List.of("--help", "--version", "--verbose")) {
            assertTrue(cli.out().contains(global), global + " missing from the help of " + command);
        }
        assertEquals("", cli.err());
        assertEquals(0, run("help", command));
        assertTrue(cli.out().startsWith("Usage: zonereader " + command), cli.out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aBadOptionIsNamedInOneLineFollowedByTheUsage(String command) {
        assertEquals(Cli.EXIT_USAGE, run(command, "--frobnicate"));
        List<String> lines = cli.err().lines().toList();
        assertEquals("zonereader " + command + ": unknown option --frobnicate", lines.get(0));
        assertTrue(lines.get(1).startsWith("Usage: zonereader " + command), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void aCloseMisspellingGetsASuggestion() {
        assertEquals(Cli.EXIT_USAGE, run("search", "--jsn", "职教"));
        assertTrue(cli.err().startsWith("zonereader search: unknown option --jsn (did you mean --json?)\n"), cli.err());
    }

    @Test
    void typedOptionsSayWhatTheyTake() {
        assertEquals(Cli.EXIT_USAGE, run("search", "--limit", "many", "职教"));
        assertTrue(cli.err().startsWith("zonereader search: --limit takes a whole number of at least 1, not 'many'"),
                cli.err());
        assertEquals(Cli.EXIT_USAGE, run("bench", "--articles", "0"));
        assertTrue(cli.err().startsWith("zonereader bench: --articles takes a whole number of at least 1, not '0'"),
                cli.err());
        assertEquals(Cli.EXIT_USAGE, run("search", "职教", "--db"));
        assertTrue(cli.err().startsWith("zonereader search: --db needs a value (PATH)"), cli.err());
        assertEquals(Cli.EXIT_USAGE, run("bench", "sorting"));
        assertTrue(cli.err().startsWith("zonereader bench: unknown benchmark 'sorting'"), cli.err());
    }

    @Test
    void versionComesFromTheBuild() {
        assertEquals(0, run("--version"));
        assertTrue(cli.out().startsWith("ZoneReader " + AppVersion.current() + "\n"), cli.out());
        assertTrue(AppVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), AppVersion.current());
        assertEquals(0, run("import", "--version"));
        assertTrue(cli.out().startsWith("ZoneReader " + AppVersion.current()), cli.out());
    }

    @Test
    void theOverviewListsEveryCommandAndAnUnknownOneIsAUsageError() {
        assertEquals(0, run("--help"));
        commands().forEach(command -> assertTrue(cli.out().contains("\n  " + command + " "), command));
        assertEquals(Cli.EXIT_USAGE, run());
        assertTrue(cli.err().contains("Commands:"), cli.err());
        assertEquals(Cli.EXIT_USAGE, run("imprt"));
        assertTrue(cli.err().startsWith("zonereader: unknown command 'imprt' (did you mean import?)\n"), cli.err());
    }

    @Test
    void theCompletionScriptCoversEveryCommandAndOption() {
        assertEquals(0, run("completion"));
        String script = cli.out();
        assertTrue(script.contains("complete -F"), "a bash completion function is registered");
        commandsAndTheirOptions().forEach(arguments -> {
            String command = (String) arguments.get()[0];
            assertTrue(script.contains(command), command + " missing from the completion script");
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) arguments.get()[1];
            options.forEach(option -> assertTrue(script.contains(option), option + " of " + command));
        });
        assertFalse(script.contains("%n"), "no unformatted help text");
    }
}
