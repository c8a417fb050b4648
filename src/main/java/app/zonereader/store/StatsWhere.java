package app.zonereader.store;

import app.zonereader.model.StatsFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StatsFilter} as SQL: the CTE {@code f(id, zone, province, k, day)} of the articles it keeps, where
 * {@code k} is the stable article key the reader's data is stored under and {@code day} the article's date
 * (its page's issue date, else the import day). Values are always bound parameters, in {@link #parameters()} order.
 */
record StatsWhere(String with, List<Object> parameters) {
    private static final String KEY = "p.content_hash || ':' || a.ordinal";
    private static final String DAY = "coalesce(p.source_date, substr(p.imported_at, 1, 10))";

    StatsWhere {
        parameters = List.copyOf(parameters);
    }

    static StatsWhere of(StatsFilter filter) {
        StringBuilder where = new StringBuilder("a.kind = 'article'");
        List<Object> parameters = new ArrayList<>();
        if (!filter.province().isEmpty()) {
            where.append(" AND a.province = ?");
            parameters.add(filter.province());
        }
        if (!filter.zone().isEmpty()) {
            where.append(" AND a.zone_short = ?");
            parameters.add(filter.zone());
        }
        if (!filter.tag().isEmpty()) {
            where.append(" AND ((a.id IN (SELECT x.article_id FROM article_tags x JOIN tags t ON t.id = x.tag_id")
                    .append(" WHERE t.label = ?) AND NOT EXISTS (SELECT 1 FROM removed_tags r WHERE r.article_key = ")
                    .append(KEY).append(" AND r.label = ?))")
                    .append(" OR EXISTS (SELECT 1 FROM user_tags u WHERE u.article_key = ").append(KEY)
                    .append(" AND u.label = ?))");
            parameters.add(filter.tag());
            parameters.add(filter.tag());
            parameters.add(filter.tag());
        }
        filter.from().ifPresent(day -> {
            where.append(" AND ").append(DAY).append(" >= ?");
            parameters.add(day.toString());
        });
        filter.to().ifPresent(day -> {
            where.append(" AND ").append(DAY).append(" <= ?");
            parameters.add(day.toString());
        });
        where.append(switch (filter.mark()) {
            case ANY -> "";
            case READ -> " AND EXISTS (SELECT 1 FROM read_state r WHERE r.article_key = " + KEY + " AND r.read = 1)";
            case UNREAD -> " AND NOT EXISTS (SELECT 1 FROM read_state r WHERE r.article_key = " + KEY + " AND r.read = 1)";
            case BOOKMARKED -> " AND EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_key = " + KEY + ")";
            case ANNOTATED -> " AND EXISTS (SELECT 1 FROM annotations n WHERE n.article_key = " + KEY + ")";
        });
        return new StatsWhere("WITH f AS (SELECT a.id AS id, a.zone_short AS zone, a.province AS province, "
                + KEY + " AS k, " + DAY + " AS day FROM articles a JOIN pages p ON p.id = a.page_id WHERE " + where
                + ")\n", parameters);
    }
}
