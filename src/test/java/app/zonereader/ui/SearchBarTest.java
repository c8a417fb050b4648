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

    private boolean resultsShowing() {
        return OnFx.get(() -> window.searchBar().popup().isShowing());
    }

    private List<Long> resultIds() {
        return OnFx.get(() -> window.searchBar().resultList().getItems().stream().map(SearchHit::articleId).toList());
    }

    private String selectedInTree() {
        return OnFx.get(() -> window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key());
    }

    @Test
    void promptSaysSearch() {
        assertEquals("搜索", OnFx.get(() -> window.searchBar().field().getPromptText()));
    }

    @Test
    void enterShowsResultsWithMarkedSnippets(FxRobot robot) {
        search(robot, "数字经济");

        assertTrue(resultsShowing());
        assertEquals(List.of(1L, 5L), resultIds());
        assertEquals("找到 2 篇", OnFx.text(robot, ".search-summary"));
        List<String> marked = OnFx.get(() -> robot.lookup(".snippet-hit").queryAllAs(Text.class).stream().map(Text::getText)
                .toList());
        assertFalse(marked.isEmpty());
        assertTrue(marked.stream().allMatch(text -> text.equals("数字经济")));
        assertTrue(OnFx.get(() -> robot.lookup(".search-result-title").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().equals("永川高新区数字经济产业园开园"))));
    }

    @Test
    void typingSearchesAfterAPause(FxRobot robot) {
        robot.interact(() -> window.searchBar().field().setText("光谷"));
        assertTrue(waitUntil(() -> resultIds().size() == 1));
        assertEquals(List.of(4L), resultIds());
    }

    @Test
    void clickingAResultOpensTheArticleWithHitsHighlightedAndSelectsItInTheTree(FxRobot robot) {
        search(robot, "光谷");

        robot.clickOn(OnFx.visible(robot, ".search-result-title"));

        assertFalse(resultsShowing());
        assertEquals("zone:东湖高新区/article:4", selectedInTree());
        assertTrue(OnFx.exists(robot, "#articleTitle .search-hit"));
        assertEquals("光谷", OnFx.text(robot, "#articleTitle .search-hit"));
    }

    @Test
    void secondEnterOpensTheFirstResult(FxRobot robot) {
        search(robot, "璧山");
        robot.interact(this::pressEnter);
        assertEquals("zone:璧山高新区/article:3", selectedInTree());
    }

    @Test
    void enterAfterTheListWasClosedReopensItInsteadOfOpeningAnArticle(FxRobot robot) {
        search(robot, "璧山");
        robot.interact(() -> window.searchBar().popup().hide());
        robot.interact(this::pressEnter);
        assertTrue(resultsShowing());
        assertTrue(OnFx.get(() -> window.treePane().treeView().getSelectionModel().isEmpty()));
    }

    @Test
    void downArrowMovesIntoTheResultsAndEnterThereOpensTheChosenOne(FxRobot robot) {
        search(robot, "高新区");
        robot.interact(() -> window.searchBar().field().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false)));
        robot.interact(() -> window.searchBar().resultList().getSelectionModel().select(2));
        long chosen = OnFx.get(() -> window.searchBar().resultList().getSelectionModel().getSelectedItem().articleId());
        robot.interact(() -> window.searchBar().resultList().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        assertEquals(chosen, (long) OnFx.get(() -> ((TreeEntry.Item) window.treePane().treeView().getSelectionModel()
                .getSelectedItem().getValue()).summary().id()));
    }

    @Test
    void clickingATagInTheArticleSearchesForIt(FxRobot robot) {
        robot.interact(() -> window.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        // The chip, not another node showing the same tag (the stats tab's heat map has one too).
        robot.clickOn(OnFx.get(() -> robot.lookup(".tag-chip")
                .match((javafx.scene.control.Labeled chip) -> "智能制造".equals(chip.getText())).queryLabeled()));
        assertEquals("智能制造", OnFx.get(() -> window.searchBar().field().getText()));
        assertTrue(resultsShowing());
        assertEquals(List.of(1L, 2L), resultIds());
    }

    @Test
    void noResultsSaysSo(FxRobot robot) {
        search(robot, "量子");
        assertEquals("没有找到“量子”", OnFx.text(robot, ".search-summary"));
        assertTrue(resultIds().isEmpty());
    }

    @Test
    void clearingTheFieldClosesTheResults(FxRobot robot) {
        search(robot, "高新区");
        assertTrue(resultsShowing());
        search(robot, "");
        assertFalse(resultsShowing());
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
