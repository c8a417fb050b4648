package app.zonereader.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets today's writer and reader fill a library of an older schema version for a migration test: the columns later
 * versions added to old tables are added for the writing, then dropped again, so the file is a true old library.
 */
final class LaterColumns {
    private LaterColumns() {
    }

    /** Adds the columns of V4 (a web copy's source and date) to a library older than V4. */
    static void add(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE articles ADD COLUMN source TEXT NOT NULL DEFAULT ''");
            statement.execute("ALTER TABLE articles ADD COLUMN source_date TEXT NOT NULL DEFAULT ''");
        }
    }

    /** Drops them again, so the migration under test adds them itself. */
    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE articles DROP COLUMN source");
            statement.execute("ALTER TABLE articles DROP COLUMN source_date");
        }
    }
}
