package app.zonereader.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Small named values kept with the library, such as the article open when the window closed. */
final class Settings {
    static final String LAST_OPEN_ARTICLE = "last_open_article";
    /** The change count (schema V7) the newest daily backup copied. */
    static final String BACKED_UP_CHANGES = "backed_up_changes";

    private final Connection connection;

    Settings(Connection connection) {
        this.connection = connection;
    }

    Optional<String> get(String key) throws SQLException {
        return Sql.strings(connection, "SELECT value FROM settings WHERE key = ?", key).stream().findFirst();
    }

    void put(String key, String value) throws SQLException {
        Sql.update(connection, "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", key, value);
    }
}
