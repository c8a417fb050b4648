package app.zonereader.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window does not show at start is not in its scene (so it is neither styled nor laid out), and joins it,
 * working, when first shown.
 */
@ExtendWith(ApplicationExtension.class)
class FirstShownTest {
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        FakeLibraryService library = FakeLibraryService.withSampleArticles();
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.ENGLISH), List.of(),
                new RecordingExporter());
        scene = window.createScene();
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theStatsAndAnnotationsTabsJoinTheSceneWhenFirstChosen(FxRobot robot) {
        assertFalse(inScene(window.statsPane()), "the stats tab is not chosen at start");
        assertFalse(inScene(window.annotationsTab().filterBar()), "nor is the annotations tab");
        assertNull(OnFx.get(() -> robot.lookup("#importPane").query().lookup("#importReport")), "no import report yet");

        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inScene(window.statsPane()));
        assertTrue(OnFx.get(() -> window.statsPane().zoneChart().getHeight()) > 0, "laid out once shown");
        assertFalse(OnFx.get(() -> window.statsPane().zoneChart().getData().isEmpty()), "and filled");

        robot.interact(() -> window.tabs().getSelectionModel().select(window.annotationsTab()));
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        assertTrue(inScene(window.annotationsTab().filterBar()));
        assertTrue(inScene(window.statsPane()), "content shown once stays");
    }

    @Test
    void aTabAlreadyChosenGetsItsContentAtOnce(FxRobot robot) {
        Label first = new Label("first");
        Label second = new Label("second");
        robot.interact(() -> {
            Tab shown = new Tab("shown");
            Tab later = new Tab("later");
            new TabPane(shown, later);
            FirstShown.tabContent(shown, first);
            FirstShown.tabContent(later, second);
            assertSame(first, shown.getContent());
            assertNull(later.getContent());
            later.getTabPane().getSelectionModel().select(later);
            assertSame(second, later.getContent());
        });
    }

    @Test
    void childrenAddedWhenShownKeepTheirOrder() {
        Label a = new Label("a");
        Label b = new Label("b");
        Label c = new Label("c");
        VBox box = new VBox();
        List<Node> order = List.of(a, b, c);
        FirstShown.add(box.getChildren(), c, order);
        FirstShown.add(box.getChildren(), a, order);
        FirstShown.add(box.getChildren(), b, order);
        FirstShown.add(box.getChildren(), a, order);
        assertEquals(order, box.getChildren());
    }

    /** Whether the node hangs in the window's scene, walked up on the JavaFX thread, which adds tab content. */
    private boolean inScene(Node node) {
        return OnFx.get(() -> {
            for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent == scene.getRoot()) {
                    return true;
                }
            }
            return false;
        });
    }
}
