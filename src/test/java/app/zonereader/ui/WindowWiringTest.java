package app.zonereader.ui;

import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How MainWindow connects the panes: tree → article, menu items, status bar count. */
@ExtendWith(ApplicationExtension.class)
class WindowWiringTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(FakeLibraryService.withSampleArticles(), new CurrentThreadTaskExecutor(),
                Texts.bundle(Locale.CHINESE), List.of(), new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @Test
    void choosingAnArticleInTheTreeShowsItInTheArticleTab(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> window.treePane().selectZone("璧山高新区"));
        robot.clickOn(OnFx.visible(robot, "璧山高新区新能源汽车产业链成形"));

        assertSame(window.tabs().getTabs().get(0), OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem()),
                "article tab shown");
        assertEquals("璧山高新区新能源汽车产业链成形", OnFx.text(robot, "#articleTitle"));
        assertEquals("共 6 篇", OnFx.text(robot, "#articleCount"));
    }

    @Test
    void aRefreshDoesNotPullTheReaderOffTheStatsTab(FxRobot robot) {
        robot.interact(() -> window.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> window.refreshAll());
        assertSame(window.tabs().getTabs().get(1), OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem()));
        assertEquals("zone:永川高新区/article:1",
                OnFx.get(() -> window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key()));
    }

    @Test
    void findMenuPutsTheCaretInTheSearchField(FxRobot robot) {
        MenuItem find = window.menuItem(MessageKeys.MENU_FIND);
        robot.interact(find::fire);
        assertTrue(OnFx.get(() -> window.searchBar().field().isFocused()));
    }

    @Test
    void aboutShowsADialog(FxRobot robot) {
        robot.interact(() -> window.menuItem(MessageKeys.MENU_ABOUT).fire());
        assertEquals("ZoneReader 高新区读报", OnFx.text(robot, ".dialog-pane .header-panel .label"));
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryButton().fire());
    }
}
