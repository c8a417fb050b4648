package app.zonereader.store;

import app.zonereader.model.StatsFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL for "articles per tag as the reader sees them" under a filter: the automatic tags, less the automatic tags the
 * reader removed, plus the reader's own tags that are not also a visible automatic tag. The reader's two small tables
 * are reached from their own rows, so the counts never build and de-duplicate a row per (article, tag).
 *
 * <p>The automatic tags come from {@code tag_counts} (schema V11, kept by triggers) when the filter narrows by place
 * alone, which is what the stats tab asks on opening and for a zone or province chosen in the tree; otherwise from
 * one pass over the filtered articles' {@code article_tags}.
 *
 * @param sql        rows of (grouped, label, n) for every label with a positive count
 * @param parameters to bind, in order
 */
record TagTotals(String sql, List<Object> parameters) {
    /** From a row of the reader's data to its article: see {@link StatsWhere#KEYED_ARTICLE}. */
    static final String KEYED_ARTICLE = StatsWhere.KEYED_ARTICLE;
    private static final String HAS_AUTO_TAG = "EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag_id"
            + " WHERE x.article_id = a.id AND t.label = %s)";

    /** What the counts are per: one total per tag, or a count per zone and tag (null for articles without a zone). */
    enum Per {
        TAG("''", "''"),
        ZONE_AND_TAG("a.zone_short", "nullif(k.zone, '')");

        private final String overArticles;
        private final String overCounts;

        Per(String overArticles, String overCounts) {
            this.overArticles = overArticles;
            this.overCounts = overCounts;
        }
    }

    TagTotals {
        parameters = List.copyOf(parameters);
    }

    static TagTotals of(Per per, StatsFilter filter) {
        StatsWhere where = StatsWhere.of(filter);
        String condition = where.condition();
        List<Object> parameters = new ArrayList<>();
        String automatic;
        if (StatsWhere.byPlaceOnly(filter)) {
            automatic = countedAutomaticTags(per, filter, parameters);
        } else {
            automatic = "SELECT " + per.overArticles + " AS grouped, x.tag_id AS tag_id, count(*) AS n FROM " + where.from()
                    + " JOIN article_tags x ON x.article_id = a.id WHERE " + condition + " GROUP BY grouped, x.tag_id";
            parameters.addAll(where.parameters());
        }
        parameters.addAll(where.parameters(2));
        String grouping = per.overArticles;
        String sql = "SELECT grouped, label, sum(n) AS n FROM ("
                + "SELECT c.grouped AS grouped, t.label AS label, c.n AS n FROM (" + automatic + ") c"
                + " JOIN tags t ON t.id = c.tag_id"
                + " UNION ALL SELECT " + grouping + ", r.label, -count(*) FROM removed_tags r "
                + String.format(KEYED_ARTICLE, "r.article_key") + " WHERE " + condition
                + " AND " + String.format(HAS_AUTO_TAG, "r.label") + " GROUP BY 1, 2"
                + " UNION ALL SELECT " + grouping + ", u.label, count(*) FROM user_tags u "
                + String.format(KEYED_ARTICLE, "u.article_key") + " WHERE " + condition
                + " AND NOT (" + String.format(HAS_AUTO_TAG, "u.label") + " AND NOT EXISTS (SELECT 1 FROM removed_tags r"
                + " WHERE r.article_key = u.article_key AND r.label = u.label)) GROUP BY 1, 2"
                + ") GROUP BY grouped, label HAVING sum(n) > 0";
        return new TagTotals(sql, parameters);
    }

    private static String countedAutomaticTags(Per per, StatsFilter filter, List<Object> parameters) {
        return "SELECT " + per.overCounts + " AS grouped, k.tag_id AS tag_id, sum(k.articles) AS n FROM tag_counts k"
                + " WHERE " + StatsWhere.placeOfCounts(filter, parameters) + " GROUP BY grouped, k.tag_id";
    }
}
