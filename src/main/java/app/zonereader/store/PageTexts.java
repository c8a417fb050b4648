package app.zonereader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Each page's decoded text, the text the engine ran on, so its articles can be derived again. */
final class PageTexts {
    private final Connection connection;

    PageTexts(Connection connection) {
        this.connection = connection;
    }

    /** Runs inside the caller's transaction. */
    void put(String contentHash, String fileName, String text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO page_texts(content_hash, file_name, text) VALUES (?, ?, ?)")) {
            insert.setString(1, contentHash);
            insert.setString(2, fileName);
            insert.setString(3, text);
            insert.executeUpdate();
        }
    }

    void delete(String contentHash) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM page_texts WHERE content_hash = ?")) {
            delete.setString(1, contentHash);
            delete.executeUpdate();
        }
    }

    /** Every stored page in import order, with its text when the library has it. */
    List<StoredPage> pages() throws SQLException {
        List<StoredPage> pages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT p.content_hash, p.file_name, t.text FROM pages p
                LEFT JOIN page_texts t ON t.content_hash = p.content_hash ORDER BY p.id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String text = rows.getString(3);
                pages.add(new StoredPage(rows.getString(1), rows.getString(2), text != null, text == null ? "" : text));
            }
        }
        return pages;
    }

    /** The content hashes of the pages imported under this file name, newest first. */
    List<String> hashesNamed(String fileName) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_hash FROM pages WHERE file_name = ? ORDER BY id DESC")) {
            select.setString(1, fileName);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
        }
        return hashes;
    }
}
