package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ZoneCount;
import app.zonereader.model.CountByName;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.PrintedSource;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads stored articles back as model records. */
final class ArticleReader {
    private final Connection connection;

    ArticleReader(Connection connection) {
        this.connection = connection;
    }

    int count(String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    boolean hasPage(String contentHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pages WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The content hash of every stored page. */
    Set<String> pageHashes() throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT content_hash FROM pages");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }

    /** Every item in page order, then reading order. */
    List<ArticleSummary> summaries() throws SQLException {
        return summaries("", List.of());
    }

    /** The items of one zone ("" for those about no zone), in page order. */
    List<ArticleSummary> summariesInZone(String zoneShortName) throws SQLException {
        return summaries("WHERE coalesce(a.zone_short, '') = ?", List.of(zoneShortName));
    }

    /**
     * The bookmarked items, in page order. The query starts from the bookmarks, a handful, and finds each item by its
     * key's page hash and ordinal: filtering every item by a joined bookmark scanned all of them (0.15-0.7 s at
     * 100,000 articles) before the tree could be drawn at start.
     */
    List<ArticleSummary> bookmarkedSummaries() throws SQLException {
        return summaries(FROM_BOOKMARKS, "", List.of());
    }

    /** One item's summary. */
    Optional<ArticleSummary> summary(long id) throws SQLException {
        return summaries("WHERE a.id = ?", List.of(String.valueOf(id))).stream().findFirst();
    }

    /** Items and unread items per province and zone, from one aggregate. */
    List<ZoneCount> zoneCounts() throws SQLException {
        List<ZoneCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT a.province, coalesce(a.zone_short, ''), count(*), count(*) - count(r.read)
                FROM articles a JOIN pages p ON p.id = a.page_id
                LEFT JOIN read_state r ON r.article_key = p.content_hash || ':' || a.ordinal AND r.read = 1
                GROUP BY 1, 2""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.add(new ZoneCount(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)));
            }
        }
        return counts;
    }

    /**
     * The items that carry a tag as the reader sees it: an automatic tag the reader did not remove, or one of the
     * reader's own; in page order.
     */
    List<ArticleSummary> summariesWithTag(String tag) throws SQLException {
        return summaries("""
                WHERE EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag_id
                              WHERE x.article_id = a.id AND t.label = ?
                                AND NOT EXISTS (SELECT 1 FROM removed_tags d
                                                WHERE d.article_key = p.content_hash || ':' || a.ordinal AND d.label = t.label))
                   OR EXISTS (SELECT 1 FROM user_tags u
                              WHERE u.article_key = p.content_hash || ':' || a.ordinal AND u.label = ?)""", List.of(tag, tag));
    }

    /**
     * The items the engine was unsure of: an article without a zone or with very little text, an item with warnings
     * or naming a zone the gazetteer lacks; an item the reader corrected or marked reviewed is no longer listed.
     */
    /**
     * Items the engine was unsure of and the reader has neither corrected nor marked reviewed: an article without a
     * zone, an item with warnings, an article shorter than the bound parameter (characters), or one naming a zone the
     * gazetteer lacks.
     */
    private static final String NEEDING_REVIEW = """
            WHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.page_hash = p.content_hash AND c.applied = 1 AND c.kind <> 'not_article'
                              AND c.ordinal <= a.ordinal AND c.last_ordinal >= a.ordinal)
              AND ((a.kind = 'article' AND a.zone_short IS NULL)
                OR a.warnings <> '[]'
                OR (a.kind = 'article'
                    AND (SELECT coalesce(sum(length(x.text)), 0) FROM paragraphs x WHERE x.article_id = a.id) < CAST(? AS INTEGER))
                OR EXISTS (SELECT 1 FROM json_each(p.unknown_zones) u JOIN paragraphs x ON x.article_id = a.id
                           WHERE instr(x.text, u.value) > 0))""";

    /** The items the engine was unsure of (see {@link #NEEDING_REVIEW}), in page order. */
    List<ArticleSummary> summariesNeedingReview(int shortArticleChars) throws SQLException {
        return summaries(NEEDING_REVIEW, List.of(Integer.toString(shortArticleChars)));
    }

    /** How many items {@link #summariesNeedingReview} lists, without reading them. */
    int countNeedingReview(int shortArticleChars) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id " + NEEDING_REVIEW)) {
            count.setString(1, Integer.toString(shortArticleChars));
            try (ResultSet rows = count.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static final String FROM_ARTICLES = """
            FROM articles a JOIN pages p ON p.id = a.page_id
            LEFT JOIN read_state r ON r.article_key = p.content_hash || ':' || a.ordinal
            LEFT JOIN bookmarks b ON b.article_key = p.content_hash || ':' || a.ordinal
            """;

    /** The bookmarked items through their keys' page hash and ordinal, each found by the unique indexes. */
    private static final String FROM_BOOKMARKS = "FROM bookmarks b JOIN pages p JOIN articles a ON a.page_id = p.id AND "
            + ArticleKeys.matches("b.article_key") + "\nLEFT JOIN read_state r ON r.article_key = b.article_key\n";

    private List<ArticleSummary> summaries(String where, List<String> parameters) throws SQLException {
        return summaries(FROM_ARTICLES, where, parameters);
    }

    private List<ArticleSummary> summaries(String from, String where, List<String> parameters) throws SQLException {
        List<ArticleSummary> summaries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT a.id, a.display_title, a.kind, coalesce(a.zone_short, ''), a.province, p.file_name,
                       coalesce(r.read, 0), b.article_key IS NOT NULL
                """ + from + where + " ORDER BY a.page_id, a.ordinal")) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    summaries.add(new ArticleSummary(rows.getLong(1), rows.getString(2), ItemKind.fromCode(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7) == 1, rows.getInt(8) == 1));
                }
            }
        }
        return summaries;
    }

    Optional<StoredArticle> article(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT a.kind, a.title, a.subtitle, a.byline, a.byline_names, a.zone_short, a.province,
                       a.photo_captions, a.warnings, p.file_name, coalesce(p.source_date, ''), p.content_hash, a.ordinal,
                       a.source, a.source_date, p.paper, p.page_label
                FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?""")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Optional<Zone> zone = zone(row.getString(6), row.getString(7));
                Article article = new Article(ItemKind.fromCode(row.getString(1)), row.getString(2), row.getString(3),
                        row.getString(4), JsonStrings.decode(row.getString(5)), zone, paragraphs(id),
                        JsonStrings.decode(row.getString(8)), tags(id), keyFigures(id), WarningsJson.decode(row.getString(9)),
                        row.getString(14), row.getString(15));
                ArticleKey key = new ArticleKey(row.getString(12), row.getInt(13));
                // A web copy carries its own date where the file gave the page none.
                String date = row.getString(11).isEmpty() ? article.date() : row.getString(11);
                return Optional.of(new StoredArticle(id, key, row.getString(10), article, date,
                        new PrintedSource(row.getString(16), row.getString(17))));
            }
        }
    }

    /**
     * The largest figures of one kind across the library, each figure text once per article (an article that
     * repeats "5亿元" is listed once), largest first, newer articles first among equals.
     */
    List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit) throws SQLException {
        List<ArticleFigure> figures = new ArrayList<>();
        // min(ordinal) makes SQLite take the other bare columns from the first occurrence in the article.
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT k.article_id, a.display_title, coalesce(a.zone_short, ''), k.text, k.value, k.unit, k.sentence,
                       min(k.ordinal)
                FROM key_figures k JOIN articles a ON a.id = k.article_id
                WHERE k.kind = ? GROUP BY k.article_id, k.text ORDER BY k.value DESC, k.article_id DESC LIMIT ?""")) {
            select.setString(1, kind.name());
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.add(articleFigure(rows, kind));
                }
            }
        }
        return figures;
    }

    /** A row of (article id, title, zone, figure text, value, unit, sentence) as a figure with its article. */
    static ArticleFigure articleFigure(ResultSet row, KeyFigureKind kind) throws SQLException {
        KeyFigure figure = new KeyFigure(kind, row.getString(4), row.getDouble(5), row.getString(6), row.getString(7));
        return new ArticleFigure(row.getLong(1), row.getString(2), row.getString(3), figure);
    }

    /** Articles (not photos or ads) per value of an articles column, most first, empty values left out. */
    List<CountByName> countsBy(String column) throws SQLException {
        if (!column.equals("zone_short") && !column.equals("province")) {
            throw new IllegalArgumentException("not a countable column: " + column);
        }
        List<CountByName> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + ", count(*) AS n FROM articles"
                + " WHERE kind = 'article' AND coalesce(" + column + ", '') <> '' GROUP BY " + column + " ORDER BY n DESC, " + column);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.add(new CountByName(rows.getString(1), rows.getInt(2)));
            }
        }
        return counts;
    }

    private Optional<Zone> zone(String shortName, String province) throws SQLException {
        if (shortName == null) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, province, city, approved_year, aliases FROM zones WHERE short_name = ?")) {
            select.setString(1, shortName);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return Optional.of(new Zone(row.getString(1), shortName, JsonStrings.decode(row.getString(5)),
                            row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
        }
        // Unreachable through the foreign key, but a zone must never make an article unreadable.
        return Optional.of(new Zone(shortName, shortName, List.of(), province, "", 0));
    }

    private List<Paragraph> paragraphs(long articleId) throws SQLException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT text, heading FROM paragraphs WHERE article_id = ? ORDER BY ordinal")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    paragraphs.add(new Paragraph(rows.getString(1), rows.getInt(2) == 1));
                }
            }
        }
        return paragraphs;
    }

    private List<String> tags(long articleId) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT t.label FROM article_tags x JOIN tags t ON t.id = x.tag_id
                WHERE x.article_id = ? ORDER BY x.ordinal""")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
        }
        return tags;
    }

    private List<KeyFigure> keyFigures(long articleId) throws SQLException {
        List<KeyFigure> figures = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, text, value, unit, sentence FROM key_figures WHERE article_id = ? ORDER BY ordinal")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.add(new KeyFigure(KeyFigureKind.valueOf(rows.getString(1)), rows.getString(2),
                            rows.getDouble(3), rows.getString(4), rows.getString(5)));
                }
            }
        }
        return figures;
    }
}
