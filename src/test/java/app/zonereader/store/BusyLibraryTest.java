package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another connection (another process) writing the library: a page written meanwhile waits, then succeeds. */
class BusyLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aPageWaitsForAnotherWriterInsteadOfFailing() throws Exception {
        Path file = dir.resolve("library.db");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            CountDownLatch locked = new CountDownLatch(1);
            Future<?> writer = other.submit(() -> {
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                     Statement statement = connection.createStatement()) {
                    statement.execute("BEGIN IMMEDIATE");
                    statement.execute("UPDATE pages SET item_count = item_count");
                    locked.countDown();
                    Thread.sleep(1_500);
                    statement.execute("COMMIT");
                }
                return null;
            });
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            assertTrue(store.storePage(new TestPages(1).page(1, 2)));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(waited >= 1_000, "waited for the other writer: " + waited + " ms");
            writer.get(10, TimeUnit.SECONDS);
            assertEquals(2, store.articleCount());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void busyAndLockedAreTheOnlyErrorsWorthRetrying() {
        assertTrue(Transactions.isBusy(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY)));
        assertTrue(Transactions.isBusy(new StoreException("x", new SQLiteException("s", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))));
        assertTrue(Transactions.isBusy(new SQLiteException("locked", SQLiteErrorCode.SQLITE_LOCKED)));
        assertFalse(Transactions.isBusy(new SQLiteException("full", SQLiteErrorCode.SQLITE_FULL)));
        assertFalse(Transactions.isBusy(new SQLException("plain")));
    }
}
