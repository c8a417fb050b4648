package app.zonereader.app;

import app.zonereader.store.Backups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What the user can do when the library file cannot be opened: put the newest backup in its place, or start a new
 * library. Either way the damaged file is moved aside, never deleted, so nothing is lost by choosing.
 */
final class Recovery {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path database;
    private final Clock clock;

    Recovery(Path database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The backups next to the library, newest first. */
    List<Backups.Backup> backups() {
        return new Backups(database.resolveSibling("backups"), clock, Backups.DEFAULT_KEEP).list();
    }

    Optional<Backups.Backup> newestBackup() {
        return backups().stream().findFirst();
    }

    /** Moves the damaged file aside and copies the backup in its place; returns where the damaged file went. */
    Path restore(Backups.Backup backup) throws IOException {
        Path aside = moveAside();
        Files.copy(backup.file(), database, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    /** Moves the damaged file (and its WAL sidecars) aside so the next open starts a new library. */
    Path moveAside() throws IOException {
        Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
        Files.move(database, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path sidecar = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(sidecar)) {
                Files.move(sidecar, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }
}
