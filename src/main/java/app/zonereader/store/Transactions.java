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
