package app.zonereader.store;

import app.zonereader.model.StatsFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StatsFilter} as SQL over {@code articles a} and {@code pages p}: {@link #condition()} keeps the filtered
 * articles. Values are always bound parameters, in {@link #parameters()} order.
 *
 * @param needsPage whether the condition reads the page (dates, and the reader's data keyed by page hash)
 */
record StatsWhere(String condition, List<Object> parameters, boolean needsPage) {
    /** The stable article key the reader's data is stored under. */
    static final String KEY = "p.content_hash || ':' || a.ordinal";
    /** The article's date: its page's issue date, else the day the page was imported. */
    static final String DAY = "coalesce(p.source_date, substr(p.imported_at, 1, 10))";
    static final String ARTICLES_AND_PAGES = "articles a JOIN pages p ON p.id = a.page_id";

    StatsWhere {
        parameters = List.copyOf(parameters);
    }

    /** The FROM clause the condition needs: the page only when it reads it, so plain counts stay on one table. */
    String from() {
        return needsPage ? ARTICLES_AND_PAGES : "articles a";
    }

    /**
     * The condition with its first term ({@code a.kind = 'article'}) kept off the indexes: for a query that reads
     * articles in page order and stops at a LIMIT, the page-order index must lead, not the stats index on kind,
     * which would make SQLite visit and sort every article before the first row.
     */
    String conditionInPageOrder() {
        return "+" + condition;
    }

    /** The parameters repeated, for a statement that uses the condition {@code times} times. */
    List<Object> parameters(int times) {
        List<Object> repeated = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            repeated.addAll(parameters);
        }
        return repeated;
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
        boolean needsPage = !filter.tag().isEmpty() || filter.from().isPresent() || filter.to().isPresent()
                || filter.mark() != app.zonereader.model.ReadingMark.ANY;
        return new StatsWhere(where.toString(), parameters, needsPage);
    }
}
