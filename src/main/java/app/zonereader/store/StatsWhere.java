package app.zonereader.store;

import app.zonereader.model.StatsFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StatsFilter} as SQL over {@code articles a} and {@code pages p}: {@link #condition()} keeps the filtered
 * articles. Values are always bound parameters, in {@link #parameters()} order.
 *
 * @param needsPage whether the condition reads the outer query's page (dates, and the reading marks keyed by page hash)
 */
record StatsWhere(String condition, List<Object> parameters, boolean needsPage) {
    /** The stable article key the reader's data is stored under. */
    static final String KEY = "p.content_hash || ':' || a.ordinal";
    /** The article's date: its page's issue date, else the day the page was imported. */
    static final String DAY = "coalesce(p.source_date, substr(p.imported_at, 1, 10))";
    static final String ARTICLES_AND_PAGES = "articles a JOIN pages p ON p.id = a.page_id";
    /**
     * From a row of the reader's data (its key as {@code %1$s}) to its article {@code a} via its page {@code p}.
     * CROSS JOIN keeps SQLite from reordering: the small table of the reader's rows stays the outer loop, even when
     * the filter offers an index on articles (which would make the planner scan the reader's table once per article).
     */
    static final String KEYED_ARTICLE = "CROSS JOIN pages p CROSS JOIN articles a"
            + " ON p.content_hash = substr(%1$s, 1, instr(%1$s, ':') - 1)"
            + " AND a.page_id = p.id AND a.ordinal = CAST(substr(%1$s, instr(%1$s, ':') + 1) AS INTEGER)";

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

    /**
     * Whether the filter narrows by zone and province alone, which the kept counts ({@code article_counts},
     * {@code tag_counts}) tell apart; they keep neither dates, tags nor reading marks.
     */
    static boolean byPlaceOnly(StatsFilter filter) {
        return filter.tag().isEmpty() && filter.from().isEmpty() && filter.to().isEmpty()
                && filter.mark() == app.zonereader.model.ReadingMark.ANY;
    }

    /**
     * The filter's zone and province as a condition over a kept count {@code k} whose {@code zone} is '' for none;
     * their values are added to {@code parameters}.
     */
    static String placeOfCounts(StatsFilter filter, List<Object> parameters) {
        StringBuilder condition = new StringBuilder("1");
        if (!filter.zone().isEmpty()) {
            condition.append(" AND k.zone = ?");
            parameters.add(filter.zone());
        }
        if (!filter.province().isEmpty()) {
            condition.append(" AND k.province = ?");
            parameters.add(filter.province());
        }
        return condition.toString();
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
            // The articles carrying the tag as the reader sees it, gathered once from the tag's own rows: (automatic
            // EXCEPT removed) UNION the reader's own, as SQLite applies compound operators left to right. Looking the
            // reader's tables up for every article instead costs a page read and two index probes per article. The
            // unary + keeps the set off the index on articles: as an access path it would be walked whole for every
            // row of an outer loop (the reader's marks lead to their articles by page and ordinal, not by id).
            where.append(" AND +a.id IN (SELECT x.article_id FROM article_tags x JOIN tags t ON t.id = x.tag_id")
                    .append(" WHERE t.label = ?")
                    .append(" EXCEPT SELECT a.id FROM removed_tags r ").append(String.format(KEYED_ARTICLE, "r.article_key"))
                    .append(" WHERE r.label = ?")
                    .append(" UNION SELECT a.id FROM user_tags u ").append(String.format(KEYED_ARTICLE, "u.article_key"))
                    .append(" WHERE u.label = ?)");
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
        boolean needsPage = filter.from().isPresent() || filter.to().isPresent()
                || filter.mark() != app.zonereader.model.ReadingMark.ANY;
        return new StatsWhere(where.toString(), parameters, needsPage);
    }
}
