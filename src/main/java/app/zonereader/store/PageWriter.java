package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
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

    /** Like {@link #store(Page, Optional)}, with the search rows made beforehand (perhaps on another thread). */
    boolean store(PreparedPage prepared, Optional<String> decodedText) {
        Page page = prepared.page();
        return Transactions.inTransaction(connection, "store the page " + page.fileName(), () -> {
            if (exists(page.contentHash())) {
                return false;
            }
            insert(prepared, decodedText);
            return true;
        });
    }

    /** Inserts the page, its items and (when given) its text; runs inside the caller's transaction. */
    void insert(Page page, Optional<String> decodedText) throws SQLException {
        insert(searchIndex.prepare(page), decodedText);
    }

    private void insert(PreparedPage prepared, Optional<String> decodedText) throws SQLException {
        Page page = prepared.page();
        long pageId = insertPage(page);
        for (int ordinal = 0; ordinal < page.items().size(); ordinal++) {
            insertArticle(pageId, ordinal, page.items().get(ordinal), prepared.rows(ordinal));
        }
        if (decodedText.isPresent()) {
            texts.put(page.contentHash(), page.fileName(), decodedText.get());
        }
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

    private void insertArticle(long pageId, int ordinal, Article article, PreparedPage.SearchRows rows)
            throws SQLException {
        article.zone().ifPresent(this::ensureZone);
        long articleId;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO articles(page_id, ordinal, kind, title, display_title, subtitle, byline, byline_names,
                                     zone_short, province, photo_captions, warnings, source, source_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, pageId);
            insert.setInt(2, ordinal);
            insert.setString(3, article.kind().code());
            insert.setString(4, article.title());
            insert.setString(5, article.displayTitle());
            insert.setString(6, article.subtitle());
            insert.setString(7, article.byline());
            insert.setString(8, JsonStrings.encode(article.bylineNames()));
            insert.setString(9, article.zone().map(Zone::shortName).orElse(null));
            insert.setString(10, article.zone().map(Zone::province).orElse(""));
            insert.setString(11, JsonStrings.encode(article.photoCaptions()));
            insert.setString(12, WarningsJson.encode(article.warnings()));
            insert.setString(13, article.source());
            insert.setString(14, article.date());
            insert.executeUpdate();
            articleId = Sql.generatedId(insert);
        }
        insertParagraphs(articleId, article.body());
        insertTags(articleId, PreparedPage.distinctTags(article.tags()));
        insertKeyFigures(articleId, article.keyFigures());
        searchIndex.add(articleId, rows);
    }

    /** Keeps the article's zone resolvable even if the gazetteer passed to {@link LibraryStore#saveZones} lacks it. */
    private void ensureZone(Zone zone) {
        try {
            ZoneTable.insertIfMissing(connection, zone);
        } catch (SQLException e) {
            throw new StoreException("Could not store the zone " + zone.shortName() + ": " + e.getMessage(), e);
        }
    }

    private void insertParagraphs(long articleId, List<Paragraph> body) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO paragraphs(article_id, ordinal, text, heading) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < body.size(); i++) {
                insert.setLong(1, articleId);
                insert.setInt(2, i);
                insert.setString(3, body.get(i).text());
                insert.setInt(4, body.get(i).heading() ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertTags(long articleId, List<String> tags) throws SQLException {
        try (PreparedStatement insertTag = connection.prepareStatement("INSERT OR IGNORE INTO tags(label) VALUES (?)");
             PreparedStatement link = connection.prepareStatement("""
                     INSERT INTO article_tags(article_id, tag_id, source, ordinal)
                     SELECT ?, id, 'AUTO', ? FROM tags WHERE label = ?""")) {
            for (int i = 0; i < tags.size(); i++) {
                insertTag.setString(1, tags.get(i));
                insertTag.executeUpdate();
                link.setLong(1, articleId);
                link.setInt(2, i);
                link.setString(3, tags.get(i));
                link.executeUpdate();
            }
        }
    }

    private void insertKeyFigures(long articleId, List<KeyFigure> figures) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO key_figures(article_id, ordinal, kind, text, value, unit, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < figures.size(); i++) {
                KeyFigure figure = figures.get(i);
                insert.setLong(1, articleId);
                insert.setInt(2, i);
                insert.setString(3, figure.kind().name());
                insert.setString(4, figure.text());
                insert.setDouble(5, figure.value());
                insert.setString(6, figure.unit());
                insert.setString(7, figure.sentence());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
