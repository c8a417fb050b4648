package app.zonereader.app;

import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.Zone;

import java.util.List;
import java.util.Optional;

/**
 * The page engine and the zone list it runs on: the bundled gazetteer merged with the zones the reader added. Adding a
 * zone builds a new engine, which the next import and re-processing use; work already running keeps the one it took.
 */
final class Engine {
    private record State(ZoneGazetteer gazetteer, PagePipeline pipeline) {
    }

    private volatile State state;

    /** @param gazetteer the zone list, the reader's zones already merged in */
    Engine(ZoneGazetteer gazetteer, PagePipeline pipeline) {
        this.state = new State(gazetteer, pipeline);
    }

    /** An engine on the bundled list and the reader's zones; it registers their names with the word segmenter. */
    static Engine on(ZoneGazetteer bundled, List<Zone> userZones) {
        ZoneGazetteer merged = bundled.withZones(userZones);
        return new Engine(merged, PagePipeline.withGazetteer(merged, new HanlpWords(merged)));
    }

    PagePipeline pipeline() {
        return state.pipeline();
    }

    ZoneGazetteer gazetteer() {
        return state.gazetteer();
    }

    Optional<Zone> zone(String shortName) {
        return state.gazetteer().byShortName(shortName);
    }

    /**
     * Checks that the zone can join the list (its names belong to no other zone), without changing anything.
     *
     * @throws IllegalArgumentException naming the clash
     */
    void check(Zone zone) {
        if (state.gazetteer().byShortName(zone.shortName()).isPresent()) {
            throw new IllegalArgumentException(zone.shortName() + " is already in the zone list");
        }
        try {
            state.gazetteer().withZones(List.of(zone));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The engine from now on knows the zone too. */
    synchronized void add(Zone zone) {
        ZoneGazetteer merged = state.gazetteer().withZones(List.of(zone));
        state = new State(merged, PagePipeline.withGazetteer(merged, new HanlpWords(merged)));
    }
}
