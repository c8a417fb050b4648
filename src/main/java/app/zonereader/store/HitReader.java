package app.zonereader.store;

import app.zonereader.model.ArticleKey;
import app.zonereader.model.SearchHit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns ranked article ids into search hits, each with its marked snippet. One query reads all of them: a query per
 * hit cost more than finding the hits.
 */
final class HitReader {
    private static final String SQL = """
            SELECT a.id, a.display_title, coalesce(a.zone_short, ''), p.file_name, a.title, a.subtitle, a.byline,
                   a.photo_captions, st.doc,
                   (SELECT group_concat(text, char(10) ORDER BY ordinal) FROM paragraphs
                    WHERE article_id = a.id AND text <> ''),
                   (SELECT json_group_array(label) FROM (SELECT t.label FROM article_tags x JOIN tags t ON t.id = x.tag_id
                                                         WHERE x.article_id = a.id ORDER BY x.ordinal)),
                   coalesce(p.source_date, ''), p.content_hash, a.ordinal
            FROM articles a JOIN pages p ON p.id = a.page_id JOIN search_trigrams st ON st.rowid = a.id
            WHERE a.id IN (SELECT value FROM json_each(?))""";

    private final Connection connection;

    HitReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param ranked article id → score, in the order the hits are to be listed
     * @return the hits in that order
     * @throws StoreException an id has no article (the index and the library disagree)
     */
    List<SearchHit> read(Map<Long, Double> ranked, SearchQuery query) throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();  // no query for a search that found nothing (common while typing)
        }
        Snippets snippets = new Snippets(query.needles(), query.words());
        Map<Long, SearchHit> byId = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, jsonArray(ranked.keySet()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    byId.put(id, hit(row, id, ranked.get(id), snippets));
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (long id : ranked.keySet()) {
            SearchHit hit = byId.get(id);
            if (hit == null) {
                throw new StoreException("article " + id + " is in the search index but not in the library");
            }
            hits.add(hit);
        }
        return hits;
    }

    private static SearchHit hit(ResultSet row, long id, double score, Snippets snippets) throws SQLException {
        // The paragraphs come as one text: joined by line breaks, empty ones left out, just as compose joins lines.
        String paragraphs = row.getString(10);
        String raw = SearchDocument.compose(row.getString(5), row.getString(6), row.getString(7),
                paragraphs == null ? List.of() : List.of(paragraphs), JsonStrings.decode(row.getString(8)),
                JsonStrings.decode(row.getString(11)));
        Snippets.Marked marked = snippets.mark(raw, row.getString(9));
        return new SearchHit(id, row.getString(2), row.getString(3), row.getString(4), marked.snippet(), score,
                marked.terms(), row.getString(12), new ArticleKey(row.getString(13), row.getInt(14)));
    }

    private static String jsonArray(Iterable<Long> ids) {
        StringBuilder json = new StringBuilder("[");
        for (long id : ids) {
            json.append(json.length() > 1 ? "," : "").append(id);
        }
        return json.append(']').toString();
    }
}
