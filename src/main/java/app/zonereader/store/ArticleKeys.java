package app.zonereader.store;

import app.zonereader.model.ArticleKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Between an item's database id, which changes when its page is processed again, and its stable article key. */
final class ArticleKeys {
    private final Connection connection;

    ArticleKeys(Connection connection) {
        this.connection = connection;
    }

    /**
     * SQL that holds when the article {@code a} on the page {@code p} has the key in {@code keyColumn}. The key is cut
     * into hash and ordinal so the look-up uses the indexes on both.
     */
    static String matches(String keyColumn) {
        return "p.content_hash = substr(" + keyColumn + ", 1, instr(" + keyColumn + ", ':') - 1)"
                + " AND a.ordinal = CAST(substr(" + keyColumn + ", instr(" + keyColumn + ", ':') + 1) AS INTEGER)";
    }

    Optional<ArticleKey> keyOf(long articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.content_hash, a.ordinal FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?")) {
            select.setLong(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new ArticleKey(row.getString(1), row.getInt(2))) : Optional.empty();
            }
        }
    }

    OptionalLong idOf(ArticleKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.content_hash = ? AND a.ordinal = ?")) {
            select.setString(1, key.pageHash());
            select.setInt(2, key.ordinal());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The stored page's items with their body text, paragraphs joined as {@code Article.bodyText()} joins them. */
    List<Reanchorer.Candidate> itemsOnPage(String contentHash) throws SQLException {
        List<Reanchorer.Candidate> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT a.ordinal, (SELECT group_concat(text, char(10) ORDER BY ordinal) FROM paragraphs WHERE article_id = a.id)
                FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.content_hash = ? ORDER BY a.ordinal""")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String body = rows.getString(2);
                    items.add(new Reanchorer.Candidate(new ArticleKey(contentHash, rows.getInt(1)), body == null ? "" : body));
                }
            }
        }
        return items;
    }
}
