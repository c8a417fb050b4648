package app.zonereader.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A library with nothing left to import: the start's one background task answers the first-run check and reads the
 * tree's top level, so the tree does not wait for another round trip through the JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
class StartSequenceTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(library, executor, Texts.bundle(Locale.ENGLISH),
                List.of(FakeLibraryService.page("a.txt", "永川高新区举办创新大赛\n永川高新区日前举办创新大赛。")),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @Test
    void theFirstTaskBringsTheTreeWithTheFirstRunCheck(FxRobot robot) {
        assertEquals(1, executor.pending(), "one task at start");
        assertEquals("Loading…", OnFx.text(robot, "#emptyLibrary"));

        executor.runNext();
        int provinces = provinceCount();
        assertEquals(3, provinces, "the tree is filled by that one task (重庆, 湖北, Other)");
        assertFalse(OnFx.get(() -> robot.lookup("#emptyLibrary").queryAs(Label.class).isVisible()));
        executor.runAll(); // tags, the Needs-review count, the article count
        assertEquals(provinces, provinceCount(), "and stays so");
    }

    @Test
    void aLibraryThatCannotBeReadAtStartSaysSoInTheTree(FxRobot robot) {
        library.breakDown();
        executor.runAll();
        assertEquals(0, provinceCount());
        assertEquals(new Texts(Texts.bundle(Locale.ENGLISH)).get(MessageKeys.ERROR_LOAD_TREE), OnFx.text(robot, "#emptyLibrary"),
                "not loading for ever");
    }

    private int provinceCount() {
        return OnFx.get(() -> window.treePane().provinceNodes().size());
    }
}
