package app.zonereader.ui;

import app.zonereader.app.BundledPages;
import app.zonereader.app.Library;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.HighlightColor;
import app.zonereader.service.ImportListener;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A highlight made in the window is in the library file: the real store, closed and opened again as a restart does,
 * draws it where it was.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightRestartTest {
    @TempDir
    static Path folder;

    private static Path file;
    private Library library;
    private Stage stage;

    @BeforeAll
    static void importOnePage() {
        file = folder.resolve("restart.db");
        try (Library first = Library.open(file)) {
            first.service().importPages(BundledPages.list().subList(1, 2), ImportListener.NONE, () -> false);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (library != null) {
            library.close();
        }
    }

    private MainWindow openWindow(FxRobot robot) {
        library = Library.open(file);
        MainWindow window = new MainWindow(library.service(), new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE),
                List.of(), new RecordingExporter());
        robot.interact(() -> {
            stage.setScene(window.createScene());
            stage.show();
        });
        return window;
    }

    private long firstArticle() {
        return library.service().articles().stream().mapToLong(ArticleSummary::id).findFirst().orElseThrow();
    }

    @Test
    void aHighlightMadeInTheWindowIsDrawnAfterTheLibraryIsOpenedAgain(FxRobot robot) {
        MainWindow window = openWindow(robot);
        long id = firstArticle();
        robot.interact(() -> window.treePane().selectArticle(id));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.articlePane().body().area().requestFocus();
            window.articlePane().body().select(2, 9);
        });
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.clickOn(OnFx.node(robot, "#swatch-blue", javafx.scene.control.Button.class));
        String quote = library.service().article(id).orElseThrow().article().bodyText().substring(2, 9);
        library.close();
        library = null;

        MainWindow restarted = openWindow(robot);
        long sameArticle = firstArticle();
        assertEquals(HighlightColor.BLUE, library.service().marks(sameArticle).highlights().get(0).color());
        assertEquals(quote, library.service().marks(sameArticle).highlights().get(0).anchor().exact());
        robot.interact(() -> restarted.treePane().selectArticle(sameArticle));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = restarted.articlePane().body().area();
        List<String> atFour = OnFx.get(() -> List.copyOf(area.getStyleOfChar(4)));
        assertTrue(atFour.contains("hl-blue"), "drawn after the restart: " + atFour);
        assertFalse(OnFx.get(() -> area.getStyleOfChar(12).contains("hl-blue")));
    }
}
