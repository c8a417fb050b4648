package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ItemKind;
import app.zonereader.model.ZoneCount;
import app.zonereader.service.LibraryService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneTreeBuilderTest {
    private static ArticleSummary summary(long id, String zone, String province) {
        return new ArticleSummary(id, "title " + id, ItemKind.ARTICLE, zone, province, "p.txt");
    }

    private static ZoneCount count(String zone, String province, int count, int unread) {
        return new ZoneCount(province, zone, count, unread);
    }

    @Test
    void groupsByProvinceThenZoneBiggestFirst() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                count("东湖高新区", "湖北", 1, 0),
                count("璧山高新区", "重庆", 1, 0),
                count("永川高新区", "重庆", 2, 0)));

        assertEquals(List.of("重庆", "湖北"), groups.stream().map(TreeEntry.Group::name).toList());
        assertEquals(3, groups.get(0).count());
        List<TreeEntry> zones = groups.get(0).children();
        assertEquals("永川高新区", ((TreeEntry.ZoneGroup) zones.get(0)).name());
        assertEquals(2, ((TreeEntry.ZoneGroup) zones.get(0)).count());
        assertEquals("璧山高新区", ((TreeEntry.ZoneGroup) zones.get(1)).name());
    }

    @Test
    void equalCountsAreOrderedByPinyin() {
        // 北京 (běi) before 湖北 (hú) before 上海 (shàng) in Chinese collation; by code point 上 would come first.
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                count("东湖高新区", "湖北", 1, 0), count("张江高新区", "上海", 1, 0), count("中关村", "北京", 1, 0)));

        assertEquals(List.of("北京", "湖北", "上海"), groups.stream().map(TreeEntry.Group::name).toList());
    }

    @Test
    void itemsWithoutZoneGoToOtherGroupAtTheEndLoadedWhenUnfolded() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                count("", "", 2, 1), count("永川高新区", "重庆", 1, 1)));

        TreeEntry.Group last = groups.get(groups.size() - 1);
        assertTrue(last.other());
        assertEquals(2, last.count());
        assertEquals(1, last.unread());
        assertTrue(last.children().isEmpty(), "its items come when it is unfolded");
        assertFalse(groups.get(0).other());
    }

    @Test
    void itemsOfAZoneAreListedInReadingOrder() {
        List<ArticleSummary> ordered = ZoneTreeBuilder.inReadingOrder(List.of(
                new ArticleSummary(9, "b", ItemKind.ARTICLE, "永川高新区", "重庆", "2.txt"),
                new ArticleSummary(5, "a", ItemKind.ARTICLE, "永川高新区", "重庆", "1.txt"),
                new ArticleSummary(7, "c", ItemKind.ARTICLE, "永川高新区", "重庆", "1.txt")));

        assertEquals(List.of(5L, 7L, 9L), ordered.stream().map(ArticleSummary::id).toList());
    }

    @Test
    void emptyLibraryGivesNoGroups() {
        assertTrue(ZoneTreeBuilder.build(List.of()).isEmpty());
    }

    private static ArticleSummary marked(long id, String zone, String province, boolean read, boolean bookmarked) {
        return new ArticleSummary(id, "title " + id, ItemKind.ARTICLE, zone, province, "p.txt", read, bookmarked);
    }

    @Test
    void groupsAddUpTheirZonesUnreadItems() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                count("永川高新区", "重庆", 2, 1), count("璧山高新区", "重庆", 1, 1), count("", "", 1, 0)));

        assertEquals(2, groups.get(0).unread());
        assertEquals(1, ((TreeEntry.ZoneGroup) groups.get(0).children().get(0)).unread());
        assertEquals(0, groups.get(1).unread(), "Other: its one item is read");
    }

    @Test
    void theServiceCountsZonesFromItsItemsUnlessItAggregatesThemItself() {
        LibraryService service = FakeLibraryService.withSampleArticles();
        List<ZoneCount> counts = service.zoneCounts();
        assertEquals(service.articleCount(), counts.stream().mapToInt(ZoneCount::count).sum());
        for (ZoneCount zone : counts) {
            assertEquals(zone.count(), service.articlesInZone(zone.zone()).size(), zone.zone());
        }
    }

    @Test
    void bookmarksShelfHoldsTheBookmarkedItemsInReadingOrder() {
        TreeEntry.Bookmarks shelf = ZoneTreeBuilder.bookmarks(List.of(
                marked(9, "永川高新区", "重庆", false, true), marked(2, "", "", false, false), marked(4, "", "", true, true)));
        assertEquals(List.of(4L, 9L), shelf.articles().stream().map(ArticleSummary::id).toList());
    }

    @Test
    void anItemHasOneKeyPerPlaceItIsListed() {
        ArticleSummary summary = marked(7, "永川高新区", "重庆", false, true);
        TreeEntry.Item underZone = new TreeEntry.Item(summary, "zone:永川高新区");
        TreeEntry.Item underBookmarks = new TreeEntry.Item(summary, TreeEntry.Bookmarks.KEY);
        TreeEntry.Item underTag = new TreeEntry.Item(summary, new TreeEntry.Tag("数字经济", 3).key());
        assertEquals(3, java.util.Set.of(underZone.key(), underBookmarks.key(), underTag.key()).size());
        assertFalse(underZone.isShortcut());
        assertTrue(underBookmarks.isShortcut() && underTag.isShortcut());
    }
}
