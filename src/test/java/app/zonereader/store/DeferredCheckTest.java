package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large library left by an unclean close opens at once and is checked after; a small one is checked at open. */
class DeferredCheckTest {
    private static final long EVERY_FILE_IS_LARGE = 0;
    private static final long EVERY_FILE_IS_SMALL = Long.MAX_VALUE;

    @TempDir
    Path dir;

    /** A copy of a library taken while its connection still had a write-ahead log: what a crash leaves. */
    private Path crashedLibrary() throws Exception {
        Path live = dir.resolve("live.db");
        Path crashed = dir.resolve("crashed.db");
        try (Database database = Database.open(live)) {
            database.execute("PRAGMA wal_autocheckpoint = 0");
            database.execute("INSERT INTO settings(key, value) VALUES ('probe', 'written before the crash')");
            Files.copy(live, crashed, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dir.resolve("live.db-wal"), dir.resolve("crashed.db-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.size(dir.resolve("crashed.db-wal")) > 0);
        return crashed;
    }

    @Test
    void aLargeLibraryAfterACrashOpensWithItsCheckStillToRun() throws Exception {
        Path crashed = crashedLibrary();
        try (Database database = Database.open(crashed, Migrations.standard(), EVERY_FILE_IS_LARGE)) {
            assertTrue(database.thoroughCheckPending());
            assertEquals("ok", Database.quickCheck(crashed), "checked on its own connection while open");
            assertEquals(1, database.queryInt("SELECT count(*) FROM settings WHERE key = 'probe'"),
                    "the log was replayed: nothing committed is lost");
        }
    }

    @Test
    void aSmallLibraryAfterACrashIsCheckedAtOnce() throws Exception {
        try (Database database = Database.open(crashedLibrary(), Migrations.standard(), EVERY_FILE_IS_SMALL)) {
            assertFalse(database.thoroughCheckPending());
        }
    }

    @Test
    void aLargeLibraryClosedCleanlyNeedsNoCheck() {
        Path clean = dir.resolve("clean.db");
        Database.open(clean).close();
        try (Database database = Database.open(clean, Migrations.standard(), EVERY_FILE_IS_LARGE)) {
            assertFalse(database.thoroughCheckPending());
        }
    }

    @Test
    void theCheckFindsADamagedPage() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (Database database = Database.open(file)) {
            database.execute("CREATE TABLE filler(text TEXT)");
            for (int i = 0; i < 200; i++) {
                database.execute("INSERT INTO filler(text) VALUES ('" + "高新区".repeat(200) + i + "')");
            }
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            int pageSize = 4096;
            long lastPage = raw.length() / pageSize - 1;
            raw.seek(lastPage * pageSize);
            raw.write(new byte[]{13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});   // a leaf page that lost its cells
        }
        assertNotEquals("ok", Database.quickCheck(file));
    }

    @Test
    void aStoreWithNoCheckPendingReportsNoProblem() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("store.db"), new DictionarySplitter(), TextFolder.identity())) {
            assertTrue(store.deferredCheckProblem().isEmpty());
        }
    }
}
