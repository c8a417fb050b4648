package app.zonereader.model;

import java.util.Objects;

/**
 * How much of a zone's articles the reader has read, bookmarked and annotated.
 *
 * @param zone        the zone short name, "" for articles without a zone
 * @param articles    its articles
 * @param read        of them, marked read
 * @param bookmarked  of them, bookmarked
 * @param annotations highlights and notes on them (an article may have several)
 */
public record ZoneReading(String zone, int articles, int read, int bookmarked, int annotations) {
    public ZoneReading {
        Objects.requireNonNull(zone, "zone");
    }

    public int unread() {
        return articles - read;
    }
}
