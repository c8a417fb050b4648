package app.zonereader.store;

import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates behind the stats tab and the {@code stats} command. Every query counts the articles one
 * {@link StatsFilter} keeps ({@link StatsWhere}) and so agrees with the list of articles behind each number
 * ({@link #articles}).
 */
final class StatsQueries {
    private final Connection connection;

    StatsQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Articles per zone or province (most first, none-s left out), per month (oldest first) or per tag (most first).
     * A filter by place alone reads the kept counts ({@link ArticleTotals}, {@link TagTotals}).
     */
    List<CountByName> counts(StatsDimension by, StatsFilter filter) throws SQLException {
        ArticleTotals totals = ArticleTotals.of(filter);
        return switch (by) {
            case ZONE -> countsByName("SELECT " + totals.zone() + ", " + totals.count() + " AS n FROM " + totals.from()
                    + " WHERE " + totals.condition() + " AND " + totals.zone() + " IS NOT NULL GROUP BY " + totals.zone()
                    + " ORDER BY n DESC, " + totals.zone(), totals.parameters());
            case PROVINCE -> countsByName("SELECT " + totals.province() + ", " + totals.count() + " AS n FROM "
                    + totals.from() + " WHERE " + totals.condition() + " AND " + totals.province() + " <> '' GROUP BY "
                    + totals.province() + " ORDER BY n DESC, " + totals.province(), totals.parameters());
            case MONTH -> countsByName("SELECT " + totals.month() + " AS month, " + totals.count() + " FROM "
                    + totals.fromByMonth() + " WHERE " + totals.condition() + " GROUP BY month ORDER BY month",
                    totals.parameters());
            case TAG -> {
                TagTotals tags = TagTotals.of(TagTotals.Per.TAG, filter);
                yield crossCounts(tags.sql() + " ORDER BY n DESC, label", tags.parameters()).stream()
                        .map(count -> new CountByName(count.column(), count.count())).toList();
            }
        };
    }

    /** Articles per month and province, oldest month first; articles without a province count under "". */
    List<CrossCount> monthsByProvince(StatsFilter filter) throws SQLException {
        ArticleTotals totals = ArticleTotals.of(filter);
        return crossCounts("SELECT " + totals.month() + " AS month, " + totals.province() + ", " + totals.count()
                + " FROM " + totals.fromByMonth() + " WHERE " + totals.condition() + " GROUP BY month, "
                + totals.province() + " ORDER BY month, " + totals.province(), totals.parameters());
    }

    /**
     * The {@code size} busiest zones against the {@code size} commonest tags. One pass counts every (zone, tag) pair,
     * articles without a zone included; the tag totals are the sums of its rows (each zone's count of a tag is never
     * negative, so leaving out its zero rows changes no sum), which spares a second scan of every article's tags.
     */
    ZoneTagMatrix zoneTagMatrix(StatsFilter filter, int size) throws SQLException {
        List<String> zones = names(counts(StatsDimension.ZONE, filter), size);
        TagTotals counts = TagTotals.of(TagTotals.Per.ZONE_AND_TAG, filter);
        Map<String, Integer> tagTotals = new HashMap<>();
        List<CrossCount> zonedCells = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(counts.sql())) {
            Sql.bind(select, counts.parameters().toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String zone = rows.getString(1);
                    String tag = rows.getString(2);
                    int count = rows.getInt(3);
                    tagTotals.merge(tag, count, Integer::sum);
                    if (zone != null) {
                        zonedCells.add(new CrossCount(zone, tag, count));
                    }
                }
            }
        }
        List<String> tags = tagTotals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry::getKey, StatsQueries::compareAsSqlite))
                .limit(size).map(Map.Entry::getKey).toList();
        if (zones.isEmpty() || tags.isEmpty()) {
            return new ZoneTagMatrix(zones, tags, List.of());
        }
        List<CrossCount> cells = new ArrayList<>(zonedCells.stream()
                .filter(cell -> zones.contains(cell.row()) && tags.contains(cell.column())).toList());
        cells.sort((a, b) -> zones.indexOf(a.row()) != zones.indexOf(b.row())
                ? Integer.compare(zones.indexOf(a.row()), zones.indexOf(b.row()))
                : Integer.compare(tags.indexOf(a.column()), tags.indexOf(b.column())));
        return new ZoneTagMatrix(zones, tags, cells);
    }

    /**
     * Text in SQLite's BINARY order (UTF-8 bytes, which is code point order), as {@code ORDER BY label} ranks ties;
     * String's own order compares UTF-16 units and differs beyond the basic plane.
     */
    static int compareAsSqlite(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Read, bookmarked and annotated articles per zone, most articles first; "" for articles without a zone. The
     * reader's marks are counted from their own (small) tables, each row led to its article, so the cost follows the
     * marks rather than three look-ups per article.
     */
    List<ZoneReading> readingPerZone(StatsFilter filter) throws SQLException {
        ArticleTotals totals = ArticleTotals.of(filter);
        List<CountByName> articles = countsByName("SELECT coalesce(" + totals.zone() + ", '') AS z, " + totals.count()
                + " AS n FROM " + totals.from() + " WHERE " + totals.condition() + " GROUP BY z ORDER BY n DESC, z",
                totals.parameters());
        StatsWhere where = StatsWhere.of(filter);
        String zone = "coalesce(a.zone_short, '')";
        Map<String, Integer> read = perZone("SELECT " + zone + ", count(*) FROM read_state r "
                + String.format(TagTotals.KEYED_ARTICLE, "r.article_key") + " WHERE r.read = 1 AND " + where.condition()
                + " GROUP BY 1", where.parameters());
        Map<String, Integer> bookmarked = perZone("SELECT " + zone + ", count(*) FROM bookmarks b "
                + String.format(TagTotals.KEYED_ARTICLE, "b.article_key") + " WHERE " + where.condition() + " GROUP BY 1",
                where.parameters());
        Map<String, Integer> annotations = perZone("SELECT " + zone + ", count(*) FROM annotations n "
                + String.format(TagTotals.KEYED_ARTICLE, "n.article_key") + " WHERE " + where.condition() + " GROUP BY 1",
                where.parameters());
        return articles.stream().map(c -> new ZoneReading(c.name(), c.count(), read.getOrDefault(c.name(), 0),
                bookmarked.getOrDefault(c.name(), 0), annotations.getOrDefault(c.name(), 0))).toList();
    }

    private Map<String, Integer> perZone(String sql, List<Object> parameters) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        countsByName(sql, parameters).forEach(c -> counts.put(c.name(), c.count()));
        return counts;
    }

    /** The largest figures of a kind in the filtered articles, as {@link ArticleReader#largestFigures} ranks them. */
    List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit, StatsFilter filter) throws SQLException {
        StatsWhere where = StatsWhere.of(filter);
        List<ArticleFigure> figures = new ArrayList<>();
        // min(ordinal) makes SQLite take the other bare columns from the first occurrence in the article. CROSS JOIN
        // keeps the figures of the kind as the outer loop: they are fewer than the articles any filter keeps.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT k.article_id, a.display_title, coalesce(a.zone_short, ''), k.text, k.value, k.unit, k.sentence,"
                + " min(k.ordinal) FROM key_figures k CROSS JOIN articles a ON a.id = k.article_id"
                + " CROSS JOIN pages p ON p.id = a.page_id"
                + " WHERE k.kind = ? AND " + where.condition()
                + " GROUP BY k.article_id, k.text ORDER BY k.value DESC, k.article_id DESC LIMIT ?")) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(kind.name());
            parameters.addAll(where.parameters());
            parameters.add(limit);
            Sql.bind(select, parameters.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.add(ArticleReader.articleFigure(rows, kind));
                }
            }
        }
        return figures;
    }

    /** The filtered articles themselves, in page then reading order, at most {@code limit}. */
    List<ArticleSummary> articles(StatsFilter filter, int limit) throws SQLException {
        StatsWhere where = StatsWhere.of(filter);
        List<ArticleSummary> summaries = new ArrayList<>();
        String key = StatsWhere.KEY;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.id, a.display_title, a.kind, coalesce(a.zone_short, ''), a.province, p.file_name,"
                + " EXISTS (SELECT 1 FROM read_state r WHERE r.article_key = " + key + " AND r.read = 1),"
                + " EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_key = " + key + ")"
                + " FROM " + StatsWhere.ARTICLES_AND_PAGES + " WHERE " + where.conditionInPageOrder()
                + " ORDER BY a.page_id, a.ordinal LIMIT ?")) {
            List<Object> parameters = new ArrayList<>(where.parameters());
            parameters.add(limit);
            Sql.bind(select, parameters.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    summaries.add(new ArticleSummary(rows.getLong(1), rows.getString(2), ItemKind.fromCode(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7) == 1,
                            rows.getInt(8) == 1));
                }
            }
        }
        return summaries;
    }

    private List<CountByName> countsByName(String sql, List<Object> parameters) throws SQLException {
        List<CountByName> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, parameters.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new CountByName(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return counts;
    }

    private List<CrossCount> crossCounts(String sql, List<Object> parameters) throws SQLException {
        List<CrossCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, parameters.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new CrossCount(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return counts;
    }

    private static List<String> names(List<CountByName> counts, int size) {
        return counts.stream().limit(size).map(CountByName::name).toList();
    }

}
