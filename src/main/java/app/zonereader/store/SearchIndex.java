package app.zonereader.store;

import app.zonereader.model.Page;
import app.zonereader.model.SearchHit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over four FTS5 tables. Word hits (dictionary words, ranked by bm25) come first: those in a title or
 * subtitle, from a table of titles alone, then those anywhere, titles weighted highest; then every other article that contains the query text verbatim, whatever the word boundaries: trigrams answer
 * strings of three or more characters, a per-article set of characters and character pairs answers shorter ones,
 * and a scan of the articles' text answers the rare short strings of punctuation. The trigram table is contentless:
 * it keeps the index, not a copy of the text. User text only ever reaches SQL as a
 * bound parameter, inside FTS5 string literals.
 */
public final class SearchIndex {
    /** How many of the newest matches bm25 ranks per tier (it costs a few µs per row). */
    static final int DEFAULT_RANK_WINDOW = 400;
    /** Lifts title matches above every match found elsewhere. */
    private static final double TITLE_BONUS = 1_000.0;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /**
     * An article carries a tag when it has it automatically and the reader did not remove it, or the reader added it.
     * User data is keyed by article key (page hash ':' ordinal), hence the key built from the article's page.
     */
    private static final String TAG_CLAUSE = """
             AND ((EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag_id
                           WHERE x.article_id = a.id AND t.label = ?)
                   AND NOT EXISTS (SELECT 1 FROM removed_tags r
                                   WHERE r.article_key = (SELECT content_hash FROM pages WHERE id = a.page_id) || ':' || a.ordinal
                                     AND r.label = ?))
                  OR EXISTS (SELECT 1 FROM user_tags u
                             WHERE u.article_key = (SELECT content_hash FROM pages WHERE id = a.page_id) || ':' || a.ordinal
                               AND u.label = ?))""";
    private static final int TAG_PARAMETERS = 3;
    private static final List<String> TABLES = List.of("search_words", TitleIndex.TABLE, "search_trigrams",
            "search_grams");
    private static final String WORD_TABLE = "search_words";
    /** {@link #rankedWindow}'s answer when no older match is left to list. */
    private static final long NOTHING_OLDER = Long.MIN_VALUE;
    /** Leaf pages one merge step writes per table: a few hundred ms of work at most. */
    private static final int MERGE_PAGES_PER_STEP = 256;
    private final Connection connection;
    private final WordSplitter splitter;
    private final TextFolder folder;
    private final int rankWindow;
    private final HitReader hits;
    private final SubstringSearch substrings;
    private final DocumentTexts documents;
    private final TitleIndex titles;
    private final CommonWords commonWords;

    public SearchIndex(Connection connection, WordSplitter splitter, TextFolder folder) {
        this(connection, splitter, folder, DEFAULT_RANK_WINDOW);
    }

    SearchIndex(Connection connection, WordSplitter splitter, TextFolder folder, int rankWindow) {
        this.connection = connection;
        this.splitter = splitter;
        this.folder = folder;
        this.rankWindow = rankWindow;
        this.hits = new HitReader(connection);
        this.substrings = new SubstringSearch(connection);
        this.documents = new DocumentTexts(connection);
        this.titles = new TitleIndex(connection, splitter, folder);
        this.commonWords = new CommonWords(connection);
    }

    /**
     * Adds the stored articles' prepared rows to the search tables, each statement prepared once for the page; runs
     * inside the caller's transaction.
     *
     * @param articleIds the articles' ids, by ordinal on the page
     */
    void add(long[] articleIds, PreparedPage page) throws SQLException {
        try (PreparedStatement words = connection.prepareStatement(
                "INSERT INTO search_words(rowid, title, body, tags) VALUES (?, ?, ?, ?)");
             PreparedStatement titleWords = connection.prepareStatement(TitleIndex.INSERT);
             PreparedStatement trigrams = connection.prepareStatement(
                     "INSERT INTO search_trigrams(rowid, doc) VALUES (?, ?)");
             PreparedStatement grams = connection.prepareStatement("INSERT INTO search_grams(rowid, grams) VALUES (?, ?)")) {
            for (int ordinal = 0; ordinal < articleIds.length; ordinal++) {
                PreparedPage.SearchRows rows = page.rows(ordinal);
                long id = articleIds[ordinal];
                words.setLong(1, id);
                words.setString(2, rows.titleWords());
                words.setString(3, rows.bodyWords());
                words.setString(4, rows.tagWords());
                words.executeUpdate();
                insert(titleWords, id, rows.titleWords());
                insert(trigrams, id, rows.document());
                insert(grams, id, rows.grams());
            }
        }
    }

    private static void insert(PreparedStatement statement, long id, String text) throws SQLException {
        statement.setLong(1, id);
        statement.setString(2, text);
        statement.executeUpdate();
    }

    /**
     * Indexes the stored titles once after an upgrade to schema 10 (see {@link TitleIndex#fillIfPending}).
     *
     * @return the titles indexed; 0 when nothing was pending
     */
    int completeTitleIndex() {
        return titles.fillIfPending();
    }

    /** Makes a page's search rows with this index's segmenter and folding; touches no table. */
    PreparedPage prepare(Page page) {
        return PreparedPage.of(page, splitter, folder);
    }

    /** Removes one article from the search tables; runs inside the caller's transaction. */
    void remove(long articleId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
                delete.setLong(1, articleId);
                delete.executeUpdate();
            }
        }
    }

    /**
     * One step of merging each search table's segments into one: FTS5's 'merge' with a negative page budget, which
     * first puts all segments on one level, so that repeated steps end where 'optimize' would. An import leaves an
     * index of many segments, and every query looks a term up in each; one step is bounded, so searches are not held
     * up for long. Each step commits on its own.
     *
     * @return true while a table still had segments to merge
     */
    boolean mergeStep() throws SQLException {
        boolean more = false;
        for (String table : TABLES) {
            long before = totalChanges();
            try (PreparedStatement merge = connection.prepareStatement(
                    "INSERT INTO " + table + "(" + table + ", rank) VALUES ('merge', ?)")) {
                merge.setInt(1, -MERGE_PAGES_PER_STEP);
                merge.executeUpdate();
            }
            // FTS5's documented test: fewer than two changes means there was nothing left to merge.
            more |= totalChanges() - before >= 2;
        }
        return more;
    }

    private long totalChanges() throws SQLException {
        return Sql.number(connection, "SELECT total_changes()");
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
        SearchQuery parsed = SearchQuery.of(query, splitter, folder);
        if (parsed.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            Map<Long, Double> ranked = new LinkedHashMap<>();
            if (parsed.wordExpression().isPresent()) {
                wordHits(parsed, filter, limit, ranked);
            }
            SearchDocuments texts = new SearchDocuments(documents, folder);
            if (ranked.size() < limit) {
                substrings.find(parsed.needles(), filter, limit, ranked, texts);
            }
            return hits.read(ranked, parsed, texts);
        } catch (SQLException e) {
            throw new StoreException("Search failed: " + e.getMessage(), e);
        }
    }

    /**
     * Word hits in tiers: matches in the title or subtitle by bm25 (from the title table, whose rows are short and
     * few), then matches anywhere by bm25, then (for very common words) older matches newest first. bm25 costs a few
     * microseconds per matching row, so each ranking looks at the newest {@link #DEFAULT_RANK_WINDOW} matches only;
     * that keeps a search for a word found in every article fast. When every word is in half of the articles or more,
     * bm25 has nothing to rank the second tier by (see {@link CommonWords}), and it lists them newest first.
     */
    private void wordHits(SearchQuery query, SearchFilter filter, int limit, Map<Long, Double> ranked) {
        String expression = query.wordExpression().orElseThrow();
        try {
            if (!isPrefixSearch(expression) && !anyMatch(expression, filter)) {
                return;
            }
            tier(TitleIndex.TABLE, expression, filter, limit, ranked, TITLE_BONUS, true);
            if (ranked.size() < limit) {
                boolean rank = !commonWords.everyOneCommon(query.wordPhrases());
                tier(WORD_TABLE, expression, filter, limit, ranked, 0, rank);
            }
        } catch (SQLException e) {
            // The word table cannot parse every expression a splitter may produce; the substring path still answers.
            LOG.warn("word search for {} failed: {}", expression, e.getMessage());
        }
    }

    /**
     * Whether any article matches the expression (under the filter). A query whose words never occur together (common
     * for text that crosses word boundaries) would otherwise cost two full walks of its terms' rows, one per tier, to
     * find nothing; this walks them once, and stops at the first match when there are any. Not used for prefix terms
     * (see {@link #isPrefixSearch}).
     */
    private boolean anyMatch(String expression, SearchFilter filter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM search_words w"
                + articleJoin("w.rowid", filter) + " WHERE search_words MATCH ?" + filterClause(filter) + " LIMIT 1")) {
            bindFilter(select, bind(select, expression), filter);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * FTS5 reads a prefix term by merging the rows of every word it begins, whatever the query's limit; a prefix term
     * is never worth a second statement.
     */
    private static boolean isPrefixSearch(String expression) {
        return expression.contains("\"*");
    }

    /**
     * One pass over the newest {@link #rankWindow} matches in {@code table}, newest first, reading bm25 for each; they
     * are sorted here. Only when the window is full and the limit not reached are the older matches read, newest first.
     * Without {@code rank}, all of the tier's matches come newest first.
     */
    private void tier(String table, String expression, SearchFilter filter, int limit, Map<Long, Double> ranked,
                      double bonus, boolean rank) throws SQLException {
        String from = "FROM " + table + " w" + articleJoin("w.rowid", filter) + " WHERE " + table + " MATCH ?"
                + filterClause(filter);
        long olderThan = rank ? rankedWindow(from, expression, filter, limit, ranked, bonus) : Long.MAX_VALUE;
        if (olderThan == NOTHING_OLDER || ranked.size() >= limit) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT w.rowid " + from + " AND w.rowid < ? ORDER BY w.rowid DESC LIMIT ?")) {
            int next = bindFilter(select, bind(select, expression), filter);
            select.setLong(next++, olderThan);
            select.setInt(next, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (ranked.size() < limit && rows.next()) {
                    long id = rows.getLong(1);
                    // Unranked: (-1, -0.5) within the tier, newest highest, below every ranked match (≥ 0).
                    ranked.putIfAbsent(id, bonus - 1.0 + 0.5 * id / (id + 1.0));
                }
            }
        }
    }

    /**
     * Ranks the newest {@link #rankWindow} matches by bm25 into {@code ranked}.
     *
     * @return the oldest id ranked when the window was full (older matches remain), else {@link #NOTHING_OLDER}
     */
    private long rankedWindow(String from, String expression, SearchFilter filter, int limit, Map<Long, Double> ranked,
                              double bonus) throws SQLException {
        List<RankedRow> window = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT w.rowid, w.rank " + from + " ORDER BY w.rowid DESC LIMIT ?")) {
            int next = bindFilter(select, bind(select, expression), filter);
            select.setInt(next, rankWindow);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    window.add(new RankedRow(rows.getLong(1), rows.getDouble(2)));
                }
            }
        }
        // bm25 is ≤ 0, better when lower (stable sort: ties keep the newer article first); scores are -bm25 ≥ 0.
        window.sort(Comparator.comparingDouble(RankedRow::bm25));
        for (RankedRow row : window) {
            if (ranked.size() >= limit) {
                return NOTHING_OLDER;
            }
            ranked.putIfAbsent(row.id(), bonus - row.bm25());
        }
        return window.size() < rankWindow ? NOTHING_OLDER
                : window.stream().mapToLong(RankedRow::id).min().orElseThrow();
    }

    private record RankedRow(long id, double bm25) {
    }

    private static int bind(PreparedStatement statement, String expression) throws SQLException {
        statement.setString(1, expression);
        return 2;
    }

    /** The join that the filter's conditions read; none without a filter, as it costs a look-up per matching row. */
    static String articleJoin(String rowid, SearchFilter filter) {
        return filter.restricts() ? " JOIN articles a ON a.id = " + rowid : "";
    }

    static String filterClause(SearchFilter filter) {
        StringBuilder clause = new StringBuilder();
        filter.zoneShortName().ifPresent(z -> clause.append(" AND a.zone_short = ?"));
        filter.province().ifPresent(p -> clause.append(" AND a.province = ?"));
        filter.tag().ifPresent(t -> clause.append(" ").append(TAG_CLAUSE));
        return clause.toString();
    }

    static int bindFilter(PreparedStatement statement, int first, SearchFilter filter) throws SQLException {
        int next = first;
        if (filter.zoneShortName().isPresent()) {
            statement.setString(next++, filter.zoneShortName().get());
        }
        if (filter.province().isPresent()) {
            statement.setString(next++, filter.province().get());
        }
        if (filter.tag().isPresent()) {
            for (int i = 0; i < TAG_PARAMETERS; i++) {
                statement.setString(next++, filter.tag().get());
            }
        }
        return next;
    }
}
