package app.zonereader.model;

import java.util.Objects;

/**
 * How many items one zone has and how many of them are unread: a node of the tree before its items are loaded.
 *
 * @param province the zone's province; empty when unknown or when there is no zone
 * @param zone     the zone's short name; empty for the items about no zone
 */
public record ZoneCount(String province, String zone, int count, int unread) {
    public ZoneCount {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(zone, "zone");
        if (count < 0 || unread < 0 || unread > count) {
            throw new IllegalArgumentException("unread " + unread + " of " + count + " items in " + zone);
        }
    }
}
