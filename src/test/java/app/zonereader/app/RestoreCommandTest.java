package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code restore}: the way back the damaged-library message points to. */
class RestoreCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(new Cli(List.of(new RestoreCommand(new AppPaths(Map.of(), "Linux", folder), CLOCK))), args);
    }

    @Test
    void putsTheNewestBackupBackAndKeepsTheDamagedFile() throws Exception {
        Path db = Files.write(folder.resolve("lib.db"), new byte[] {1, 2, 3});
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Files.write(backups.resolve("zonereader-2026-12-03.db"), new byte[] {3});
        Files.write(backups.resolve("zonereader-2026-12-04.db"), new byte[] {4});

        assertEquals(0, run("restore", "--db", db.toString(), "--list"), cli.err());
        assertTrue(cli.out().startsWith("2026-12-04  "), cli.out());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(db), "--list changes nothing");

        assertEquals(0, run("restore", "--db", db.toString()), cli.err());
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(db));
        assertTrue(cli.out().startsWith("restored the backup of 2026-12-04 to " + db), cli.out());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(folder.resolve("lib.db.damaged-20261205-060000")));
    }

    @Test
    void withoutABackupItSaysSoAndChangesNothing() throws Exception {
        Path db = Files.write(folder.resolve("lib.db"), new byte[] {1});
        assertEquals(Cli.EXIT_FAILED, run("restore", "--db", db.toString()));
        assertTrue(cli.err().startsWith("zonereader restore: there is no backup of " + db), cli.err());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(db));
    }
}
