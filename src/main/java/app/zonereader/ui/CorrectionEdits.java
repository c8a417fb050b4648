package app.zonereader.ui;

import app.zonereader.model.Corrected;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.CountByName;
import app.zonereader.model.Zone;
import app.zonereader.service.LibraryService;

import java.util.List;
import java.util.function.Consumer;

/**
 * The reader's corrections of the open article (title, subtitle, zone, kind, split, merge, reviewed, the engine's
 * version back) and the zones added to the list. Each runs in the background; each correction pushes its reversal
 * onto the reading pane's one undo history, so Ctrl+Z takes back a split as it takes back a highlight.
 */
final class CorrectionEdits {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ArticleViewModel article;
    private final AnnotationUndo undo;

    CorrectionEdits(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts,
                    ArticleViewModel article, AnnotationUndo undo) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.article = article;
        this.undo = undo;
    }

    /** Applies the correction to the open article. */
    void correct(CorrectionEdit edit) {
        article.current().ifPresent(current -> article.reshape(() -> {
            Corrected done = service.correct(current.id(), edit);
            undo.forgetArticleIdSteps();
            undo.push(new AnnotationUndo.CorrectionsChanged(done.corrections(), true));
            return done.articleIds();
        }));
    }

    /** Withdraws every correction of the open article; undo puts them back. */
    void restoreEngineVersion() {
        article.current().ifPresent(current -> {
            if (current.corrections().isEmpty()) {
                status.show(texts.get(MessageKeys.CORRECT_NOTHING_TO_RESTORE));
                return;
            }
            article.reshape(() -> {
                Corrected done = service.restoreEngineVersion(current.id());
                undo.forgetArticleIdSteps();
                if (!done.corrections().isEmpty()) {
                    undo.push(new AnnotationUndo.CorrectionsChanged(done.corrections(), false));
                }
                return done.articleIds();
            });
        });
    }

    /** A short message in the status line (a correction that needs something first). */
    void tellReader(String key) {
        status.show(texts.get(key));
    }

    /** The zones the typed text finds (Simplified or Traditional, any of their names), for the picker. */
    void findZones(String typed, Consumer<List<Zone>> then) {
        executor.execute(UiTask.of(() -> service.matchingZones(typed), then, status,
                texts.get(MessageKeys.ERROR_LOAD_ZONES)));
    }

    /** The names imports reported that the zone list lacks, offered when adding a zone. */
    void loadUnknownNames(Consumer<List<CountByName>> then) {
        executor.execute(UiTask.of(service::unknownZoneNames, then, status, texts.get(MessageKeys.ERROR_LOAD_ZONES)));
    }

    /** Adds a zone to the library's list; the next import and re-processing use it. */
    void addZone(Zone zone) {
        executor.execute(UiTask.of(() -> {
            service.addZone(zone);
            return zone;
        }, added -> status.show(texts.format(MessageKeys.ZONE_ADDED, added.shortName())), status,
                texts.get(MessageKeys.ERROR_ADD_ZONE)));
    }
}
