package app.zonereader.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Tells whether a query's words can rank anything. bm25 gives a word held by at least half of the articles its floor
 * weight (FTS5 clamps a non-positive IDF to 1e-6), so when every word of a query is that common the ranking says
 * nothing about the words — yet learning each word's count reads every row that holds it, about 2 ms per such word at
 * 100,000 articles on every search. The share is therefore estimated over the newest articles, the ones a ranked tier
 * looks at, which is a bounded read.
 */
final class CommonWords {
    /** How many of the newest articles the estimate reads. */
    static final int SAMPLE = 2_000;

    private final Connection connection;

    CommonWords(Connection connection) {
        this.connection = connection;
    }

    /** True when each FTS5 phrase is in at least half of the newest {@link #SAMPLE} articles of the word table. */
    boolean everyOneCommon(List<String> phrases) throws SQLException {
        if (phrases.isEmpty()) {
            return false;
        }
        long after = Sql.number(connection, "SELECT coalesce(max(id), 0) FROM articles") - SAMPLE;
        long articles = Sql.number(connection, "SELECT count(*) FROM articles WHERE id > ?", after);
        if (articles == 0) {
            return false;
        }
        for (String phrase : phrases) {
            long holding = Sql.number(connection,
                    "SELECT count(*) FROM search_words WHERE search_words MATCH ? AND rowid > ?", phrase, after);
            if (2 * holding < articles) {
                return false;
            }
        }
        return true;
    }
}
