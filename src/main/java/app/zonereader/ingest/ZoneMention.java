package app.zonereader.ingest;

import app.zonereader.model.Zone;

import java.util.Objects;

/**
 * A place in a text where a zone is named.
 *
 * @param zone    the zone named
 * @param surface the text as printed between {@code start} and {@code end}
 * @param start   offset of the first character
 * @param end     offset after the last character
 */
public record ZoneMention(Zone zone, String surface, int start, int end) {
    public ZoneMention {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(surface, "surface");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
    }
}
