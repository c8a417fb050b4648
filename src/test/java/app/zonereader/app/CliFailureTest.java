package app.zonereader.app;

import app.zonereader.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command that cannot do its work says why in one line and exits 1; the stack trace only with --verbose. */
class CliFailureTest {
    private static final String FIRST_PAGE = "assets/pages/000_0c56615beea04158.txt";

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(Cli.standard(), args);
    }

    private Path damagedLibrary() throws Exception {
        byte[] noise = new byte[8192];
        new Random(14).nextBytes(noise);
        return Files.write(folder.resolve("lib.db"), noise);
    }

    @Test
    void aDamagedLibraryIsOneLineAndExitOne() throws Exception {
        String db = damagedLibrary().toString();
        for (List<String> command : List.of(List.of("search", "--db", db, "职教"),
                List.of("stats", "--db", db, "--by", "zone"), List.of("reprocess", "--db", db),
                List.of("import", "--db", db, FIRST_PAGE))) {
            assertEquals(Cli.EXIT_FAILED, run(command.toArray(String[]::new)), command.toString());
            List<String> lines = cli.err().lines().toList();
            assertEquals(1, lines.size(), cli.err());
            assertTrue(lines.get(0).startsWith("zonereader " + command.get(0) + ": The library " + db
                    + " is damaged"), lines.get(0));
            assertTrue(lines.get(0).contains("zonereader restore --db " + db), lines.get(0));
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        String db = damagedLibrary().toString();
        assertEquals(Cli.EXIT_FAILED, run("--verbose", "search", "--db", db, "职教"));
        assertTrue(cli.err().startsWith("zonereader search: The library"), cli.err());
        assertTrue(cli.err().contains("CorruptDatabaseException"), cli.err());
        assertTrue(cli.err().contains("\tat app.zonereader.store.Database"), cli.err());
        assertEquals(Cli.EXIT_FAILED, run("search", "--db", db, "--verbose", "职教"));
        assertTrue(cli.err().contains("\tat "), "after the command too: " + cli.err());
    }

    @Test
    void aLibraryFromANewerVersionIsLeftAloneWithOneLine() throws Exception {
        Path db = folder.resolve("newer.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(db);
        assertEquals(Cli.EXIT_FAILED, run("stats", "--db", db.toString(), "--by", "zone"));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("saved by a newer version of ZoneReader (schema 99"), cli.err());
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(db).length));
    }

    @Test
    void aLockedLibraryIsOneLine() throws Exception {
        String db = folder.resolve("lib.db").toString();
        assertEquals(0, run("import", "--db", db, FIRST_PAGE), cli.err());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            assertEquals(Cli.EXIT_FAILED, run("import", "--db", db, "assets/pages"));
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().startsWith("zonereader import: the library is locked"), cli.err());
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void failuresAreWordedForPeople() {
        StoreException busy = new StoreException("Library statement failed",
                new SQLiteException("[SQLITE_BUSY] database is locked", SQLiteErrorCode.SQLITE_BUSY));
        assertTrue(CliFailures.describe(busy).startsWith("the library is locked"));
        assertEquals("no such file: /x/page.txt",
                CliFailures.describe(new UncheckedIOException(new NoSuchFileException("/x/page.txt"))));
        assertEquals("boom (--verbose shows the details)", CliFailures.describe(new IllegalStateException("boom")));
        assertEquals("NullPointerException (--verbose shows the details)",
                CliFailures.describe(new NullPointerException()));
        assertEquals("one two", CliFailures.describe(new StoreException("one\n  two")));
    }

    @Test
    void jsonIsUtf8WithChineseAsItIsWhateverTheStreamsCharset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A stream set up for Latin-1, as a platform default might be: the command line still writes UTF-8.
        PrintStream latin1 = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1);
        int exit = Cli.standard().run(List.of("inspect", "--json", FIRST_PAGE), latin1,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.ISO_8859_1));
        assertEquals(0, exit);
        String json = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"zone\": \"永川高新区\""), json);
        assertFalse(json.contains("\\u"), "no \\u escapes");
    }
}
