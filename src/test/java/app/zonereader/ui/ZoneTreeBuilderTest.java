package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.ItemKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneTreeBuilderTest {
    private static ArticleSummary summary(long id, String zone, String province) {
        return new ArticleSummary(id, "title " + id, ItemKind.ARTICLE, zone, province, "p.txt");
    }

    @Test
    void groupsByProvinceThenZoneBiggestFirst() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                summary(1, "东湖高新区", "湖北"),
                summary(2, "璧山高新区", "重庆"),
                summary(3, "永川高新区", "重庆"),
                summary(4, "永川高新区", "重庆")));

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
                summary(1, "东湖高新区", "湖北"), summary(2, "张江高新区", "上海"), summary(3, "中关村", "北京")));

        assertEquals(List.of("北京", "湖北", "上海"), groups.stream().map(TreeEntry.Group::name).toList());
    }

    @Test
    void itemsWithoutZoneGoToOtherGroupAtTheEnd() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                summary(1, "", ""), summary(2, "永川高新区", "重庆"), summary(3, "", "")));

        TreeEntry.Group last = groups.get(groups.size() - 1);
        assertTrue(last.other());
        assertEquals(2, last.count());
        assertTrue(last.children().stream().allMatch(child -> child instanceof TreeEntry.Item));
        assertFalse(groups.get(0).other());
    }

    @Test
    void articlesInAZoneKeepReadingOrder() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                new ArticleSummary(9, "b", ItemKind.ARTICLE, "永川高新区", "重庆", "2.txt"),
                new ArticleSummary(5, "a", ItemKind.ARTICLE, "永川高新区", "重庆", "1.txt"),
                new ArticleSummary(7, "c", ItemKind.ARTICLE, "永川高新区", "重庆", "1.txt")));

        TreeEntry.ZoneGroup zone = (TreeEntry.ZoneGroup) groups.get(0).children().get(0);
        assertEquals(List.of(5L, 7L, 9L), zone.articles().stream().map(ArticleSummary::id).toList());
    }

    @Test
    void emptyLibraryGivesNoGroups() {
        assertTrue(ZoneTreeBuilder.build(List.of()).isEmpty());
    }

    private static ArticleSummary marked(long id, String zone, String province, boolean read, boolean bookmarked) {
        return new ArticleSummary(id, "title " + id, ItemKind.ARTICLE, zone, province, "p.txt", read, bookmarked);
    }

    @Test
    void groupsCountTheirUnreadItems() {
        List<TreeEntry.Group> groups = ZoneTreeBuilder.build(List.of(
                marked(1, "永川高新区", "重庆", true, false), marked(2, "永川高新区", "重庆", false, false),
                marked(3, "璧山高新区", "重庆", false, false), marked(4, "", "", true, false)));

        assertEquals(2, groups.get(0).unread());
        assertEquals(1, ((TreeEntry.ZoneGroup) groups.get(0).children().get(0)).unread());
        assertEquals(0, groups.get(1).unread(), "Other: its one item is read");
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
