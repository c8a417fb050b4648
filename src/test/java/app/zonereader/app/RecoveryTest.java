package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void restoringPutsTheNewestBackupInPlaceAndKeepsTheDamagedFile() throws Exception {
        Path db = folder.resolve("zonereader.db");
        Files.write(db, new byte[] {1, 2, 3});
        Files.write(folder.resolve("zonereader.db-wal"), new byte[] {9});
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Files.write(backups.resolve("zonereader-2026-11-20.db"), new byte[] {20});
        Files.write(backups.resolve("zonereader-2026-11-22.db"), new byte[] {22});
        Recovery recovery = new Recovery(db, CLOCK);

        Path aside = recovery.restore(recovery.newestBackup().orElseThrow());

        assertArrayEquals(new byte[] {22}, Files.readAllBytes(db));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(aside));
        assertEquals("zonereader.db.damaged-20261123-101530", aside.getFileName().toString());
        assertFalse(Files.exists(folder.resolve("zonereader.db-wal")), "a stale WAL must not be replayed on the backup");
        assertTrue(Files.exists(aside.resolveSibling(aside.getFileName() + "-wal")));
    }

    @Test
    void startingFreshMovesTheFileAsideWithoutDeletingIt() throws Exception {
        Path db = folder.resolve("zonereader.db");
        Files.write(db, new byte[] {7});
        Recovery recovery = new Recovery(db, CLOCK);

        Path aside = recovery.moveAside();

        assertFalse(Files.exists(db));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(aside));
        assertTrue(recovery.newestBackup().isEmpty());
    }
}
