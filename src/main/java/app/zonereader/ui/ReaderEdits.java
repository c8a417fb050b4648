package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.CountByName;
import app.zonereader.model.HighlightColor;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the reader changes in the open article: highlights, notes, tags, and orphaned annotations re-attached to it.
 * Every change runs in the background through {@link ArticleViewModel#change}, and each undoable one pushes its
 * reversal onto one {@link AnnotationUndo} stack (Ctrl+Z). Notes go through {@link NoteDrafts}; the view decides
 * when to {@link #flushNotes()}.
 */
final class ReaderEdits {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final NewestWins orphanLoads;
    private final StatusModel status;
    private final Texts texts;
    private final ArticleViewModel article;
    private final AnnotationUndo undo = new AnnotationUndo();
    private final NoteDrafts drafts = new NoteDrafts();
    private final CorrectionEdits corrections;
    private final ReadOnlyObjectWrapper<List<AnnotationRow>> orphans = new ReadOnlyObjectWrapper<>(List.of());

    ReaderEdits(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts, ArticleViewModel article) {
        this.service = service;
        this.executor = executor;
        this.orphanLoads = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
        this.article = article;
        this.corrections = new CorrectionEdits(service, executor, status, texts, article, undo);
    }

    /** The reader's corrections of the open article; they share this undo history. */
    CorrectionEdits corrections() {
        return corrections;
    }

    // ---- Highlights -------------------------------------------------------------------------------------------------

    /** Highlights {@code body[start, end)} of the open article. */
    void addHighlight(int start, int end, HighlightColor color, Consumer<Annotation> then) {
        article.current().ifPresent(current -> article.change(() -> {
            Annotation added = service.addHighlight(current.id(), start, end, color, "");
            undo.push(new AnnotationUndo.Added(added));
            return added;
        }, false, then));
    }

    /** Gives a highlight another colour, keeping the note as typed so far. */
    void recolor(Annotation highlight, HighlightColor color, String note) {
        if (highlight.color() == color && highlight.text().equals(note)) {
            return;
        }
        flushNotes();
        article.change(() -> {
            undo.push(new AnnotationUndo.Changed(highlight));
            return service.updateHighlight(highlight.id(), color, note);
        }, false, ignored -> { });
    }

    void delete(Annotation annotation) {
        flushNotes();
        article.change(() -> {
            service.deleteAnnotation(annotation.id()).ifPresent(deleted -> undo.push(new AnnotationUndo.Deleted(deleted)));
            return null;
        }, false, ignored -> loadOrphans());
    }

    // ---- Notes --------------------------------------------------------------------------------------------------------

    /** Records a highlight's note as typed; saved by the next {@link #flushNotes()}. */
    void editNote(Annotation highlight, HighlightColor color, String text) {
        drafts.edit(new NoteDrafts.HighlightNote(highlight.id(), color, text));
    }

    /** After a note was edited in the popup: Ctrl+Z brings back the note it had before. */
    void noteEditFinished(Annotation before, String after) {
        if (!before.text().equals(after)) {
            undo.push(new AnnotationUndo.Changed(before));
        }
    }

    /** Records the note on the whole article as typed. */
    void editArticleNote(String text) {
        article.current().ifPresent(current -> drafts.edit(new NoteDrafts.ArticleNote(current.id(), text)));
    }

    /** Saves every note typed since the last save, in one background task; the panel then shows them. */
    void flushNotes() {
        List<NoteDrafts.Draft> pending = drafts.take();
        if (pending.isEmpty()) {
            return;
        }
        executor.execute(UiTask.of(() -> {
            pending.forEach(draft -> draft.save(service));
            return null;
        }, ignored -> article.reload(), status, texts.get(MessageKeys.ERROR_SAVE_MARKS)));
    }

    // ---- Tags ---------------------------------------------------------------------------------------------------------

    void addTag(String tag) {
        String clean = tag.strip();
        article.current().filter(current -> !clean.isEmpty()).ifPresent(current -> article.change(() -> {
            boolean shownAlready = current.stored().article().tags().contains(clean);
            service.addTag(current.id(), clean);
            if (!shownAlready) {
                undo.push(new AnnotationUndo.TagAdded(current.id(), clean));
            }
            return null;
        }, true, ignored -> { }));
    }

    void removeTag(String tag) {
        article.current().ifPresent(current -> article.change(() -> {
            service.removeTag(current.id(), tag);
            undo.push(new AnnotationUndo.TagRemoved(current.id(), tag));
            return null;
        }, true, ignored -> { }));
    }

    /** Every tag in the library, for completion. */
    void loadTagNames(Consumer<List<String>> then) {
        executor.execute(UiTask.of(() -> service.tagCounts().stream().map(CountByName::name).toList(), then, status,
                texts.get(MessageKeys.ERROR_LOAD_MARKS)));
    }

    // ---- Orphans ------------------------------------------------------------------------------------------------------

    ReadOnlyObjectProperty<List<AnnotationRow>> orphansProperty() {
        return orphans.getReadOnlyProperty();
    }

    void loadOrphans() {
        orphanLoads.execute(UiTask.of(() -> service.annotations(AnnotationFilter.ORPHANS), orphans::set, status,
                texts.get(MessageKeys.ERROR_LOAD_MARKS)));
    }

    /** Attaches an orphan to {@code body[start, end)} of the open article. */
    void reattach(Annotation orphan, int start, int end) {
        article.current().ifPresent(current -> article.change(
                () -> service.reattach(orphan.id(), current.id(), start, end), false, ignored -> loadOrphans()));
    }

    // ---- Undo ---------------------------------------------------------------------------------------------------------

    /** Takes back the newest change; tells the status line when there is nothing to undo. */
    void undo() {
        flushNotes();
        undo.pop().ifPresentOrElse(step -> {
            if (step.reshapesPage()) {
                // the page is made again: the article comes back under a new id
                article.reshape(() -> {
                    List<Long> shown = step.revertShowing(service);
                    undo.forgetArticleIdSteps();
                    return shown;
                });
                return;
            }
            article.change(() -> {
                step.revert(service);
                return null;
            }, true, ignored -> loadOrphans());
        }, () -> status.show(texts.get(MessageKeys.READER_NOTHING_TO_UNDO)));
    }
}
