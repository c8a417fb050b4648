package app.zonereader.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on the store's connection: all of it is committed, or none of it.
 *
 * <p>Another process may write the same library (the command-line {@code import} while the window is open). The
 * connection begins every transaction IMMEDIATE (see {@link Database}), so a writer waits for the lock up front
 * through SQLite's busy timeout instead of failing half-way when its read lock cannot be upgraded; when the other
 * writer holds the lock longer than that, the whole transaction is rolled back and run again, a few times.
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

    private static <T> T once(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
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
