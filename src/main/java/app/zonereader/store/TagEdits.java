package app.zonereader.store;

import app.zonereader.model.ArticleKey;
import app.zonereader.model.CountByName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reader's changes to tags: tags added to an article, automatic tags removed from one. Both are keyed by article
 * key, so they survive re-processing; a removed automatic tag stays removed when the engine finds it again.
 */
final class TagEdits {
    /** The automatic tags of the article with a key, in the engine's order. */
    private static final String AUTO_TAGS = """
            SELECT t.label FROM article_tags x JOIN tags t ON t.id = x.tag_id JOIN articles a ON a.id = x.article_id
            JOIN pages p ON p.id = a.page_id WHERE p.content_hash = ? AND a.ordinal = ? ORDER BY x.ordinal""";
    /** Every (article key, automatic tag) the reader did not remove, in article then tag order. */
    private static final String VISIBLE_AUTO_TAGS = """
            SELECT p.content_hash || ':' || a.ordinal AS article_key, t.label AS label
            FROM article_tags x JOIN tags t ON t.id = x.tag_id JOIN articles a ON a.id = x.article_id
            JOIN pages p ON p.id = a.page_id
            WHERE NOT EXISTS (SELECT 1 FROM removed_tags r WHERE r.article_key = p.content_hash || ':' || a.ordinal
                                                             AND r.label = t.label)""";
    /** Every (article key, user tag) whose article is in the library. */
    private static final String PRESENT_USER_TAGS = "SELECT u.article_key, u.label FROM user_tags u"
            + " WHERE EXISTS (SELECT 1 FROM pages p JOIN articles a ON a.page_id = p.id WHERE "
            + ArticleKeys.matches("u.article_key") + ")";

    private final Connection connection;

    TagEdits(Connection connection) {
        this.connection = connection;
    }

    List<String> userTags(ArticleKey article) throws SQLException {
        return Sql.strings(connection, "SELECT label FROM user_tags WHERE article_key = ? ORDER BY id", article.storageKey());
    }

    List<String> removedTags(ArticleKey article) throws SQLException {
        return Sql.strings(connection, "SELECT label FROM removed_tags WHERE article_key = ? ORDER BY label",
                article.storageKey());
    }

    /** The tags the reader sees: automatic ones not removed, then the reader's own. */
    List<String> visibleTags(ArticleKey article) throws SQLException {
        return visibleTags(article, autoTags(article));
    }

    /** The same, over automatic tags already read with the article (saves reading them again). */
    List<String> visibleTags(ArticleKey article, List<String> automatic) throws SQLException {
        LinkedHashSet<String> tags = new LinkedHashSet<>(automatic);
        tags.removeAll(removedTags(article));
        tags.addAll(userTags(article));
        return new ArrayList<>(tags);
    }

    /**
     * The tags the reader sees on each of these articles (a JSON array of keys), as {@link #visibleTags(ArticleKey)}
     * gives them, in two queries; articles that are gone are left out.
     */
    Map<String, List<String>> visibleTagsOf(String keysJson) throws SQLException {
        Map<String, LinkedHashSet<String>> tags = new HashMap<>();
        String automatic = """
                SELECT k.value, t.label FROM json_each(?) k JOIN pages p JOIN articles a ON a.page_id = p.id AND"""
                + " " + ArticleKeys.matches("k.value") + """

                JOIN article_tags x ON x.article_id = a.id JOIN tags t ON t.id = x.tag_id
                WHERE NOT EXISTS (SELECT 1 FROM removed_tags r WHERE r.article_key = k.value AND r.label = t.label)
                ORDER BY k.value, x.ordinal""";
        String own = "SELECT u.article_key, u.label FROM user_tags u"
                + " WHERE u.article_key IN (SELECT value FROM json_each(?)) AND EXISTS (SELECT 1 FROM pages p"
                + " JOIN articles a ON a.page_id = p.id WHERE " + ArticleKeys.matches("u.article_key") + ") ORDER BY u.id";
        for (String sql : List.of(automatic, own)) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, keysJson);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        tags.computeIfAbsent(rows.getString(1), key -> new LinkedHashSet<>()).add(rows.getString(2));
                    }
                }
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        tags.forEach((key, labels) -> lists.put(key, List.copyOf(labels)));
        return lists;
    }

    /** Adds a tag; an automatic one the reader had removed comes back instead. @return whether anything changed */
    boolean add(ArticleKey article, String label, String uuid, Instant now) throws SQLException {
        if (autoTags(article).contains(label)) {
            return Sql.update(connection, "DELETE FROM removed_tags WHERE article_key = ? AND label = ?",
                    article.storageKey(), label) > 0;
        }
        return Sql.update(connection, "INSERT OR IGNORE INTO user_tags(article_key, label, uuid, created) VALUES (?, ?, ?, ?)",
                article.storageKey(), label, uuid, now.toString()) > 0;
    }

    /** Removes the reader's tag, and hides an automatic one of that name. @return whether anything changed */
    boolean remove(ArticleKey article, String label) throws SQLException {
        int changed = Sql.update(connection, "DELETE FROM user_tags WHERE article_key = ? AND label = ?",
                article.storageKey(), label);
        if (autoTags(article).contains(label)) {
            changed += Sql.update(connection, "INSERT OR IGNORE INTO removed_tags(article_key, label) VALUES (?, ?)",
                    article.storageKey(), label);
        }
        return changed > 0;
    }

    boolean hasUuid(String uuid) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM user_tags WHERE uuid = ?", uuid);
    }

    /**
     * Renames a tag across the library, merging it into {@code to} where an article has both. The reader's tags are
     * relabelled; an automatic tag cannot be, so it is hidden (remembered as removed) and the reader's tag {@code to}
     * put in its place, which keeps the rename after re-processing.
     */
    void rename(String from, String to, Instant now, Supplier<String> uuids) throws SQLException {
        Sql.update(connection, """
                DELETE FROM user_tags WHERE label = ?
                AND article_key IN (SELECT article_key FROM user_tags WHERE label = ?)""", from, to);
        Sql.update(connection, "UPDATE user_tags SET label = ? WHERE label = ?", to, from);
        List<String> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(VISIBLE_AUTO_TAGS + " AND t.label = ?")) {
            select.setString(1, from);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        for (String key : keys) {
            ArticleKey article = ArticleKey.fromStorageKey(key);
            remove(article, from);
            add(article, to, uuids.get(), now);
        }
    }

    /** Every visible tag with how many items in the library carry it, most first. */
    List<CountByName> counts() throws SQLException {
        List<CountByName> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT label, count(*) AS n FROM ("
                + VISIBLE_AUTO_TAGS + " UNION " + PRESENT_USER_TAGS
                + ") GROUP BY label ORDER BY n DESC, label");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.add(new CountByName(rows.getString(1), rows.getInt(2)));
            }
        }
        return counts;
    }

    private List<String> autoTags(ArticleKey article) throws SQLException {
        return Sql.strings(connection, AUTO_TAGS, article.pageHash(), article.ordinal());
    }
}
