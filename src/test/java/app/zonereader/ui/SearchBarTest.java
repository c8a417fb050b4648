package app.zonereader.ui;

import app.zonereader.model.SearchHit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class SearchBarTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(FakeLibraryService.withSampleArticles(), new CurrentThreadTaskExecutor(),
                Texts.bundle(Locale.CHINESE), List.of(), new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    /** Types the text and presses Enter in one go, so the typing pause never fires a search of its own in between. */
    private void search(FxRobot robot, String text) {
        robot.interact(() -> {
            window.searchBar().field().requestFocus();
            window.searchBar().field().setText(text);
            pressEnter();
        });
    }

    private void pressEnter() {
        window.searchBar().field().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
    }

    @Test
    void promptSaysSearch() {
        assertEquals("搜索", window.searchBar().field().getPromptText());
    }

    @Test
    void enterShowsResultsWithMarkedSnippets(FxRobot robot) {
        search(robot, "数字经济");

        assertTrue(window.searchBar().popup().isShowing());
        List<SearchHit> hits = window.searchBar().resultList().getItems();
        assertEquals(List.of(1L, 5L), hits.stream().map(SearchHit::articleId).toList());
        assertEquals("找到 2 篇", robot.lookup(".search-summary").queryLabeled().getText());
        List<Text> marked = robot.lookup(".snippet-hit").queryAllAs(Text.class).stream().toList();
        assertFalse(marked.isEmpty());
        assertTrue(marked.stream().allMatch(text -> text.getText().equals("数字经济")));
        assertTrue(robot.lookup(".search-result-title").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().equals("永川高新区数字经济产业园开园")));
    }

    @Test
    void typingSearchesAfterAPause(FxRobot robot) {
        robot.interact(() -> window.searchBar().field().setText("光谷"));
        assertTrue(waitUntil(() -> window.searchBar().resultList().getItems().size() == 1));
        assertEquals(4L, window.searchBar().resultList().getItems().get(0).articleId());
    }

    @Test
    void clickingAResultOpensTheArticleWithHitsHighlightedAndSelectsItInTheTree(FxRobot robot) {
        search(robot, "光谷");

        robot.clickOn(".search-result-title");

        assertFalse(window.searchBar().popup().isShowing());
        assertEquals("zone:东湖高新区/article:4", window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key());
        assertTrue(robot.lookup("#articleTitle .search-hit").tryQuery().isPresent());
        assertEquals("光谷", robot.lookup("#articleTitle .search-hit").queryAs(Text.class).getText());
    }

    @Test
    void secondEnterOpensTheFirstResult(FxRobot robot) {
        search(robot, "璧山");
        robot.interact(this::pressEnter);
        assertEquals("zone:璧山高新区/article:3", window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key());
    }

    @Test
    void enterAfterTheListWasClosedReopensItInsteadOfOpeningAnArticle(FxRobot robot) {
        search(robot, "璧山");
        robot.interact(() -> window.searchBar().popup().hide());
        robot.interact(this::pressEnter);
        assertTrue(window.searchBar().popup().isShowing());
        assertTrue(window.treePane().treeView().getSelectionModel().isEmpty());
    }

    @Test
    void downArrowMovesIntoTheResultsAndEnterThereOpensTheChosenOne(FxRobot robot) {
        search(robot, "高新区");
        robot.interact(() -> window.searchBar().field().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false)));
        robot.interact(() -> window.searchBar().resultList().getSelectionModel().select(2));
        long chosen = window.searchBar().resultList().getSelectionModel().getSelectedItem().articleId();
        robot.interact(() -> window.searchBar().resultList().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        assertEquals(chosen, ((TreeEntry.Item) window.treePane().treeView().getSelectionModel().getSelectedItem().getValue())
                .summary().id());
    }

    @Test
    void clickingATagInTheArticleSearchesForIt(FxRobot robot) {
        robot.interact(() -> window.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        // The chip, not another node showing the same tag (the stats tab's heat map has one too).
        robot.clickOn(robot.lookup(".tag-chip").match((javafx.scene.control.Labeled chip) -> "智能制造".equals(chip.getText()))
                .queryLabeled());
        assertEquals("智能制造", window.searchBar().field().getText());
        assertTrue(window.searchBar().popup().isShowing());
        assertEquals(List.of(1L, 2L), window.searchBar().resultList().getItems().stream().map(SearchHit::articleId).toList());
    }

    @Test
    void noResultsSaysSo(FxRobot robot) {
        search(robot, "量子");
        assertEquals("没有找到“量子”", robot.lookup(".search-summary").queryLabeled().getText());
        assertTrue(window.searchBar().resultList().getItems().isEmpty());
    }

    @Test
    void clearingTheFieldClosesTheResults(FxRobot robot) {
        search(robot, "高新区");
        assertTrue(window.searchBar().popup().isShowing());
        search(robot, "");
        assertFalse(window.searchBar().popup().isShowing());
    }

    private static boolean waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
