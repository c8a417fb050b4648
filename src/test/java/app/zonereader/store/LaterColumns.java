package app.zonereader.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets today's writer and reader fill a library of an older schema version for a migration test: the columns later
 * versions added to old tables (and V10's title search table) are added for the writing, then dropped again, so the
 * file is a true old library.
 */
final class LaterColumns {
    private LaterColumns() {
    }

    /**
     * Adds what versions after {@code version} added that the writer fills: V4's columns (a web copy's source and date),
     * V8's (paper, page), V10's title search table.
     */
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
            if (version < 10) {
                statement.execute("CREATE VIRTUAL TABLE search_titles USING fts5(title, content = '',"
                        + " contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
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
            if (version < 10) {
                statement.execute("DROP TABLE search_titles");
            }
        }
    }
}
