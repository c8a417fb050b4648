package app.zonereader.app;

import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.TextNormalizer;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.store.LibraryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import app.zonereader.model.Zone;

/**
 * The composition root: builds the page engine from the bundled gazetteer, opens the store on a file with the same
 * word segmenter, and joins them into the service the UI and the command line use.
 */
public final class Library implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    private final LibraryStore store;
    private final LocalLibraryService service;

    private Library(LibraryStore store, LocalLibraryService service) {
        this.store = store;
        this.service = service;
    }

    /**
     * @throws app.zonereader.store.NewerSchemaException     the file belongs to a newer ZoneReader
     * @throws app.zonereader.store.CorruptDatabaseException the file is damaged or not a library
     */
    public static Library open(Path databaseFile) {
        long start = System.nanoTime();
        ZoneGazetteer gazetteer = ZoneGazetteer.bundled();
        HanlpWords words = new HanlpWords(gazetteer);
        PagePipeline pipeline = PagePipeline.withGazetteer(gazetteer, words);
        LibraryStore store = LibraryStore.open(databaseFile, words::words, TextNormalizer::forMatching);
        // The reader's zones join the bundled list; their names reach the shared segmenter, so search knows them too.
        List<Zone> userZones = store.corrections().userZones();
        Engine engine = userZones.isEmpty() ? new Engine(gazetteer, pipeline) : Engine.on(gazetteer, userZones);
        store.saveZones(engine.gazetteer().zones());
        LOG.info("Library {} opened in {} ms", databaseFile, (System.nanoTime() - start) / 1_000_000);
        return new Library(store, new LocalLibraryService(engine, store));
    }

    public LocalLibraryService service() {
        return service;
    }

    public LibraryStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
