package app.zonereader.ingest;

import app.zonereader.model.Zone;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an article is set: the cities and provinces its heading, dateline and source line name (嘉兴讯, 来源：嘉兴日报,
 * 广州大学城…). Two questions need it. Which zone is 高新区 alone, in an article set in a city with exactly one
 * zone? And is 张江 in 张江药业, in an article set in 杭州, the zone or only a company carrying its name?
 * Places are the gazetteer's cities and provinces and the place parts of its zones' names (秀洲, 永川).
 * Immutable and thread-safe.
 */
final class ZoneSetting {
    /** How much of the lead paragraph is its dateline ("本报讯（记者 王敏）12月3日，嘉兴…"). */
    static final int DATELINE_CHARS = 40;

    /** Each place with the zones it locates (a city may host several: 重庆 hosts four). */
    private final Map<String, Set<Zone>> zonesByPlace;
    private final Set<String> citiesAndProvinces;
    private final int longestPlace;

    ZoneSetting(ZoneGazetteer gazetteer) {
        Map<String, Set<Zone>> places = new HashMap<>();
        Set<String> cities = new HashSet<>();
        for (Zone zone : gazetteer.zones()) {
            cities.add(TextNormalizer.forMatching(zone.city()));
            cities.add(TextNormalizer.forMatching(zone.province()));
            for (String place : placesOf(zone)) {
                places.computeIfAbsent(TextNormalizer.forMatching(place), key -> new LinkedHashSet<>()).add(zone);
            }
        }
        this.zonesByPlace = Map.copyOf(places);
        this.citiesAndProvinces = Set.copyOf(cities);
        this.longestPlace = places.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The places a zone is in: its city, its province and the place part of its names (永川 of 永川高新区). */
    private static Set<String> placesOf(Zone zone) {
        Set<String> places = new LinkedHashSet<>(List.of(zone.city(), zone.province()));
        ZoneNames.placeOf(zone.shortName()).ifPresent(places::add);
        for (String alias : zone.aliases()) {
            ZoneNames.placeOf(alias).filter(place -> !ZoneNames.endsWithNational(place)).ifPresent(places::add);
        }
        return places;
    }

    /** The known places named in the heading and source lines, and in the dateline part of the lead. */
    Set<String> placesOf(List<String> headingLines, String lead) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : headingLines) {
            addPlaces(line, found);
        }
        addPlaces(lead.length() > DATELINE_CHARS ? lead.substring(0, DATELINE_CHARS) : lead, found);
        return found;
    }

    /** Longest places first at each position, so 乌鲁木齐 is not read as a shorter place inside it. */
    private void addPlaces(String text, Set<String> found) {
        String folded = Norm.of(text);
        int at = 0;
        while (at < folded.length()) {
            int matched = 0;
            for (int length = Math.min(longestPlace, folded.length() - at); length >= 2; length--) {
                String candidate = folded.substring(at, at + length);
                if (zonesByPlace.containsKey(candidate)) {
                    found.add(candidate);
                    matched = length;
                    break;
                }
            }
            at += Math.max(1, matched);
        }
    }

    /** The one zone the places locate (嘉兴 → 嘉兴高新区); empty when they locate none or several (重庆). */
    Optional<Zone> onlyZoneOf(Set<String> places) {
        Set<Zone> zones = new LinkedHashSet<>();
        for (String place : places) {
            Set<Zone> located = zonesByPlace.get(place);
            // a province hosting several zones says nothing about which one; a city hosting one does
            if (located != null && located.size() == 1) {
                zones.addAll(located);
            }
        }
        return zones.size() == 1 ? Optional.of(zones.iterator().next()) : Optional.empty();
    }

    /**
     * Whether the article is set elsewhere: it names cities or provinces, and neither the zone's city nor its
     * province. (A zone's own place name, 张江, says nothing here: it is the very name in question.)
     */
    boolean setElsewhere(Set<String> places, Zone zone) {
        boolean namesACity = false;
        for (String place : places) {
            if (citiesAndProvinces.contains(place)) {
                namesACity = true;
                if (place.equals(TextNormalizer.forMatching(zone.city()))
                        || place.equals(TextNormalizer.forMatching(zone.province()))) {
                    return false;
                }
            }
        }
        return namesACity;
    }
}
