package app.zonereader.store;

/**
 * SQL for "articles per tag as the reader sees them" under a filter condition. Tags are counted as automatic tags
 * (one indexed scan of {@code article_tags}), less the automatic tags the reader removed, plus the reader's own tags
 * that are not also a visible automatic tag; the reader's two small tables are reached from their own rows, so the
 * counts never build and de-duplicate a row per (article, tag).
 */
final class TagTotals {
    /** How many times {@link #sql} repeats the filter condition (bind its parameters that often, in order). */
    static final int USES_OF_CONDITION = 3;

    /** From a row of the reader's data to its article: see {@link StatsWhere#KEYED_ARTICLE}. */
    static final String KEYED_ARTICLE = StatsWhere.KEYED_ARTICLE;
    private static final String HAS_AUTO_TAG = "EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag_id"
            + " WHERE x.article_id = a.id AND t.label = %s)";

    private TagTotals() {
    }

    /**
     * Rows of (grouped, label, n) for every label with a positive count.
     *
     * @param grouping  an expression over {@code a} and {@code p} to count within (e.g. {@code a.zone_short}), or a
     *                  constant for plain per-tag totals
     * @param where     the filter; its condition is used as it is, and its FROM for the automatic tags (the page only
     *                  when the condition reads it)
     * @param condition the filter's condition over {@code a} and {@code p}, possibly narrowed further
     */
    static String sql(String grouping, StatsWhere where, String condition) {
        return "SELECT grouped, label, sum(n) AS n FROM ("
                + "SELECT c.grouped AS grouped, t.label AS label, c.n AS n FROM (SELECT " + grouping + " AS grouped,"
                + " x.tag_id AS tag_id, count(*) AS n FROM " + where.from()
                + " JOIN article_tags x ON x.article_id = a.id WHERE " + condition + " GROUP BY grouped, x.tag_id) c"
                + " JOIN tags t ON t.id = c.tag_id"
                + " UNION ALL SELECT " + grouping + ", r.label, -count(*) FROM removed_tags r "
                + String.format(KEYED_ARTICLE, "r.article_key") + " WHERE " + condition
                + " AND " + String.format(HAS_AUTO_TAG, "r.label") + " GROUP BY 1, 2"
                + " UNION ALL SELECT " + grouping + ", u.label, count(*) FROM user_tags u "
                + String.format(KEYED_ARTICLE, "u.article_key") + " WHERE " + condition
                + " AND NOT (" + String.format(HAS_AUTO_TAG, "u.label") + " AND NOT EXISTS (SELECT 1 FROM removed_tags r"
                + " WHERE r.article_key = u.article_key AND r.label = u.label)) GROUP BY 1, 2"
                + ") GROUP BY grouped, label HAVING sum(n) > 0";
    }
}
