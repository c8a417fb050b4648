package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The inserts of a page's items, each prepared once per page rather than once per item: preparing a statement costs
 * about as much as running it, and a page holds ten items or more. Article ids come back through {@code RETURNING}
 * in the insert's own step, not through a second query. Open only inside the page's transaction.
 */
final class ItemStatements implements AutoCloseable {
    private final PreparedStatement zone;
    private final PreparedStatement article;
    private final PreparedStatement paragraph;
    private final PreparedStatement tag;
    private final PreparedStatement tagLink;
    private final PreparedStatement figure;
    /** Every statement prepared so far, so that a failure half-way closes those already open. */
    private final List<PreparedStatement> opened = new ArrayList<>();

    ItemStatements(Connection connection) throws SQLException {
        try {
            zone = prepare(connection, ZoneTable.INSERT_IF_MISSING);
            article = prepare(connection, """
                    INSERT INTO articles(page_id, ordinal, kind, title, display_title, subtitle, byline, byline_names,
                                         zone_short, province, photo_captions, warnings, source, source_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
            paragraph = prepare(connection, "INSERT INTO paragraphs(article_id, ordinal, text, heading) VALUES (?, ?, ?, ?)");
            tag = prepare(connection, "INSERT OR IGNORE INTO tags(label) VALUES (?)");
            tagLink = prepare(connection, """
                    INSERT INTO article_tags(article_id, tag_id, source, ordinal)
                    SELECT ?, id, 'AUTO', ? FROM tags WHERE label = ?""");
            figure = prepare(connection, """
                    INSERT INTO key_figures(article_id, ordinal, kind, text, value, unit, sentence)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""");
        } catch (SQLException | RuntimeException e) {
            try {
                close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        opened.add(statement);
        return statement;
    }

    /** Keeps the article's zone resolvable even if the gazetteer passed to {@link LibraryStore#saveZones} lacks it. */
    void ensureZone(Zone zoneOfArticle) throws SQLException {
        ZoneTable.bind(zone, zoneOfArticle);
        zone.executeUpdate();
    }

    /** @return the new article's id */
    long insertArticle(long pageId, int ordinal, Article item) throws SQLException {
        article.setLong(1, pageId);
        article.setInt(2, ordinal);
        article.setString(3, item.kind().code());
        article.setString(4, item.title());
        article.setString(5, item.displayTitle());
        article.setString(6, item.subtitle());
        article.setString(7, item.byline());
        article.setString(8, JsonStrings.encode(item.bylineNames()));
        article.setString(9, item.zone().map(Zone::shortName).orElse(null));
        article.setString(10, item.zone().map(Zone::province).orElse(""));
        article.setString(11, JsonStrings.encode(item.photoCaptions()));
        article.setString(12, WarningsJson.encode(item.warnings()));
        article.setString(13, item.source());
        article.setString(14, item.date());
        try (ResultSet id = article.executeQuery()) {
            if (!id.next()) {
                throw new SQLException("no id returned for the article " + ordinal);
            }
            return id.getLong(1);
        }
    }

    void insertParagraphs(long articleId, List<Paragraph> body) throws SQLException {
        for (int i = 0; i < body.size(); i++) {
            paragraph.setLong(1, articleId);
            paragraph.setInt(2, i);
            paragraph.setString(3, body.get(i).text());
            paragraph.setInt(4, body.get(i).heading() ? 1 : 0);
            paragraph.addBatch();
        }
        paragraph.executeBatch();
    }

    /** Each label into the tag list (once), then the article's links to them in order. */
    void insertTags(long articleId, List<String> tags) throws SQLException {
        if (tags.isEmpty()) {
            return;
        }
        for (String label : tags) {
            tag.setString(1, label);
            tag.addBatch();
        }
        tag.executeBatch();
        for (int i = 0; i < tags.size(); i++) {
            tagLink.setLong(1, articleId);
            tagLink.setInt(2, i);
            tagLink.setString(3, tags.get(i));
            tagLink.addBatch();
        }
        tagLink.executeBatch();
    }

    void insertKeyFigures(long articleId, List<KeyFigure> figures) throws SQLException {
        for (int i = 0; i < figures.size(); i++) {
            KeyFigure keyFigure = figures.get(i);
            figure.setLong(1, articleId);
            figure.setInt(2, i);
            figure.setString(3, keyFigure.kind().name());
            figure.setString(4, keyFigure.text());
            figure.setDouble(5, keyFigure.value());
            figure.setString(6, keyFigure.unit());
            figure.setString(7, keyFigure.sentence());
            figure.addBatch();
        }
        figure.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : opened) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
