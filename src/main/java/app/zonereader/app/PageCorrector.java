package app.zonereader.app;

import app.zonereader.ingest.PagePipeline;
import app.zonereader.model.Correction;
import app.zonereader.model.Page;
import app.zonereader.model.ReanchorReport;
import app.zonereader.store.LibraryCorrections;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.StoredPage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where corrections meet the engine: every page the engine makes (import, {@code import --replace}, re-processing, a
 * reader's correction) gets the page's corrections replayed before it is stored, so a fix is never lost to a newer
 * version of the page or of the engine.
 */
final class PageCorrector {
    private final Engine engine;
    private final LibraryCorrections corrections;

    PageCorrector(Engine engine, LibraryStore store) {
        this.engine = engine;
        this.corrections = store.corrections();
    }

    /** A new page as the engine made it, with corrections the library keeps for its hash (normally none). */
    CorrectionReplay.Replayed forNewPage(Page page) {
        List<Correction> kept = corrections.onPage(page.contentHash());
        return kept.isEmpty() ? new CorrectionReplay.Replayed(page, List.of()) : replay().replay(page, kept);
    }

    /** After the new page is stored: where its corrections landed. */
    void recordLanded(CorrectionReplay.Replayed replayed) {
        corrections.record(replayed.corrections());
    }

    /**
     * Puts a new version of a stored page in its place (a new file, or the same text through the engine again), with
     * the old version's corrections replayed on it and moved to it, in one transaction.
     */
    ReanchorReport replace(String oldHash, Page enginePage, String decodedText) {
        List<Correction> kept = corrections.onPage(oldHash);
        CorrectionReplay.Replayed replayed = replay().replay(enginePage, kept);
        return corrections.replacePage(oldHash, replayed.page(), decodedText, replayed.corrections(), List.of()).report();
    }

    /**
     * Makes a stored page again from its text, with its corrections minus {@code withdrawn} plus {@code added} (in
     * the order given, after the kept ones), and stores it in one transaction.
     *
     * @return every correction of the page as stored, in order
     * @throws IllegalArgumentException when the page is gone or the library kept no text for it
     */
    List<Correction> rebuild(String pageHash, Collection<Correction> added, Collection<Long> withdrawn) {
        StoredPage stored = corrections.storedPage(pageHash)
                .orElseThrow(() -> new IllegalArgumentException("no stored page has the hash " + pageHash));
        if (!stored.hasText()) {
            throw new IllegalArgumentException(stored.fileName() + ": " + Reprocessing.NO_TEXT);
        }
        List<Correction> all = new ArrayList<>();
        for (Correction kept : corrections.onPage(pageHash)) {
            if (!withdrawn.contains(kept.id())) {
                all.add(kept);
            }
        }
        all.addAll(added);
        // in the order the reader made them: stored (and reinstated) ones by id, then the new ones as given
        all.sort(Comparator.comparing((Correction correction) -> correction.id() == 0).thenComparingLong(Correction::id));
        CorrectionReplay.Replayed replayed = replay().replay(engineVersion(stored), all);
        return corrections.replacePage(pageHash, replayed.page(), stored.text(), replayed.corrections(), withdrawn)
                .corrections();
    }

    /** The page as the current engine makes it from its stored text, under its own hash. */
    Page engineVersion(StoredPage stored) {
        return Reprocessing.again(engine.pipeline(), stored);
    }

    private CorrectionReplay replay() {
        PagePipeline pipeline = engine.pipeline();
        return new CorrectionReplay(engine::zone, pipeline::reattribute);
    }
}
