package app.zonereader.store;

import app.zonereader.model.ArticleKey;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Bookmarked articles, by article key. */
final class BookmarkTable {
    private final Connection connection;

    BookmarkTable(Connection connection) {
        this.connection = connection;
    }

    boolean isBookmarked(ArticleKey article) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM bookmarks WHERE article_key = ?", article.storageKey());
    }

    /** @return false when the article was bookmarked already (the existing bookmark keeps its id) */
    boolean add(ArticleKey article, String uuid, Instant created) throws SQLException {
        return Sql.update(connection, "INSERT OR IGNORE INTO bookmarks(article_key, uuid, created) VALUES (?, ?, ?)",
                article.storageKey(), uuid, created.toString()) == 1;
    }

    /** @return false when the article was not bookmarked */
    boolean remove(ArticleKey article) throws SQLException {
        return Sql.update(connection, "DELETE FROM bookmarks WHERE article_key = ?", article.storageKey()) == 1;
    }

    boolean hasUuid(String uuid) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM bookmarks WHERE uuid = ?", uuid);
    }
}
