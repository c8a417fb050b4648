package app.zonereader.store;

import app.zonereader.model.ArticleKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Moves what belongs to a whole article (bookmark, tags, removed tags, read state, being the last one open) from old
 * article keys to new ones when a page's items change. All moves happen at once, so a chain (item 2 → 3 while 3 → 4) cannot carry one
 * article's rows twice; where two old articles become one, their rows merge (one bookmark, one of each tag).
 */
final class UserDataMover {
    /** The tables keyed by article key that follow their article; annotations are placed one by one instead. */
    private static final List<String> TABLES = List.of("bookmarks", "user_tags", "removed_tags", "read_state");

    private final Connection connection;

    UserDataMover(Connection connection) {
        this.connection = connection;
    }

    /** Runs inside the caller's transaction; keys that map to themselves are left alone. */
    void move(Map<ArticleKey, ArticleKey> moves) throws SQLException {
        if (moves.entrySet().stream().allMatch(move -> move.getKey().equals(move.getValue()))) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS key_moves(old_key TEXT PRIMARY KEY, new_key TEXT NOT NULL)");
            statement.execute("DELETE FROM key_moves");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO key_moves(old_key, new_key) VALUES (?, ?)")) {
            for (Map.Entry<ArticleKey, ArticleKey> move : moves.entrySet()) {
                if (!move.getKey().equals(move.getValue())) {
                    insert.setString(1, move.getKey().storageKey());
                    insert.setString(2, move.getValue().storageKey());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                // Lift the rows out, re-key them, put them back: no row is ever updated onto a key still in use.
                statement.execute("CREATE TEMP TABLE moving AS SELECT * FROM " + table
                        + " WHERE article_key IN (SELECT old_key FROM key_moves)");
                statement.execute("DELETE FROM " + table + " WHERE article_key IN (SELECT old_key FROM key_moves)");
                statement.execute("UPDATE moving SET article_key = (SELECT new_key FROM key_moves WHERE old_key = moving.article_key)");
                statement.execute("INSERT OR IGNORE INTO " + table + " SELECT * FROM moving");
                statement.execute("DROP TABLE moving");
            }
            // The article open when the window closed comes back at the next start even if its item moved.
            statement.execute("UPDATE settings SET value = (SELECT new_key FROM key_moves WHERE old_key = settings.value)"
                    + " WHERE key = '" + Settings.LAST_OPEN_ARTICLE + "' AND value IN (SELECT old_key FROM key_moves)");
            statement.execute("DELETE FROM key_moves");
        }
    }
}
