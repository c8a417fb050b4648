package app.zonereader.store;

import app.zonereader.model.StatsFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the articles a filter keeps are counted, as SQL pieces: from {@code article_counts} (schema V11, kept by
 * triggers) when the filter narrows by place alone, otherwise from the articles themselves. A query written with these
 * pieces is the same under either source, and gives the same numbers.
 *
 * @param from         the FROM clause for counts per zone or province
 * @param fromByMonth  the FROM clause for counts that read the month
 * @param condition    keeps the filtered articles (or their counts)
 * @param parameters   the condition's, in order
 * @param zone         the zone's short name, null for none
 * @param province     the province, '' for none
 * @param month        the month of the article's date, yyyy-MM
 * @param count        the aggregate that counts the articles of a group
 */
record ArticleTotals(String from, String fromByMonth, String condition, List<Object> parameters, String zone,
                     String province, String month, String count) {
    ArticleTotals {
        parameters = List.copyOf(parameters);
    }

    static ArticleTotals of(StatsFilter filter) {
        if (StatsWhere.byPlaceOnly(filter)) {
            List<Object> parameters = new ArrayList<>();
            String condition = StatsWhere.placeOfCounts(filter, parameters);
            return new ArticleTotals("article_counts k", "article_counts k", condition, parameters,
                    "nullif(k.zone, '')", "k.province", "k.month", "sum(k.articles)");
        }
        StatsWhere where = StatsWhere.of(filter);
        return new ArticleTotals(where.from(), StatsWhere.ARTICLES_AND_PAGES, where.condition(), where.parameters(),
                "a.zone_short", "a.province", "substr(" + StatsWhere.DAY + ", 1, 7)", "count(*)");
    }
}
