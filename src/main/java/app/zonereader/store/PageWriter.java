package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

/** Writes one page with everything cut from it, in one transaction: after a crash it is there entirely or not at all. */
final class PageWriter {
    private final Connection connection;
    private final SearchIndex searchIndex;
    private final Clock clock;
    private final PageTexts texts;

    PageWriter(Connection connection, SearchIndex searchIndex, Clock clock) {
        this.connection = connection;
        this.searchIndex = searchIndex;
        this.clock = clock;
        this.texts = new PageTexts(connection);
    }

    /** @return true when the page was new; false when a page with the same content hash is already stored */
    boolean store(Page page) {
        return store(page, Optional.empty());
    }

    /**
     * Stores the page and, when given, the decoded text it was made from, in one transaction.
     *
     * @return true when the page was new; false when a page with the same content hash is already stored
     */
    boolean store(Page page, Optional<String> decodedText) {
        return store(searchIndex.prepare(page), decodedText);
    }

    /**
     * Like {@link #store(Page, Optional)}, with the search rows made beforehand (perhaps on another thread). The
     * commit does not wait for the disk ({@link ImportDurability}): a power cut may lose the last pages imported,
     * never part of one.
     */
    boolean store(PreparedPage prepared, Optional<String> decodedText) {
        Page page = prepared.page();
        return ImportDurability.relaxed(connection, () ->
                Transactions.inTransaction(connection, "store the page " + page.fileName(), () -> {
                    if (exists(page.contentHash())) {
                        return false;
                    }
                    insert(prepared, decodedText);
                    return true;
                }));
    }

    /** Inserts the page, its items and (when given) its text; runs inside the caller's transaction. */
    void insert(Page page, Optional<String> decodedText) throws SQLException {
        insert(searchIndex.prepare(page), decodedText);
    }

    /**
     * The search rows go in last. FTS5 writes the rows it holds in memory out as a segment of their own whenever a
     * later statement of the transaction opens a statement savepoint, which the article insert does (it has a
     * trigger): interleaved, each article cost every search table a segment and the insert ~3 ms; last, the page's
     * rows become one segment per table at the commit.
     */
    private void insert(PreparedPage prepared, Optional<String> decodedText) throws SQLException {
        Page page = prepared.page();
        long pageId = insertPage(page);
        long[] articleIds = new long[page.items().size()];
        try (ItemStatements statements = new ItemStatements(connection)) {
            for (int ordinal = 0; ordinal < articleIds.length; ordinal++) {
                articleIds[ordinal] = insertArticle(statements, pageId, ordinal, page.items().get(ordinal));
            }
        }
        if (decodedText.isPresent()) {
            texts.put(page.contentHash(), page.fileName(), decodedText.get());
        }
        searchIndex.add(articleIds, prepared);
    }

    /**
     * Deletes a page with its items, their tags, figures and search rows, and its text; user data, which is keyed by
     * article key, is not touched. Runs inside the caller's transaction.
     */
    void delete(String contentHash) throws SQLException {
        try (PreparedStatement items = connection.prepareStatement(
                "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.content_hash = ?")) {
            items.setString(1, contentHash);
            try (ResultSet rows = items.executeQuery()) {
                while (rows.next()) {
                    searchIndex.remove(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pages WHERE content_hash = ?")) {
            delete.setString(1, contentHash);
            delete.executeUpdate();  // articles, paragraphs, tags and figures go with it (ON DELETE CASCADE)
        }
        texts.delete(contentHash);
    }

    private boolean exists(String contentHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pages WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private long insertPage(Page page) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO pages(file_name, content_hash, imported_at, item_count, warnings, unknown_zones, source_date,
                                  paper, page_label)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, page.fileName());
            insert.setString(2, page.contentHash());
            insert.setString(3, clock.instant().toString());
            insert.setInt(4, page.items().size());
            insert.setString(5, WarningsJson.encode(page.warnings()));
            insert.setString(6, JsonStrings.encode(page.unknownZoneNames()));
            insert.setString(7, page.date().isEmpty() ? null : page.date());
            insert.setString(8, page.printed().paper());
            insert.setString(9, page.printed().pageLabel());
            insert.executeUpdate();
            return Sql.generatedId(insert);
        }
    }

    /** The article with its paragraphs, tags and figures; returns its id. */
    private long insertArticle(ItemStatements statements, long pageId, int ordinal, Article article)
            throws SQLException {
        if (article.zone().isPresent()) {
            statements.ensureZone(article.zone().get());
        }
        long articleId = statements.insertArticle(pageId, ordinal, article);
        statements.insertParagraphs(articleId, article.body());
        statements.insertTags(articleId, PreparedPage.distinctTags(article.tags()));
        statements.insertKeyFigures(articleId, article.keyFigures());
        return articleId;
    }
}
