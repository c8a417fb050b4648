package app.zonereader.ingest;

import app.zonereader.model.Zone;

import java.util.Objects;

/**
 * How strongly an item points at a zone.
 *
 * @param zone        the zone
 * @param score       weighted count of its mentions (title weighs most, then subtitle, first paragraph, rest of body)
 * @param mentions    how many times it is named
 * @param firstOffset where it is first named, counting title, subtitle and body in that order
 * @param inHeadline  whether the title or subtitle names it
 * @param inLead      whether the first paragraph names it
 */
public record ZoneScore(Zone zone, double score, int mentions, int firstOffset, boolean inHeadline, boolean inLead) {
    public ZoneScore {
        Objects.requireNonNull(zone, "zone");
    }
}
