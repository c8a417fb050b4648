package app.zonereader.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one transaction on the store's connection: all of it is committed, or none of it.
 *
 * <p>Another process may write the same library (the command-line {@code import} while the window is open). Each
 * transaction begins IMMEDIATE, so a writer waits for the lock up front through SQLite's busy timeout instead of
 * failing half-way when its read lock cannot be upgraded; when the other writer holds the lock longer than that, the
 * whole transaction is rolled back and run again, a few times.
 */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** With the 5 s busy timeout per attempt, a writer waits about half a minute in all before giving up. */
    static final int ATTEMPTS = 6;
    private static final long PAUSE_MILLIS = 200;

    private Transactions() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Reads under the library's lock (the store's one connection serves one thread at a time). */
    static <T> T readLocked(Object lock, Work<T> query) {
        synchronized (lock) {
            try {
                return query.run();
            } catch (SQLException e) {
                throw new StoreException("Reading the library failed: " + e.getMessage(), e);
            }
        }
    }

    /** {@link #inTransaction} under the library's lock. */
    static <T> T inTransactionLocked(Object lock, Connection connection, String what, Work<T> work) {
        synchronized (lock) {
            return inTransaction(connection, what, work);
        }
    }

    /**
     * @param what what the work does, for the error message ("store the page a.txt")
     * @throws StoreException when the work or the commit fails (after the retries, when the library stayed busy);
     *                        the transaction is rolled back
     */
    static <T> T inTransaction(Connection connection, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(connection, work);
            } catch (SQLException e) {
                if (!isBusy(e) || attempt == ATTEMPTS) {
                    throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
                }
                LOG.info("The library is busy (another process is writing); trying to {} again ({}/{})", what,
                        attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /**
     * One attempt. BEGIN and COMMIT are sent as statements, not through {@code setAutoCommit}/{@code commit()}: the
     * driver's commit() begins the next transaction at once, and when another process takes the lock in between,
     * it fails after the work was committed, and a retry would do the work twice (a page stored, then reported
     * "already present").
     */
    private static <T> T once(Connection connection, Work<T> work) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        boolean committed = false;
        try {
            T result = work.run();
            execute(connection, "COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollback(connection);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Rolls back what is open. SQLite may have ended the transaction itself (on a full disk, say); the error that got
     * us here is the one to report, so a rollback that finds nothing open is only logged.
     */
    private static void rollback(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("Nothing to roll back: {}", e.getMessage());
        }
    }

    /** SQLITE_BUSY or SQLITE_LOCKED, with or without an extended code, however the driver wrapped it. */
    static boolean isBusy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int primary = sql.getErrorCode() & 0xFF;
                if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(PAUSE_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the library", e);
        }
    }
}
