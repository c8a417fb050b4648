package app.zonereader.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on the store's connection: all of it is committed, or none of it. */
final class Transactions {
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
     * @throws StoreException when the work or the commit fails; the transaction is rolled back
     */
    static <T> T inTransaction(Connection connection, String what, Work<T> work) {
        try {
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
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
