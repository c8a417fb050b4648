package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tag_counts} and {@code article_counts} (schema V11) against a plain count of the articles and their tags after
 * every kind of write: pages imported, replaced and deleted, an article's kind, zone or province and a page's date
 * changed in place, one article or tag row deleted; and a V10 library, upgraded, counting what it counted before.
 */
class KeptCountsTest {
    private static final List<String> TAGS = List.of("职业教育", "产教融合", "人工智能", "数字经济", "新材料");
    /** The counts the table should hold, counted the obvious way from the articles and their tags. */
    private static final String RECOUNT = """
            SELECT coalesce(a.zone_short, ''), x.tag_id, a.province, count(*) FROM articles a
            JOIN article_tags x ON x.article_id = a.id WHERE a.kind = 'article' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""";
    private static final String KEPT = "SELECT zone, tag_id, province, articles FROM tag_counts ORDER BY 1, 2, 3";
    private static final String MONTH = "substr(coalesce(p.source_date, substr(p.imported_at, 1, 10)), 1, 7)";
    private static final String RECOUNT_ARTICLES = "SELECT coalesce(a.zone_short, ''), a.province, " + MONTH
            + ", count(*) FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.kind = 'article'"
            + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    private static final String KEPT_ARTICLES = "SELECT zone, province, month, articles FROM article_counts"
            + " ORDER BY 1, 2, 3";

    @TempDir
    Path dir;

    @Test
    void theCountsFollowPagesImportedReplacedAndDeleted() throws SQLException {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            Connection connection = database.connection();
            PageWriter writer = writer(connection);
            Random random = new Random(5);
            store(writer, random, 12);
            assertFalse(rows(connection, KEPT).isEmpty(), "the premise: tags were counted");
            assertTrue(rows(connection, KEPT_ARTICLES).size() > 8, "the premise: several zones and months");
            assertCountsKept(connection, "after the import");

            Transactions.inTransaction(connection, "replace a page", () -> {
                writer.delete(hash(0));
                writer.insert(page(random, 100), Optional.empty());
                return null;
            });
            assertCountsKept(connection, "after a page was replaced");

            for (int p = 1; p < 12; p++) {
                String hash = hash(p);
                Transactions.inTransaction(connection, "delete a page", () -> {
                    writer.delete(hash);
                    return null;
                });
                assertCountsKept(connection, "after deleting page " + p);
            }
            Transactions.inTransaction(connection, "delete the last page", () -> {
                writer.delete(hash(100));
                return null;
            });
            assertEquals(List.of(), rows(connection, KEPT), "an empty library counts nothing, and keeps no zero rows");
            assertEquals(List.of(), rows(connection, KEPT_ARTICLES), "no articles, no zero rows");
        }
    }

    @Test
    void theCountsFollowAnArticleOrPageChangedInPlaceAndAnArticleOrTagDeletedOnItsOwn() throws SQLException {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            Connection connection = database.connection();
            PageWriter writer = writer(connection);
            store(writer, new Random(8), 4);
            long tagged = Sql.number(connection, "SELECT min(x.article_id) FROM article_tags x JOIN articles a"
                    + " ON a.id = x.article_id WHERE a.kind = 'article' AND a.zone_short IS NOT NULL");
            // An article in another place with a tag in common: moving there adds to counts that already exist.
            long other = Sql.number(connection, "SELECT min(y.article_id) FROM article_tags x JOIN article_tags y"
                    + " ON y.tag_id = x.tag_id JOIN articles a ON a.id = x.article_id JOIN articles b ON b.id = y.article_id"
                    + " WHERE x.article_id = ? AND b.kind = 'article' AND coalesce(b.zone_short, '') <> a.zone_short", tagged);
            String place = "(SELECT zone_short FROM articles WHERE id = " + other + "), province = (SELECT province"
                    + " FROM articles WHERE id = " + other + ")";
            List<String> changes = List.of(
                    "UPDATE articles SET zone_short = " + place + " WHERE id = " + tagged,
                    "UPDATE articles SET kind = 'photo' WHERE id = " + tagged,
                    "UPDATE articles SET kind = 'article' WHERE id = " + tagged,
                    "UPDATE articles SET zone_short = NULL, province = '' WHERE id = " + tagged,
                    "UPDATE articles SET zone_short = (SELECT max(short_name) FROM zones), province = '北京' WHERE id = "
                            + tagged,
                    "DELETE FROM article_tags WHERE article_id = " + tagged
                            + " AND tag_id = (SELECT min(tag_id) FROM article_tags WHERE article_id = " + tagged + ")",
                    "DELETE FROM article_tags WHERE article_id IN (SELECT id FROM articles WHERE kind = 'photo')",
                    "UPDATE pages SET source_date = '2023-11-02' WHERE id = (SELECT page_id FROM articles WHERE id = "
                            + other + ")",
                    "UPDATE pages SET source_date = NULL WHERE id = (SELECT page_id FROM articles WHERE id = " + tagged + ")",
                    "UPDATE pages SET imported_at = '2022-02-02T10:00:00Z' WHERE source_date IS NULL",
                    "DELETE FROM articles WHERE id = " + other);
            for (String change : changes) {
                Sql.update(connection, change);
                assertCountsKept(connection, change);
            }
        }
    }

    @Test
    void aV10LibraryUpgradedCountsEveryTagAsItDidBefore() throws SQLException {
        Path file = dir.resolve("v10.db");
        List<StatsFilter> filters = List.of(StatsFilter.ALL, StatsFilter.ALL.withProvince("重庆"),
                StatsFilter.ALL.withZone("中关村"), StatsFilter.ALL.withZone("中关村").withProvince("北京"));
        List<List<CountByName>> before = new ArrayList<>();
        List<List<CrossCount>> monthsBefore = new ArrayList<>();
        try (Database v10 = Database.open(file, Migrations.standard().upTo(10))) {
            Connection connection = v10.connection();
            PageWriter writer = writer(connection);
            store(writer, new Random(21), 10);
            // The reader's edits: an automatic tag removed from some articles, a tag of their own on others.
            Sql.update(connection, "INSERT INTO removed_tags(article_key, label) SELECT p.content_hash || ':' || a.ordinal,"
                    + " t.label FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_tags x ON x.article_id = a.id"
                    + " JOIN tags t ON t.id = x.tag_id WHERE a.id % 3 = 0 AND x.ordinal = 0");
            Sql.update(connection, "INSERT INTO user_tags(article_key, label, uuid, created) SELECT p.content_hash || ':'"
                    + " || a.ordinal, '我的标签', 'urn:uuid:t-' || a.id, '2026-01-01T00:00:00Z' FROM articles a"
                    + " JOIN pages p ON p.id = a.page_id WHERE a.id % 4 = 1");
            assertEquals(10, v10.schemaVersion());
            for (StatsFilter filter : filters) {
                before.add(reference(connection, filter));
                monthsBefore.add(monthsByProvince(connection, filter));
            }
        }
        assertTrue(before.get(0).stream().anyMatch(count -> count.name().equals("我的标签")), "the premise: own tags");

        try (LibraryStore upgraded = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            for (int i = 0; i < filters.size(); i++) {
                assertEquals(before.get(i), upgraded.articleCounts(StatsDimension.TAG, filters.get(i)),
                        filters.get(i)::toString);
                assertEquals(monthsBefore.get(i), upgraded.articlesPerMonthAndProvince(filters.get(i)),
                        filters.get(i)::toString);
            }
        }
        try (Database reopened = Database.open(file)) {
            assertCountsKept(reopened.connection(), "filled by the upgrade");
        }
    }

    /**
     * Articles per tag as the reader sees them, written the plain way: each article's automatic tags it did not remove,
     * together with its own tags, as a set of (article, tag), counted per tag; most first, ties by label.
     */
    private static List<CountByName> reference(Connection connection, StatsFilter filter) throws SQLException {
        String sql = """
                SELECT label, count(*) AS n FROM (
                    SELECT a.id, t.label, a.zone_short, a.province FROM articles a JOIN pages p ON p.id = a.page_id
                    JOIN article_tags x ON x.article_id = a.id JOIN tags t ON t.id = x.tag_id WHERE a.kind = 'article'
                    AND NOT EXISTS (SELECT 1 FROM removed_tags r WHERE r.article_key = p.content_hash || ':' || a.ordinal
                                                                     AND r.label = t.label)
                    UNION
                    SELECT a.id, u.label, a.zone_short, a.province FROM user_tags u JOIN pages p JOIN articles a
                    ON a.page_id = p.id AND u.article_key = p.content_hash || ':' || a.ordinal WHERE a.kind = 'article'
                ) WHERE (? = '' OR province = ?) AND (? = '' OR zone_short = ?) GROUP BY label ORDER BY n DESC, label""";
        List<CountByName> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, filter.province(), filter.province(), filter.zone(), filter.zone());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new CountByName(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return counts;
    }

    /** Articles per month and province, the plain way: each article with its page's month. */
    private static List<CrossCount> monthsByProvince(Connection connection, StatsFilter filter) throws SQLException {
        List<CrossCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + MONTH + " AS month, a.province,"
                + " count(*) FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.kind = 'article'"
                + " AND (? = '' OR a.province = ?) AND (? = '' OR a.zone_short = ?)"
                + " GROUP BY month, a.province ORDER BY month, a.province")) {
            Sql.bind(select, filter.province(), filter.province(), filter.zone(), filter.zone());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new CrossCount(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return counts;
    }

    private static PageWriter writer(Connection connection) {
        return new PageWriter(connection, new SearchIndex(connection, new DictionarySplitter(), TextFolder.identity()),
                Clock.systemUTC());
    }

    private static void assertCountsKept(Connection connection, String after) throws SQLException {
        assertEquals(rows(connection, RECOUNT), rows(connection, KEPT), "tags " + after);
        assertEquals(rows(connection, RECOUNT_ARTICLES), rows(connection, KEPT_ARTICLES), "articles " + after);
    }

    /** Pages 0 … count − 1, each in its own transaction as an import writes them. */
    private static void store(PageWriter writer, Random random, int count) {
        for (int p = 0; p < count; p++) {
            writer.store(page(random, p));
        }
    }

    /** A page of eight items: mostly articles, some photos and ads, in any of the zones or none, with 0–3 tags. */
    private static Page page(Random random, int number) {
        List<Article> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ItemKind kind = switch (random.nextInt(6)) {
                case 0 -> ItemKind.PHOTO;
                case 1 -> ItemKind.AD;
                default -> ItemKind.ARTICLE;
            };
            Optional<Zone> zone = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(TestPages.ZONES.get(random.nextInt(TestPages.ZONES.size())));
            Set<String> tags = new LinkedHashSet<>();
            int count = random.nextInt(4);
            while (tags.size() < count) {
                tags.add(TAGS.get(random.nextInt(TAGS.size())));
            }
            items.add(new Article(kind, "题" + number + "-" + i, "", "", List.of(), zone,
                    List.of(Paragraph.text("正文" + number + "-" + i)), List.of(), List.copyOf(tags), List.of(), List.of()));
        }
        // A third of the pages have no issue date and are dated by their import day.
        return number % 3 == 0 ? new Page("page-" + number + ".txt", hash(number), items, List.of(), List.of())
                : new Page("page-" + number + ".txt", hash(number), items, List.of(), List.of(),
                        "2024-0" + (1 + number % 5) + "-15");
    }

    private static String hash(int number) {
        return String.format("%064x", number);
    }

    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
