package app.zonereader.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The word index of titles and subtitles alone (schema V10), which answers search's first tier from rows that hold
 * only titles. {@link SearchIndex} writes and removes its rows with each article's other search rows; a library
 * upgraded to V10 gets them here on its next open, since the words come from the application's segmenter.
 */
final class TitleIndex {
    static final String TABLE = "search_titles";
    /** Set by the V10 migration when the library already held articles; removed once their titles are indexed. */
    static final String PENDING = "search_titles_pending";
    /** One article's title words: rowid (the article's id), then the words. */
    static final String INSERT = "INSERT INTO " + TABLE + "(rowid, title) VALUES (?, ?)";
    private static final Logger LOG = LoggerFactory.getLogger(TitleIndex.class);

    private final Connection connection;
    private final WordSplitter splitter;
    private final TextFolder folder;

    TitleIndex(Connection connection, WordSplitter splitter, TextFolder folder) {
        this.connection = connection;
        this.splitter = splitter;
        this.folder = folder;
    }

    /**
     * Indexes every stored article's title when the library was upgraded to V10 and has not been since, in one
     * transaction (a crash half way leaves the mark, and the next open does it all again).
     *
     * @return the titles indexed; 0 when nothing was pending
     */
    int fillIfPending() {
        Settings settings = new Settings(connection);
        try {
            if (settings.get(PENDING).isEmpty()) {
                return 0;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the library's settings: " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        int filled = Transactions.inTransaction(connection, "index the titles for search", () -> {
            int count = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, title, subtitle FROM articles");
                 PreparedStatement insert = connection.prepareStatement(INSERT);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, PreparedPage.SearchRows.titleWords(rows.getString(2), rows.getString(3),
                            splitter, folder));
                    insert.executeUpdate();
                    count++;
                }
            }
            Sql.update(connection, "DELETE FROM settings WHERE key = ?", PENDING);
            return count;
        });
        LOG.info("indexed {} titles for search in {} ms (once, after the upgrade to schema 10)", filled,
                (System.nanoTime() - started) / 1_000_000);
        return filled;
    }
}
