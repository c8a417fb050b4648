package app.zonereader.app;

import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.model.Zone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page engine and the zone list it runs on: the bundled gazetteer merged with the zones the reader added.
 * <p>
 * The segmenter and the pipeline are built the first time something needs them: HanLP's dictionaries take half a
 * second to a second of a cold start and about 30 MB of heap, and a window that only reads needs them at its first
 * search or import, not to show the library. Adding a zone gives a new pipeline, which the next import and
 * re-processing use; work already running keeps the one it took. Thread-safe: the first caller builds, the others
 * wait for it.
 */
final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Function<ZoneGazetteer, HanlpWords> segmenter;
    private volatile ZoneGazetteer gazetteer;
    private volatile HanlpWords words;
    private volatile PagePipeline pipeline;

    /** The application's engine on {@code gazetteer}: HanLP taught its zone names, on first use. */
    Engine(ZoneGazetteer gazetteer) {
        this(gazetteer, HanlpWords::new);
    }

    /** @param segmenter builds the segmenter on first use (tests count the calls) */
    Engine(ZoneGazetteer gazetteer, Function<ZoneGazetteer, HanlpWords> segmenter) {
        this.gazetteer = gazetteer;
        this.segmenter = segmenter;
    }

    /** An engine over a pipeline built elsewhere (tests, tools) on that gazetteer. */
    Engine(ZoneGazetteer gazetteer, PagePipeline pipeline) {
        this(gazetteer);
        this.pipeline = pipeline;
    }

    /** The words of a text, as the search index cuts them; loads HanLP on the first call. */
    List<String> words(String text) {
        return words().words(text);
    }

    /** The page pipeline, sharing the segmenter with the search index. */
    PagePipeline pipeline() {
        PagePipeline built = pipeline;
        if (built == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = PagePipeline.withGazetteer(gazetteer, words());
                }
                built = pipeline;
            }
        }
        return built;
    }

    /** True once HanLP has been loaded. */
    boolean loaded() {
        return words != null;
    }

    ZoneGazetteer gazetteer() {
        return gazetteer;
    }

    Optional<Zone> zone(String shortName) {
        return gazetteer.byShortName(shortName);
    }

    /**
     * Checks that the zone can join the list (its names belong to no other zone), without changing anything.
     *
     * @throws IllegalArgumentException naming the clash
     */
    void check(Zone zone) {
        if (gazetteer.byShortName(zone.shortName()).isPresent()) {
            throw new IllegalArgumentException(zone.shortName() + " is already in the zone list");
        }
        try {
            gazetteer.withZones(List.of(zone));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The engine from now on knows these zones too (their names reach the segmenter when it is, or was, built). */
    synchronized void add(List<Zone> zones) {
        if (zones.isEmpty()) {
            return;
        }
        gazetteer = gazetteer.withZones(zones);
        if (words != null) {
            words = segmenter.apply(gazetteer);
            pipeline = PagePipeline.withGazetteer(gazetteer, words);
        } else {
            pipeline = null;
        }
    }

    private HanlpWords words() {
        HanlpWords built = words;
        if (built == null) {
            synchronized (this) {
                if (words == null) {
                    long start = System.nanoTime();
                    words = segmenter.apply(gazetteer);
                    LOG.info("page engine loaded on first use in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
                built = words;
            }
        }
        return built;
    }
}
