package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.Correction;
import app.zonereader.service.LibraryService;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What Ctrl+Z can take back in the reading pane: each change the reader made to annotations and tags is pushed as
 * the service call that reverses it (delete ↔ restore, add ↔ delete, change ↔ change back, remove tag ↔ add tag).
 * Plain data; the view model runs the reversal in the background.
 */
final class AnnotationUndo {
    /** Enough for a reading session; older steps fall off. */
    static final int LIMIT = 100;

    /** One reversible change. */
    sealed interface Step permits Added, Changed, Deleted, TagRemoved, TagAdded, CorrectionsChanged {
        /** Reverses the change in the library. */
        void revert(LibraryService service);

        /** Whether reversing it makes the open article's page again (its items get new ids). */
        default boolean reshapesPage() {
            return false;
        }

        /** Reverses the change; answers the items to show afterwards (a reshaping step), else none. */
        default List<Long> revertShowing(LibraryService service) {
            revert(service);
            return List.of();
        }
    }

    /** A highlight was added: undo deletes it. */
    record Added(Annotation added) implements Step {
        @Override
        public void revert(LibraryService service) {
            service.deleteAnnotation(added.id());
        }
    }

    /** A highlight's colour or note changed: undo puts back the old ones. */
    record Changed(Annotation before) implements Step {
        @Override
        public void revert(LibraryService service) {
            service.updateHighlight(before.id(), before.color(), before.text());
        }
    }

    /** An annotation (anchored or orphaned) was deleted: undo restores it as it was. */
    record Deleted(Annotation deleted) implements Step {
        @Override
        public void revert(LibraryService service) {
            service.restoreAnnotation(deleted);
        }
    }

    /** A tag was removed from an article: undo adds it back. */
    record TagRemoved(long articleId, String tag) implements Step {
        @Override
        public void revert(LibraryService service) {
            service.addTag(articleId, tag);
        }
    }

    /** The reader added a tag: undo removes it. */
    record TagAdded(long articleId, String tag) implements Step {
        @Override
        public void revert(LibraryService service) {
            service.removeTag(articleId, tag);
        }
    }

    /**
     * Corrections the reader made ({@code made}: undo withdraws them) or withdrew by restoring the engine's version
     * (undo puts them back). Either way the page is made again.
     */
    record CorrectionsChanged(List<Correction> corrections, boolean made) implements Step {
        @Override
        public void revert(LibraryService service) {
            revertShowing(service);
        }

        @Override
        public boolean reshapesPage() {
            return true;
        }

        @Override
        public List<Long> revertShowing(LibraryService service) {
            return (made ? service.withdrawCorrections(corrections) : service.reinstateCorrections(corrections)).articleIds();
        }
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    synchronized void push(Step step) {
        steps.push(step);
        while (steps.size() > LIMIT) {
            steps.removeLast();
        }
    }

    /**
     * Forgets the steps that name an article by its database id (the tag steps): a correction made the page again,
     * and its items' ids may now belong to other items. Annotations keep their ids, so their steps stay.
     */
    synchronized void forgetArticleIdSteps() {
        steps.removeIf(step -> step instanceof TagAdded || step instanceof TagRemoved);
    }

    /** The newest step, removed from the stack; empty when there is nothing to undo. */
    synchronized Optional<Step> pop() {
        return Optional.ofNullable(steps.poll());
    }

    synchronized int size() {
        return steps.size();
    }
}
