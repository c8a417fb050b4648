package app.zonereader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles that contain every needle verbatim, whatever the word boundaries, newest first. The trigram table
 * (contentless, without positions: schema V6) finds the articles holding all of a needle's trigrams; a needle of
 * exactly three characters is then certain, a longer one is confirmed in the article's text. The gram table answers
 * 1–2 letters or digits, and the rare short strings of punctuation are looked for in the candidates' text.
 */
final class SubstringSearch {
    private static final int TRIGRAM = 3;
    /**
     * A 1–2 character needle in at least this share of the articles, beside a trigram needle, is confirmed in the
     * candidates' text: nearly every candidate holds it, while collecting its articles as a set walks most of the
     * gram index (~10 ms at 100,000 articles for 国家). A rarer one is still collected, since confirming it would
     * read many texts for each hit.
     */
    static final double COMMON_SHARE = 0.25;

    private final Connection connection;

    private boolean vocabularyReady;

    SubstringSearch(Connection connection) {
        this.connection = connection;
    }

    /**
     * Adds matches not yet in {@code ranked} until it holds {@code limit}, each scored below every word hit (those
     * score above -1), newest first.
     */
    void find(List<String> needles, SearchFilter filter, int limit, Map<Long, Double> ranked, SearchDocuments documents)
            throws SQLException {
        List<String> trigrams = new ArrayList<>();
        List<String> grams = new ArrayList<>();
        List<String> confirmCaseless = new ArrayList<>();
        List<String> confirmExact = new ArrayList<>();
        // Longer needles first, so a short one knows whether a trigram needle will drive the query.
        List<String> longestFirst = new ArrayList<>(needles);
        longestFirst.sort(Comparator.comparingInt((String needle) -> needle.codePointCount(0, needle.length())).reversed());
        for (String needle : longestFirst) {
            int codePoints = needle.codePointCount(0, needle.length());
            if (codePoints >= TRIGRAM) {
                trigrams.addAll(trigramsOf(needle));
                if (codePoints > TRIGRAM) {
                    confirmCaseless.add(SearchText.lower(needle));
                }
            } else if (SearchText.allTokenChars(needle)) {
                String lowered = SearchText.lower(needle);
                if (!trigrams.isEmpty() && isCommon(lowered)) {
                    confirmCaseless.add(lowered);
                } else {
                    grams.add(SearchText.quoted(lowered));
                }
            } else {
                confirmExact.add(needle);
            }
        }
        // One table drives the query in rowid order (newest first, no sort) and stops at the limit: the trigram index,
        // else the gram index, else the articles themselves.
        String driver = !trigrams.isEmpty() ? "search_trigrams" : !grams.isEmpty() ? "search_grams" : "articles";
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (!trigrams.isEmpty()) {
            conditions.add("s.search_trigrams MATCH ?");
            parameters.add(String.join(" AND ", trigrams));
        }
        if (!grams.isEmpty()) {
            // '+' keeps the set from reaching the trigram table as rowid constraints: it would run its MATCH once per
            // element (seconds for a common pair); as written the set is built once and probed per candidate.
            conditions.add(trigrams.isEmpty() ? "s.search_grams MATCH ?"
                    : "+s.rowid IN (SELECT rowid FROM search_grams WHERE search_grams MATCH ?)");
            parameters.add(String.join(" ", grams));
        }
        String sql = "SELECT s.rowid FROM " + driver + " s" + SearchIndex.articleJoin("s.rowid", filter)
                + (conditions.isEmpty() ? " WHERE 1" : " WHERE " + String.join(" AND ", conditions))
                + SearchIndex.filterClause(filter) + " ORDER BY s.rowid DESC";
        Set<Long> wordHits = new HashSet<>(ranked.keySet());
        Confirmation confirmation = new Confirmation(confirmCaseless, confirmExact, documents);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int next = 1;
            for (String parameter : parameters) {
                select.setString(next++, parameter);
            }
            SearchIndex.bindFilter(select, next, filter);
            try (ResultSet rows = select.executeQuery()) {
                List<Long> candidates = new ArrayList<>();
                boolean more = true;
                int rank = 0;
                while (ranked.size() < limit && more) {
                    candidates.clear();
                    while (candidates.size() < confirmation.batchSize() && (more = rows.next())) {
                        long id = rows.getLong(1);
                        if (!wordHits.contains(id)) {
                            candidates.add(id);
                        }
                    }
                    for (long id : confirmation.keep(candidates)) {
                        if (ranked.size() >= limit) {
                            break;
                        }
                        ranked.put(id, -1.0 - rank++);
                    }
                }
            }
        }
    }

    /** True when the gram index holds {@code gram} (lower-cased) for at least {@link #COMMON_SHARE} of the articles. */
    private boolean isCommon(String gram) throws SQLException {
        if (!vocabularyReady) {
            // A view of the gram index's terms for this connection only: nothing is stored in the file.
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_grams_terms"
                        + " USING fts5vocab(main, search_grams, row)");
            }
            vocabularyReady = true;
        }
        long articles = Sql.number(connection, "SELECT coalesce(max(id), 0) FROM articles");
        long holding = Sql.number(connection, "SELECT doc FROM temp.search_grams_terms WHERE term = ?", gram);
        return articles > 0 && holding >= COMMON_SHARE * articles;
    }

    /** Every run of three code points of the needle, each an FTS5 string literal (the tokenizer counts code points). */
    static List<String> trigramsOf(String needle) {
        int[] codePoints = needle.codePoints().toArray();
        Set<String> trigrams = new LinkedHashSet<>();
        for (int i = 0; i + TRIGRAM <= codePoints.length; i++) {
            trigrams.add(SearchText.quoted(new String(codePoints, i, TRIGRAM)));
        }
        return List.copyOf(trigrams);
    }

    /** Keeps the candidates whose folded text holds every needle the indexes could not settle; all when none. */
    private static final class Confirmation {
        private static final int BATCH = 64;
        private final List<String> caseless;
        private final List<String> exact;
        private final SearchDocuments documents;

        Confirmation(List<String> caseless, List<String> exact, SearchDocuments documents) {
            this.caseless = caseless;
            this.exact = exact;
            this.documents = documents;
        }

        /** Candidates are read one at a time when nothing is confirmed, so the query stops right at the limit. */
        int batchSize() {
            return caseless.isEmpty() && exact.isEmpty() ? 1 : BATCH;
        }

        List<Long> keep(List<Long> candidates) throws SQLException {
            if (batchSize() == 1) {
                return candidates;
            }
            Map<Long, SearchDocuments.Text> texts = documents.get(candidates);
            List<Long> kept = new ArrayList<>();
            for (long id : candidates) {
                SearchDocuments.Text text = texts.get(id);
                String folded = text == null ? "" : text.folded();
                String lowered = SearchText.lower(folded);
                if (exact.stream().allMatch(folded::contains) && caseless.stream().allMatch(lowered::contains)) {
                    kept.add(id);
                }
            }
            return kept;
        }
    }
}
