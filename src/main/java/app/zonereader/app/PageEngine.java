package app.zonereader.app;

import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.ZoneGazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Function;

/**
 * The page engine and its word segmenter, built the first time something needs them. HanLP's dictionaries take
 * half a second to a second of a cold start and about 30 MB of heap; a window that only reads needs them at its
 * first search or import, not to show the library. Thread-safe: the first caller builds, the others wait for it.
 */
final class PageEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PageEngine.class);

    private final ZoneGazetteer gazetteer;
    private final Function<ZoneGazetteer, HanlpWords> segmenter;
    private volatile HanlpWords words;
    private volatile PagePipeline pipeline;

    /** The application's engine on {@code gazetteer}: HanLP taught its zone names. */
    PageEngine(ZoneGazetteer gazetteer) {
        this(gazetteer, HanlpWords::new);
    }

    /** @param segmenter builds the segmenter on first use (tests count the calls) */
    PageEngine(ZoneGazetteer gazetteer, Function<ZoneGazetteer, HanlpWords> segmenter) {
        this.gazetteer = gazetteer;
        this.segmenter = segmenter;
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
