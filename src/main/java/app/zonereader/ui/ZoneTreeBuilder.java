package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ZoneCount;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Groups the library's zone counts into provinces → zones; a zone's items come when it is unfolded. Biggest groups
 * first, ties by name in Chinese (pinyin) order; items without a zone go to one "Other" group at the end, since they
 * belong to no province.
 */
final class ZoneTreeBuilder {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private ZoneTreeBuilder() {
    }

    /** The provinces with their zones, and Other, from the counts: the tree's levels, without items yet. */
    static List<TreeEntry.Group> build(List<ZoneCount> counts) {
        Map<String, List<ZoneCount>> byProvince = counts.stream().filter(count -> !count.zone().isEmpty())
                .collect(Collectors.groupingBy(ZoneCount::province, LinkedHashMap::new, Collectors.toList()));
        List<TreeEntry.Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<ZoneCount>> province : byProvince.entrySet()) {
            List<TreeEntry> zones = new ArrayList<>();
            for (ZoneCount zone : province.getValue()) {
                zones.add(new TreeEntry.ZoneGroup(zone.zone(), province.getKey(), zone.count(), zone.unread()));
            }
            zones.sort(Comparator.comparingInt(ZoneTreeBuilder::count).reversed().thenComparing(ZoneTreeBuilder::name, CHINESE));
            groups.add(new TreeEntry.Group(province.getKey(), sum(province.getValue(), ZoneCount::count),
                    sum(province.getValue(), ZoneCount::unread), false, zones));
        }
        groups.sort(Comparator.comparingInt(TreeEntry.Group::count).reversed().thenComparing(TreeEntry.Group::name, CHINESE));
        List<ZoneCount> unzoned = counts.stream().filter(count -> count.zone().isEmpty()).toList();
        int other = sum(unzoned, ZoneCount::count);
        if (other > 0) {
            groups.add(new TreeEntry.Group("", other, sum(unzoned, ZoneCount::unread), true, List.of()));
        }
        return groups;
    }

    /** The items of one zone (or Other) in reading order, as the tree lists them. */
    static List<ArticleSummary> inReadingOrder(List<ArticleSummary> summaries) {
        return summaries.stream().sorted(READING_ORDER).toList();
    }

    private static int sum(List<ZoneCount> counts, ToIntFunction<ZoneCount> field) {
        return counts.stream().mapToInt(field).sum();
    }

    /** The bookmarked items, in reading order, for the shelf at the top of the tree. */
    static TreeEntry.Bookmarks bookmarks(List<ArticleSummary> summaries) {
        return new TreeEntry.Bookmarks(summaries.stream().filter(ArticleSummary::bookmarked).sorted(READING_ORDER).toList());
    }

    /** Items in the order they were printed: by page file, then as stored (ids grow in reading order). */
    private static final Comparator<ArticleSummary> READING_ORDER =
            Comparator.comparing(ArticleSummary::pageFile).thenComparingLong(ArticleSummary::id);

    private static int count(TreeEntry entry) {
        return entry instanceof TreeEntry.ZoneGroup zone ? zone.count() : 0;
    }

    private static String name(TreeEntry entry) {
        return entry instanceof TreeEntry.ZoneGroup zone ? zone.name() : "";
    }
}
