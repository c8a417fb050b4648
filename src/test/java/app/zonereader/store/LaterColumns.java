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

    /** Adds the columns versions after {@code version} added: V4's (a web copy's source and date), V8's (paper, page). */
    static void add(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (version < 4) {
                statement.execute("ALTER TABLE articles ADD COLUMN source TEXT NOT NULL DEFAULT ''");
                statement.execute("ALTER TABLE articles ADD COLUMN source_date TEXT NOT NULL DEFAULT ''");
            }
            if (version < 8) {
                statement.execute("ALTER TABLE pages ADD COLUMN paper TEXT NOT NULL DEFAULT ''");
                statement.execute("ALTER TABLE pages ADD COLUMN page_label TEXT NOT NULL DEFAULT ''");
            }
        }
    }

    /** Drops them again, so the migrations under test add them themselves. */
    static void drop(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (version < 4) {
                statement.execute("ALTER TABLE articles DROP COLUMN source");
                statement.execute("ALTER TABLE articles DROP COLUMN source_date");
            }
            if (version < 8) {
                statement.execute("ALTER TABLE pages DROP COLUMN paper");
                statement.execute("ALTER TABLE pages DROP COLUMN page_label");
            }
        }
    }
}
