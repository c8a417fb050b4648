package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups the library's items into provinces → zones → items. Biggest groups first, ties by name in Chinese
 * (pinyin) order; items without a zone go to one "Other" group at the end, since they belong to no province.
 */
final class ZoneTreeBuilder {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private ZoneTreeBuilder() {
    }

    static List<TreeEntry.Group> build(List<ArticleSummary> summaries) {
        List<ArticleSummary> zoned = summaries.stream().filter(s -> !s.zone().isEmpty()).toList();
        List<ArticleSummary> unzoned = summaries.stream().filter(s -> s.zone().isEmpty()).sorted(READING_ORDER).toList();

        List<TreeEntry.Group> groups = new ArrayList<>();
        Map<String, List<ArticleSummary>> byProvince = groupBy(zoned, ArticleSummary::province);
        for (Map.Entry<String, List<ArticleSummary>> province : byProvince.entrySet()) {
            List<TreeEntry> zones = new ArrayList<>();
            for (Map.Entry<String, List<ArticleSummary>> zone : groupBy(province.getValue(), ArticleSummary::zone).entrySet()) {
                List<ArticleSummary> articles = zone.getValue().stream().sorted(READING_ORDER).toList();
                zones.add(new TreeEntry.ZoneGroup(zone.getKey(), province.getKey(), articles.size(), unread(articles), articles));
            }
            zones.sort(Comparator.comparingInt(ZoneTreeBuilder::count).reversed().thenComparing(ZoneTreeBuilder::name, CHINESE));
            groups.add(new TreeEntry.Group(province.getKey(), province.getValue().size(), unread(province.getValue()), false, zones));
        }
        groups.sort(Comparator.comparingInt(TreeEntry.Group::count).reversed().thenComparing(TreeEntry.Group::name, CHINESE));
        if (!unzoned.isEmpty()) {
            List<TreeEntry> items = unzoned.stream()
                    .<TreeEntry>map(summary -> new TreeEntry.Item(summary, TreeEntry.Group.OTHER_KEY)).toList();
            groups.add(new TreeEntry.Group("", unzoned.size(), unread(unzoned), true, items));
        }
        return groups;
    }

    /** The bookmarked items, in reading order, for the shelf at the top of the tree. */
    static TreeEntry.Bookmarks bookmarks(List<ArticleSummary> summaries) {
        return new TreeEntry.Bookmarks(summaries.stream().filter(ArticleSummary::bookmarked).sorted(READING_ORDER).toList());
    }

    private static int unread(List<ArticleSummary> summaries) {
        return (int) summaries.stream().filter(summary -> !summary.read()).count();
    }

    /** Items in the order they were printed: by page file, then as stored (ids grow in reading order). */
    private static final Comparator<ArticleSummary> READING_ORDER =
            Comparator.comparing(ArticleSummary::pageFile).thenComparingLong(ArticleSummary::id);

    private static Map<String, List<ArticleSummary>> groupBy(List<ArticleSummary> summaries,
                                                             Function<ArticleSummary, String> key) {
        return summaries.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static int count(TreeEntry entry) {
        return entry instanceof TreeEntry.ZoneGroup zone ? zone.count() : 0;
    }

    private static String name(TreeEntry entry) {
        return entry instanceof TreeEntry.ZoneGroup zone ? zone.name() : "";
    }
}
