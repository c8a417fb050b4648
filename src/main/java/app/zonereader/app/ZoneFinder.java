package app.zonereader.app;

import app.zonereader.ingest.TextNormalizer;
import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.List;

/**
 * The zones a picker's typed text finds: every name of a zone and the text are compared in the engine's matching
 * form, so Traditional input and full-width letters find the Simplified names.
 */
final class ZoneFinder {
    private ZoneFinder() {
    }

    static List<Zone> matching(List<Zone> zones, String typed) {
        String wanted = TextNormalizer.forMatching(typed.strip());
        if (wanted.isEmpty()) {
            return zones;
        }
        List<Zone> found = new ArrayList<>();
        for (Zone zone : zones) {
            List<String> names = new ArrayList<>(List.of(zone.name(), zone.shortName(), zone.city()));
            names.addAll(zone.aliases());
            if (names.stream().anyMatch(name -> TextNormalizer.forMatching(name).contains(wanted))) {
                found.add(zone);
            }
        }
        return found;
    }
}
