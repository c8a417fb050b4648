package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over three FTS5 tables. Word hits (dictionary words, ranked by bm25, titles weighted highest) come
 * first; then every other article that contains the query text verbatim, whatever the word boundaries: trigrams answer
 * strings of three or more characters, a per-article set of characters and character pairs answers shorter ones,
 * and a scan of the stored text answers the rare short strings of punctuation. User text only ever reaches SQL as a
 * bound parameter, inside FTS5 string literals.
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String HIT_SQL = """
            SELECT a.display_title, coalesce(a.zone_short, ''), p.file_name, a.title, a.subtitle, a.byline,
                   a.photo_captions, st.doc,
                   (SELECT json_group_array(text) FROM (SELECT text FROM paragraphs WHERE article_id = a.id ORDER BY ordinal)),
                   (SELECT json_group_array(label) FROM (SELECT t.label FROM article_tags x JOIN tags t ON t.id = x.tag_id
                                                         WHERE x.article_id = a.id ORDER BY x.ordinal))
            FROM articles a JOIN pages p ON p.id = a.page_id JOIN search_trigrams st ON st.rowid = a.id
            WHERE a.id = ?""";

    private final Connection connection;
    private final WordSplitter splitter;
    private final TextFolder folder;

    public SearchIndex(Connection connection, WordSplitter splitter, TextFolder folder) {
        this.connection = connection;
        this.splitter = splitter;
        this.folder = folder;
    }

    /** Adds one stored article to the search tables; runs inside the caller's transaction. */
    void add(long articleId, Article article, List<String> tags) throws SQLException {
        String title = fold(article.title() + "\n" + article.subtitle());
        String body = fold(article.byline() + "\n" + article.bodyText() + "\n" + String.join("\n", article.photoCaptions()));
        String tagText = fold(String.join("\n", tags));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_words(rowid, title, body, tags) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, articleId);
            insert.setString(2, SearchText.words(splitter, title));
            insert.setString(3, SearchText.words(splitter, body));
            insert.setString(4, SearchText.words(splitter, tagText));
            insert.executeUpdate();
        }
        String document = fold(SearchDocument.compose(article.title(), article.subtitle(), article.byline(),
                article.body().stream().map(Paragraph::text).toList(), article.photoCaptions(), tags));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_trigrams(rowid, doc) VALUES (?, ?)")) {
            insert.setLong(1, articleId);
            insert.setString(2, document);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_grams(rowid, grams) VALUES (?, ?)")) {
            insert.setLong(1, articleId);
            insert.setString(2, SearchText.grams(document));
            insert.executeUpdate();
        }
    }

    /**
     * Searches titles, bodies, captions, bylines and tags.
     *
     * @param query  plain user text; quotes make a phrase, a trailing '*' a prefix; nothing else is special
     * @param limit  most hits to return
     * @param filter zone / province / tag restriction
     * @return word hits by relevance, then articles that contain the text only inside longer words, newest first
     */
    public List<SearchHit> search(String query, int limit, SearchFilter filter) {
        List<QueryTerm> terms = QueryParser.parse(query);
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            Map<Long, Double> ranked = new LinkedHashMap<>();
            wordExpression(terms).ifPresent(expression -> wordHits(expression, filter, limit, ranked));
            if (ranked.size() < limit) {
                substringHits(needles(terms), filter, limit, ranked);
            }
            List<String> highlight = highlightNeedles(terms);
            List<SearchHit> hits = new ArrayList<>(ranked.size());
            for (Map.Entry<Long, Double> entry : ranked.entrySet()) {
                hits.add(hit(entry.getKey(), entry.getValue(), highlight));
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("Search failed: " + e.getMessage(), e);
        }
    }

    /** The FTS5 expression for the word table: each term a quoted phrase of its words; empty when a term has none. */
    private Optional<String> wordExpression(List<QueryTerm> terms) {
        List<String> phrases = new ArrayList<>();
        for (QueryTerm term : terms) {
            String words = SearchText.words(splitter, fold(term.text()));
            if (words.chars().noneMatch(c -> SearchText.isTokenChar((char) c))) {
                // A term of punctuation only has no words; the substring path alone can answer it.
                return Optional.empty();
            }
            phrases.add(SearchText.quoted(words) + (term.prefix() ? "*" : ""));
        }
        return Optional.of(String.join(" ", phrases));
    }

    private void wordHits(String expression, SearchFilter filter, int limit, Map<Long, Double> ranked) {
        String sql = "SELECT w.rowid, w.rank FROM search_words w JOIN articles a ON a.id = w.rowid "
                + "WHERE search_words MATCH ?" + filterClause(filter) + " ORDER BY w.rank LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int next = 1;
            select.setString(next++, expression);
            next = bindFilter(select, next, filter);
            select.setInt(next, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ranked.put(rows.getLong(1), -rows.getDouble(2));
                }
            }
        } catch (SQLException e) {
            // The word table cannot parse every expression a splitter may produce; the substring path still answers.
            LOG.warn("word search for {} failed: {}", expression, e.getMessage());
        }
    }

    /** Every folded, whitespace-free piece of the query that an article must contain. */
    private List<String> needles(List<QueryTerm> terms) {
        Set<String> needles = new LinkedHashSet<>();
        for (QueryTerm term : terms) {
            needles.addAll(SearchText.pieces(fold(term.text())));
        }
        return List.copyOf(needles);
    }

    private void substringHits(List<String> needles, SearchFilter filter, int limit, Map<Long, Double> ranked)
            throws SQLException {
        List<String> trigram = new ArrayList<>();
        List<String> grams = new ArrayList<>();
        List<String> scan = new ArrayList<>();
        for (String needle : needles) {
            if (needle.length() >= 3) {
                trigram.add(SearchText.quoted(needle));
            } else if (SearchText.allTokenChars(needle)) {
                grams.add(SearchText.quoted(SearchText.lower(needle)));
            } else {
                scan.add(needle);
            }
        }
        List<String> parts = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (!trigram.isEmpty()) {
            parts.add("SELECT rowid AS id FROM search_trigrams WHERE search_trigrams MATCH ?");
            parameters.add(String.join(" ", trigram));
        }
        if (!grams.isEmpty()) {
            parts.add("SELECT rowid AS id FROM search_grams WHERE search_grams MATCH ?");
            parameters.add(String.join(" ", grams));
        }
        if (!scan.isEmpty()) {
            parts.add("SELECT rowid AS id FROM search_trigrams WHERE "
                    + String.join(" AND ", Collections.nCopies(scan.size(), "instr(doc, ?) > 0")));
            parameters.addAll(scan);
        }
        String sql = "SELECT s.id FROM (" + String.join(" INTERSECT ", parts) + ") s JOIN articles a ON a.id = s.id"
                + " WHERE 1 = 1" + filterClause(filter) + " ORDER BY s.id DESC";
        Set<Long> wordHits = new HashSet<>(ranked.keySet());
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int next = 1;
            for (String parameter : parameters) {
                select.setString(next++, parameter);
            }
            bindFilter(select, next, filter);
            try (ResultSet rows = select.executeQuery()) {
                int rank = 0;
                while (ranked.size() < limit && rows.next()) {
                    long id = rows.getLong(1);
                    if (!wordHits.contains(id)) {
                        // Below every word hit (those score ≥ 0), in the order found.
                        ranked.put(id, -1.0 - rank++);
                    }
                }
            }
        }
    }

    /** What to mark in snippets: each term as typed, and its words for hits where the words are not adjacent. */
    private List<String> highlightNeedles(List<QueryTerm> terms) {
        List<String> needles = new ArrayList<>();
        for (QueryTerm term : terms) {
            String folded = fold(term.text());
            needles.addAll(SearchText.pieces(folded));
            for (String word : splitter.words(folded)) {
                if (word.strip().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    needles.add(word.strip());
                }
            }
        }
        return needles;
    }

    private SearchHit hit(long id, double score, List<String> needles) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HIT_SQL)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("article " + id + " is in the search index but not in the library");
                }
                String raw = SearchDocument.compose(row.getString(4), row.getString(5), row.getString(6),
                        JsonStrings.decode(row.getString(9)), JsonStrings.decode(row.getString(7)),
                        JsonStrings.decode(row.getString(10)));
                Snippets.Marked marked = Snippets.mark(raw, row.getString(8), needles);
                return new SearchHit(id, row.getString(1), row.getString(2), row.getString(3), marked.snippet(), score,
                        marked.terms());
            }
        }
    }

    private static String filterClause(SearchFilter filter) {
        StringBuilder clause = new StringBuilder();
        filter.zoneShortName().ifPresent(z -> clause.append(" AND a.zone_short = ?"));
        filter.province().ifPresent(p -> clause.append(" AND a.province = ?"));
        filter.tag().ifPresent(t -> clause.append(" AND EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag_id"
                + " WHERE x.article_id = a.id AND t.label = ?)"));
        return clause.toString();
    }

    private static int bindFilter(PreparedStatement statement, int first, SearchFilter filter) throws SQLException {
        int next = first;
        if (filter.zoneShortName().isPresent()) {
            statement.setString(next++, filter.zoneShortName().get());
        }
        if (filter.province().isPresent()) {
            statement.setString(next++, filter.province().get());
        }
        if (filter.tag().isPresent()) {
            statement.setString(next++, filter.tag().get());
        }
        return next;
    }

    private String fold(String text) {
        return TextFolder.safely(folder, text);
    }
}
