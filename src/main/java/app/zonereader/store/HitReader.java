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
 * Turns ranked article ids into search hits, each with its marked snippet. Two queries read all of them (the hits'
 * details, then their documents): a query per hit cost more than finding the hits. The documents are folded here, as
 * the index folded them, because the index no longer keeps its folded copy.
 */
final class HitReader {
    private static final String SQL = """
            SELECT a.id, a.display_title, coalesce(a.zone_short, ''), p.file_name,
                   coalesce(p.source_date, ''), p.content_hash, a.ordinal
            FROM articles a JOIN pages p ON p.id = a.page_id
            WHERE a.id IN (SELECT value FROM json_each(?))""";
    private static final SearchDocuments.Text EMPTY = new SearchDocuments.Text("", "");

    private final Connection connection;

    HitReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param ranked article id → score, in the order the hits are to be listed
     * @return the hits in that order
     * @throws StoreException an id has no article (the index and the library disagree)
     */
    List<SearchHit> read(Map<Long, Double> ranked, SearchQuery query, SearchDocuments documents) throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();  // no query for a search that found nothing (common while typing)
        }
        Snippets snippets = new Snippets(query.needles(), query.words());
        Map<Long, SearchDocuments.Text> texts = documents.get(ranked.keySet());
        Map<Long, SearchHit> byId = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, DocumentTexts.jsonArray(ranked.keySet()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    SearchDocuments.Text text = texts.getOrDefault(id, EMPTY);
                    byId.put(id, hit(row, id, ranked.get(id), snippets.mark(text.raw(), text.folded())));
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

    private static SearchHit hit(ResultSet row, long id, double score, Snippets.Marked marked) throws SQLException {
        return new SearchHit(id, row.getString(2), row.getString(3), row.getString(4), marked.snippet(), score,
                marked.terms(), row.getString(5), new ArticleKey(row.getString(6), row.getInt(7)));
    }
}
