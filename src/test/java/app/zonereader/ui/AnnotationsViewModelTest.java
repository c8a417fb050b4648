package app.zonereader.ui;

import app.zonereader.model.AnnotationRow;
import app.zonereader.model.HighlightColor;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A slow answer to an old filter never replaces the answer to the filter on screen. Runs without the JavaFX toolkit:
 * the view model hands its queries to the executor as plain tasks, answered here on the test's own thread, in the
 * order the test chooses.
 */
class AnnotationsViewModelTest {
    @Test
    void theNewestFilterWinsOverALateAnswerToAnOlderOne() {
        FakeLibraryService library = FakeLibraryService.withSampleArticles();
        library.addHighlight(1, 0, 6, HighlightColor.YELLOW, "");
        library.addHighlight(3, 0, 4, HighlightColor.GREEN, "");
        ManualTaskExecutor executor = ManualTaskExecutor.onCallingThread();
        AnnotationsViewModel viewModel = new AnnotationsViewModel(library, executor, new StatusModel(),
                new Texts(Texts.bundle(Locale.ENGLISH)));

        viewModel.zoneProperty().set("永川高新区");
        viewModel.zoneProperty().set("璧山高新区");
        executor.runNewest();
        assertEquals(List.of("璧山高新区"), zones(viewModel));

        executor.runNext(); // the answer for 永川 arrives last
        assertEquals(List.of("璧山高新区"), zones(viewModel));
        assertFalse(Platform.isFxApplicationThread(), "no JavaFX thread involved");
    }

    private static List<String> zones(AnnotationsViewModel viewModel) {
        return viewModel.rowsProperty().get().stream().map(AnnotationRow::zone).toList();
    }
}
