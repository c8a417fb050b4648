package app.zonereader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search document of stored articles ({@link SearchDocument}), rebuilt from the articles' own rows: the trigram
 * table indexes it but does not keep it. One query reads any number of articles.
 */
final class DocumentTexts {
    private static final String SQL = """
            SELECT a.id, a.title, a.subtitle, a.byline, a.photo_captions,
                   (SELECT group_concat(text, char(10) ORDER BY ordinal) FROM paragraphs
                    WHERE article_id = a.id AND text <> ''),
                   (SELECT json_group_array(label) FROM (SELECT t.label FROM article_tags x JOIN tags t ON t.id = x.tag_id
                                                         WHERE x.article_id = a.id ORDER BY x.ordinal))
            FROM articles a
            WHERE a.id IN (SELECT value FROM json_each(?))""";

    private final Connection connection;

    DocumentTexts(Connection connection) {
        this.connection = connection;
    }

    /** Article id → its search document, unfolded; ids without an article are left out. */
    Map<Long, String> read(Collection<Long> ids) throws SQLException {
        Map<Long, String> documents = new HashMap<>();
        if (ids.isEmpty()) {
            return documents;
        }
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, jsonArray(ids));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    // The paragraphs come as one text: joined by line breaks, empty ones left out, as compose joins lines.
                    String paragraphs = row.getString(6);
                    documents.put(row.getLong(1), SearchDocument.compose(row.getString(2), row.getString(3),
                            row.getString(4), paragraphs == null ? List.of() : List.of(paragraphs),
                            JsonStrings.decode(row.getString(5)), JsonStrings.decode(row.getString(7))));
                }
            }
        }
        return documents;
    }

    static String jsonArray(Iterable<Long> ids) {
        StringBuilder json = new StringBuilder("[");
        for (long id : ids) {
            json.append(json.length() > 1 ? "," : "").append(id);
        }
        return json.append(']').toString();
    }
}
