package app.zonereader.model;

import java.util.Objects;

/**
 * Articles counted by two names at once, e.g. a month and a province, or a zone and a tag.
 *
 * @param row    the first name (the month, the zone)
 * @param column the second name (the province, "" for articles without one; the tag)
 */
public record CrossCount(String row, String column, int count) {
    public CrossCount {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }
}
