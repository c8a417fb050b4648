package app.zonereader.model;

import java.util.List;

/**
 * How many articles of each of the busiest zones carry each of the commonest tags.
 *
 * @param zones the zones, most articles first
 * @param tags  the tags, most articles first
 * @param cells the counts for the pairs that have any, zone by zone
 */
public record ZoneTagMatrix(List<String> zones, List<String> tags, List<CrossCount> cells) {
    public static final ZoneTagMatrix EMPTY = new ZoneTagMatrix(List.of(), List.of(), List.of());

    public ZoneTagMatrix {
        zones = List.copyOf(zones);
        tags = List.copyOf(tags);
        cells = List.copyOf(cells);
    }

    /** The count for a zone and a tag, 0 when no article has both. */
    public int count(String zone, String tag) {
        return cells.stream().filter(c -> c.row().equals(zone) && c.column().equals(tag))
                .mapToInt(CrossCount::count).findFirst().orElse(0);
    }
}
