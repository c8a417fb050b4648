package app.zonereader.store;

import app.zonereader.model.ArticleKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Whether each article was read and how far it was scrolled, by article key. */
final class ReadStateTable {
    /** An article's state; an article never opened is unread at the top. */
    record ReadState(boolean read, double scroll) {
        static final ReadState UNREAD = new ReadState(false, 0);
    }

    /** Columns of the articles table a group of articles can be marked by. */
    enum Group {
        ZONE("zone_short"), PROVINCE("province");

        private final String column;

        Group(String column) {
            this.column = column;
        }
    }

    private final Connection connection;

    ReadStateTable(Connection connection) {
        this.connection = connection;
    }

    ReadState state(ArticleKey article) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT read, scroll FROM read_state WHERE article_key = ?")) {
            select.setString(1, article.storageKey());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new ReadState(row.getInt(1) == 1, row.getDouble(2)) : ReadState.UNREAD;
            }
        }
    }

    void setRead(ArticleKey article, boolean read, Instant now) throws SQLException {
        Sql.update(connection, """
                INSERT INTO read_state(article_key, read, scroll, modified) VALUES (?, ?, 0, ?)
                ON CONFLICT(article_key) DO UPDATE SET read = excluded.read, modified = excluded.modified""",
                article.storageKey(), read ? 1 : 0, now.toString());
    }

    void setScroll(ArticleKey article, double scroll, Instant now) throws SQLException {
        Sql.update(connection, """
                INSERT INTO read_state(article_key, read, scroll, modified) VALUES (?, 0, ?, ?)
                ON CONFLICT(article_key) DO UPDATE SET scroll = excluded.scroll, modified = excluded.modified""",
                article.storageKey(), scroll, now.toString());
    }

    /** Marks every item whose zone (or province) is {@code value}; returns how many items that is. */
    int setReadWhere(Group group, String value, boolean read, Instant now) throws SQLException {
        return Sql.update(connection, "INSERT INTO read_state(article_key, read, scroll, modified)"
                + " SELECT p.content_hash || ':' || a.ordinal, ?, 0, ? FROM articles a JOIN pages p ON p.id = a.page_id"
                + " WHERE a." + group.column + " = ?"
                + " ON CONFLICT(article_key) DO UPDATE SET read = excluded.read, modified = excluded.modified",
                read ? 1 : 0, now.toString(), value);
    }
}
