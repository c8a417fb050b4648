package app.zonereader.app;

import app.zonereader.ingest.TextNormalizer;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.store.LibraryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The composition root: opens the store on a file and joins it with the page engine (built from the bundled gazetteer
 * on first use, see {@link Engine}) into the service the UI and the command line use; the store segments with the
 * engine's words, so indexing and queries cut text alike.
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
        Engine engine = new Engine(gazetteer);
        LibraryStore store = LibraryStore.open(databaseFile, engine::words, TextNormalizer::forMatching);
        // The reader's zones join the bundled list before anything is segmented, so search knows their names too.
        engine.add(store.corrections().userZones());
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
