package app.zonereader.ui;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;
import app.zonereader.model.SearchScope;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Re-process and Export, tag rename and merge, marks changed elsewhere, and the last open article at restart. */
@ExtendWith(ApplicationExtension.class)
class LibraryMenusTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final RecordingExporter exporter = new RecordingExporter(7);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(), exporter);
        stage.setScene(window.createScene());
        stage.show();
    }

    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.exists(robot, id));
        return OnFx.node(robot, id, DialogPane.class);
    }

    private void press(FxRobot robot, DialogPane pane, ButtonType type) {
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void reprocessAsksFirstThenSummarisesWhatHappenedToTheAnnotations(FxRobot robot) throws Exception {
        long id = library.addHighlight(1, 0, 6, app.zonereader.model.HighlightColor.YELLOW, "").id();
        library.addHighlight(3, 0, 4, app.zonereader.model.HighlightColor.GREEN, "");
        library.orphan(id);
        Platform.runLater(() -> window.menuItem(MessageKeys.MENU_REPROCESS).fire());
        press(robot, dialog(robot, "#reprocessConfirm"), ButtonType.OK);

        assertEquals(1, library.reprocessCount());
        String summary = "已重新处理 3 页、6 个条目。批注原样保留 1 条，近似匹配保留 0 条，孤立 1 条。失败页面 0 个。";
        assertEquals(summary, window.statusMessage());
        DialogPane summaryDialog = dialog(robot, "#reprocessSummary");
        assertTrue(OnFx.get(summaryDialog::getContentText).startsWith(summary));
        assertFalse(window.reprocessAction().runningProperty().get());
        assertFalse(OnFx.get(() -> window.menuItem(MessageKeys.MENU_IMPORT).isDisable()), "importing is possible again");
    }

    @Test
    void reprocessShowsProgressWithCancelAndStopsAfterTheCurrentPage(FxRobot robot) {
        Button cancel = OnFx.node(robot, "#cancelImport", Button.class);
        List<String> messages = new java.util.ArrayList<>();
        List<Boolean> cancelShown = new java.util.ArrayList<>();
        robot.interact(() -> window.statusBarControl().textProperty().addListener((o, old, text) -> {
            messages.add(text);
            if (text.startsWith("正在重新处理 1/3")) {
                cancelShown.add(cancel.isVisible());
                assertTrue(window.menuItem(MessageKeys.MENU_IMPORT).isDisable(), "no import while re-processing");
                cancel.fire();
            }
        }));
        robot.interact(() -> window.reprocessAction().start());

        assertEquals(List.of(true), cancelShown);
        assertTrue(messages.contains("正在重新处理 1/3 … page-1.txt"), messages.toString());
        assertEquals("已取消重新处理；未处理的页面保留旧版本。 已重新处理 1 页、6 个条目。批注原样保留 0 条，近似匹配保留 0 条，孤立 0 条。失败页面 0 个。",
                window.statusMessage());
        assertFalse(OnFx.get(cancel::isVisible));
        assertEquals(0.0, OnFx.get(() -> window.statusBarControl().getProgress()), "progress bar hidden again");
    }

    @Test
    void cancellingTheReprocessConfirmationChangesNothing(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.menuItem(MessageKeys.MENU_REPROCESS).fire());
        press(robot, dialog(robot, "#reprocessConfirm"), ButtonType.CANCEL);
        assertEquals(0, library.reprocessCount());
    }

    @Test
    void exportUsesTheFormatOfTheChosenFileTypeAndTellsTheCount(FxRobot robot) {
        ExportAction export = new ExportAction(exporter, new CurrentThreadTaskExecutor(), new StatusModel(),
                new Texts(Texts.bundle(Locale.ENGLISH)), () -> null);
        FileChooser chooser = export.chooser();
        assertEquals(List.of("Markdown (*.md)", "CSV table (*.csv)", "W3C Web Annotation JSON (*.json)"),
                chooser.getExtensionFilters().stream().map(FileChooser.ExtensionFilter::getDescription).toList());

        robot.interact(() -> export.exportChosen(chooser.getExtensionFilters().get(1), Path.of("/tmp/notes")));
        robot.interact(() -> export.exportChosen(chooser.getExtensionFilters().get(2), Path.of("/tmp/notes.json")));
        robot.interact(() -> export.exportChosen(null, Path.of("/tmp/typed.csv")));

        assertEquals(List.of(new RecordingExporter.Call(ExportFormat.CSV, AnnotationFilter.ALL, Path.of("/tmp/notes.csv")),
                new RecordingExporter.Call(ExportFormat.JSON, AnnotationFilter.ALL, Path.of("/tmp/notes.json")),
                new RecordingExporter.Call(ExportFormat.CSV, AnnotationFilter.ALL, Path.of("/tmp/typed.csv"))), exporter.calls());
    }

    @Test
    void exportIsInTheFileMenuWithCtrlShiftEAndReportsInTheStatusBar(FxRobot robot) {
        assertEquals(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                OnFx.get(() -> window.menuItem(MessageKeys.MENU_EXPORT).getAccelerator()));
        ExportAction export = new ExportAction(exporter, new CurrentThreadTaskExecutor(), window.statusModel(),
                new Texts(Texts.bundle(Locale.CHINESE)), () -> null);
        robot.interact(() -> export.export(ExportFormat.MARKDOWN, Path.of("/tmp/a.md")));
        assertEquals("已将 7 条批注导出到 /tmp/a.md。", window.statusMessage());
    }

    @Test
    void aFailedExportSaysWhyInTheStatusBar(FxRobot robot) {
        ExportAction export = new ExportAction((format, filter, file) -> {
            throw new java.io.IOException("disk full");
        }, new CurrentThreadTaskExecutor(), window.statusModel(), new Texts(Texts.bundle(Locale.CHINESE)), () -> null);
        robot.interact(() -> export.export(ExportFormat.CSV, Path.of("/tmp/a.csv")));
        assertEquals("无法导出批注: disk full", window.statusMessage());
    }

    @Test
    void renamingATagIntoAnExistingOneAsksThenMergesEverywhere(FxRobot robot) throws Exception {
        library.addTag(4, "产业园");
        robot.interact(() -> window.refreshAll());
        robot.interact(() -> window.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<SearchScope> scope = OnFx.node(robot, "#searchScope", ComboBox.class);
        robot.interact(() -> scope.setValue(SearchScope.tag("产业园")));

        TreeEntry tag = new TreeEntry.Tag("产业园", 2);
        Platform.runLater(() -> window.treePane().contextMenu().itemsFor(tag).get(0).fire());
        DialogPane rename = dialog(robot, "#renameTagDialog");
        robot.interact(() -> ((TextField) rename.lookup(".text-field")).setText("数字经济"));
        press(robot, rename, ButtonType.OK);
        press(robot, dialog(robot, "#mergeTagDialog"), ButtonType.OK);

        assertEquals(List.of("数字经济", "智能制造"), library.tagCounts().stream().map(c -> c.name()).toList());
        assertEquals(2, library.tagCounts().get(0).count());
        assertEquals(List.of("数字经济", "智能制造"), window.articleModel().shownProperty().get().orElseThrow()
                .stored().article().tags(), "the open article shows the merged tag");
        assertEquals(SearchScope.tag("数字经济"), OnFx.get(scope::getValue), "the scope follows the rename");
        assertTrue(OnFx.get(() -> window.treePane().treeView().getRoot().getChildren().stream()
                .anyMatch(node -> node.getValue() instanceof TreeEntry.Tags tags && tags.tags().size() == 2)));
        assertEquals("已将标签“产业园”重命名为“数字经济”。", window.statusMessage());
    }

    @Test
    void marksChangedInTheReaderShowInTheTreeAndTheScopeBox(FxRobot robot) {
        robot.interact(() -> window.treePane().selectArticle(2));
        WaitForAsyncUtils.waitForFxEvents();
        library.setBookmarked(2, true);
        library.addTag(2, "签约");
        robot.interact(() -> window.onMarksChanged());

        TreeEntry.Bookmarks bookmarks = (TreeEntry.Bookmarks) OnFx.get(() -> window.treePane().treeView().getRoot().getChildren()
                .get(0).getValue());
        assertEquals(List.of(2L), bookmarks.articles().stream().map(a -> a.id()).toList());
        @SuppressWarnings("unchecked")
        List<SearchScope> scopes = OnFx.get(() -> List.copyOf(robot.lookup("#searchScope").queryAs(ComboBox.class).getItems()));
        assertTrue(scopes.contains(SearchScope.tag("签约")), scopes.toString());
    }

    @Test
    void marksChangedWhileTheStatsAreHiddenRefreshThemWhenTheyAreShown(FxRobot robot) {
        int before = library.readingQueries();
        robot.interact(() -> window.onMarksChanged());
        assertEquals(before, library.readingQueries(), "no stats queries while the reader reads");
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        assertEquals(before + 1, library.readingQueries(), "refreshed once, when shown");
        robot.interact(() -> window.onMarksChanged());
        assertEquals(before + 2, library.readingQueries(), "refreshed at once while shown");
    }

    @Test
    void theLastOpenArticleIsOpenedAgainInANewWindowOverTheSameLibrary(FxRobot robot) {
        robot.interact(() -> window.treePane().selectArticle(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, library.lastOpenArticle().orElseThrow());

        MainWindow restarted = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE),
                List.of(), exporter);
        robot.interact(() -> {
            Stage second = new Stage();
            second.setScene(restarted.createScene());
            second.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zone:东湖高新区/article:4",
                OnFx.get(() -> restarted.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key()));
        assertEquals(4, restarted.articleModel().shownProperty().get().orElseThrow().stored().id());
        robot.interact(() -> restarted.treePane().getScene().getWindow().hide());
    }
}
