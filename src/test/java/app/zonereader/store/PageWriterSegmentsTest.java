package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's search rows reach each FTS5 table as one segment. FTS5 writes out the rows it holds in memory whenever a
 * later statement of the transaction opens a savepoint (an article insert does), so rows written between the articles
 * cost a segment per article and table, and the writer most of its time.
 */
class PageWriterSegmentsTest {
    private static final int ITEMS = 10;
    /** FTS5 keeps a segment's pages in its _data table under rowids of segment id << 37 (page, height, flag below). */
    private static final int SEGMENT_ID_SHIFT = 37;

    @TempDir
    Path dir;

    @Test
    void aPageOfTenItemsAddsOneSegmentToEachSearchTable() throws SQLException {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            store.saveZones(TestPages.ZONES);
            store.storePage(new TestPages(7).page(1, ITEMS));
            assertEquals(ITEMS, store.articleCount());
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> tables = searchTables(plain);
            assertTrue(tables.containsAll(List.of("search_words", "search_trigrams", "search_grams")), tables.toString());
            for (String table : tables) {
                assertEquals(1, segments(plain, table), table + " segments after one page");
            }
        }
    }

    /** Every FTS5 table of the schema, so that a search table added later is held to the same. */
    private static List<String> searchTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static int segments(Connection connection, String table) throws SQLException {
        // the table name comes from the schema, never from user text
        try (PreparedStatement count = connection.prepareStatement("SELECT count(DISTINCT id >> " + SEGMENT_ID_SHIFT
                + ") FROM " + table + "_data WHERE id >> " + SEGMENT_ID_SHIFT + " > 0");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
