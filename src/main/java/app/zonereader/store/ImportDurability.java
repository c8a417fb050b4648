package app.zonereader.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Imported pages are committed without waiting for the disk ({@code PRAGMA synchronous = NORMAL}; the library is in
 * WAL mode). Waiting (FULL) cost a disk flush per page, most of the writer's time on a bulk import. In WAL mode NORMAL
 * keeps every transaction atomic and the file consistent: a power cut (not a crash of the program) can only lose the
 * last pages committed, whole, and importing their files again brings them back, since pages are known by content
 * hash. The reader's own data (annotations, bookmarks, tags) keeps the connection's setting.
 */
final class ImportDurability {
    private ImportDurability() {
    }

    /** Runs {@code work} with relaxed syncing and puts the connection's previous setting back afterwards. */
    static <T> T relaxed(Connection connection, Supplier<T> work) {
        int previous = setting(connection);
        set(connection, "NORMAL");
        try {
            return work.get();
        } finally {
            set(connection, String.valueOf(previous));
        }
    }

    private static int setting(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA synchronous")) {
            return row.next() ? row.getInt(1) : 2;
        } catch (SQLException e) {
            throw new StoreException("Could not read the library's sync setting: " + e.getMessage(), e);
        }
    }

    /** {@code value} is a constant or a number this class read from SQLite itself, never outside text. */
    private static void set(Connection connection, String value) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA synchronous = " + value);
        } catch (SQLException e) {
            throw new StoreException("Could not set the library's sync setting: " + e.getMessage(), e);
        }
    }
}
