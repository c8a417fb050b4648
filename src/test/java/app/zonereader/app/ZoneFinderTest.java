package app.zonereader.app;

import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneFinderTest {
    private static final List<Zone> ZONES = ZoneGazetteer.bundled().zones();

    private static List<String> found(String typed) {
        return ZoneFinder.matching(ZONES, typed).stream().map(Zone::shortName).toList();
    }

    @Test
    void findsByShortNameFullNameAndAliasInSimplifiedOrTraditional() {
        assertEquals(List.of("璧山高新区"), found("璧山"));
        assertEquals(List.of("璧山高新区"), found("璧山高新區"), "Traditional input");
        assertTrue(found("永川高新技术产业开发区").contains("永川高新区"), "the official name");
        assertTrue(found("  ").size() == ZONES.size(), "a blank text lists every zone");
        assertTrue(found("无此地名").isEmpty());
    }
}
