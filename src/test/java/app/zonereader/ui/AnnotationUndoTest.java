package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.Corrected;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.HighlightColor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The undo stack and its reversals, over the in-memory library, without the toolkit. */
class AnnotationUndoTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final AnnotationUndo undo = new AnnotationUndo();

    @Test
    void stepsAreTakenBackNewestFirst() {
        Annotation added = library.addHighlight(1, 0, 5, HighlightColor.YELLOW, "");
        undo.push(new AnnotationUndo.Added(added));
        Annotation changed = library.updateHighlight(added.id(), HighlightColor.BLUE, "笔记");
        undo.push(new AnnotationUndo.Changed(added));
        assertEquals(HighlightColor.BLUE, changed.color());

        undo.pop().orElseThrow().revert(library);
        Annotation back = library.marks(1).highlights().get(0);
        assertEquals(HighlightColor.YELLOW, back.color());
        assertEquals("", back.text());

        undo.pop().orElseThrow().revert(library);
        assertTrue(library.marks(1).highlights().isEmpty());
        assertTrue(undo.pop().isEmpty());
    }

    @Test
    void aDeletedHighlightComesBackWithItsNoteAndUuid() {
        Annotation added = library.addHighlight(1, 3, 9, HighlightColor.PINK, "要点");
        Annotation deleted = library.deleteAnnotation(added.id()).orElseThrow();
        undo.push(new AnnotationUndo.Deleted(deleted));
        undo.pop().orElseThrow().revert(library);
        Annotation restored = library.marks(1).highlights().get(0);
        assertEquals(added.uuid(), restored.uuid());
        assertEquals("要点", restored.text());
    }

    @Test
    void aRemovedTagComesBackAndAnAddedOneGoes() {
        library.removeTag(1, "产业园");
        undo.push(new AnnotationUndo.TagRemoved(1, "产业园"));
        library.addTag(1, "我的标签");
        undo.push(new AnnotationUndo.TagAdded(1, "我的标签"));

        undo.pop().orElseThrow().revert(library);
        assertTrue(!library.article(1).orElseThrow().article().tags().contains("我的标签"));
        undo.pop().orElseThrow().revert(library);
        assertTrue(library.article(1).orElseThrow().article().tags().contains("产业园"));
    }

    @Test
    void theOldestStepsFallOffPastTheLimit() {
        for (int i = 0; i < AnnotationUndo.LIMIT + 5; i++) {
            undo.push(new AnnotationUndo.TagAdded(1, "t" + i));
        }
        assertEquals(AnnotationUndo.LIMIT, undo.size());
        assertEquals(new AnnotationUndo.TagAdded(1, "t" + (AnnotationUndo.LIMIT + 4)), undo.pop().orElseThrow());
    }

    @Test
    void aCorrectionIsWithdrawnAndARestoreIsTakenBackAndTagStepsAreForgottenOnceIdsMayHaveMoved() {
        Corrected titled = library.correct(1, CorrectionEdit.title("读者的标题"));
        undo.push(new AnnotationUndo.CorrectionsChanged(titled.corrections(), true));
        assertTrue(undo.pop().orElseThrow().reshapesPage());
        assertEquals(List.of(1L), new AnnotationUndo.CorrectionsChanged(titled.corrections(), true).revertShowing(library));
        assertEquals("永川高新区数字经济产业园开园", library.article(1).orElseThrow().article().title());

        library.addTag(1, "读者标签");
        undo.push(new AnnotationUndo.TagAdded(1, "读者标签"));
        Annotation added = library.addHighlight(1, 0, 5, HighlightColor.YELLOW, "");
        undo.push(new AnnotationUndo.Added(added));
        undo.forgetArticleIdSteps();
        assertEquals(1, undo.size(), "the highlight's step stays: annotations keep their ids");
        assertTrue(undo.pop().orElseThrow() instanceof AnnotationUndo.Added);
    }
}
