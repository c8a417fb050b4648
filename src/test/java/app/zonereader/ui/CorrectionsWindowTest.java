package app.zonereader.ui;

import app.zonereader.app.BundledPages;
import app.zonereader.app.Library;
import app.zonereader.model.StoredArticle;
import app.zonereader.service.ImportListener;
import app.zonereader.service.LibraryService;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrections from the article view on a real library (the real engine and store, one sample page): split at the
 * caret with its shortcut and undo it, merge from the Correct menu, and reassign the zone through the picker, typed in
 * Traditional characters, after which the tree files the article under its new zone with the corrected mark shown.
 */
@ExtendWith(ApplicationExtension.class)
class CorrectionsWindowTest {
    private static final String SAMPLE = "000_0c56615beea04158.txt";

    @TempDir
    Path folder;

    private Library library;
    private LibraryService service;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        library = Library.open(folder.resolve("window.db"));
        service = library.service();
        service.importPages(BundledPages.list().stream().filter(page -> page.name().equals(SAMPLE)).toList(),
                ImportListener.NONE, () -> false);
        window = new MainWindow(service, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private StoredArticle containing(String text) {
        return service.articles().stream().map(summary -> service.article(summary.id()).orElseThrow())
                .filter(article -> article.article().bodyText().contains(text)).findFirst().orElseThrow();
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> window.articleModel().open(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<StoredArticle> shown() {
        return window.articleModel().current().map(ArticleViewModel.Shown::stored);
    }

    @Test
    void splitAtTheCaretWithItsShortcutThenUndoThenMergeFromTheMenu(FxRobot robot) throws Exception {
        StoredArticle yongchuan = containing("据了解，永川职教");
        int cut = yongchuan.article().bodyText().indexOf("据了解，永川职教");
        open(robot, yongchuan.id());
        robot.interact(() -> {
            window.articlePane().body().area().requestFocus();
            window.articlePane().body().area().moveTo(cut);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> service.articleCount() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown().orElseThrow().article().bodyText().contains("据了解"), "the first part stays open");
        assertTrue(OnFx.exists(robot, "#correctedMark"), "marked as corrected");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> service.articleCount() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown().orElseThrow().article().bodyText().contains("据了解"), "whole again, and open");

        open(robot, containing("昆科贷").id());
        robot.clickOn(OnFx.visible(robot, "#correctMenu"));
        robot.clickOn(OnFx.visible(robot, "#correctMerge"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> service.articleCount() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown().orElseThrow().article().bodyText().contains("常熟高新区不断推进工业互联网建设发展"),
                "the merged article is open");
    }

    @Test
    void aZoneChosenInThePickerMovesTheArticleInTheTreeAndTheHeaderShowsTheEngineValue(FxRobot robot) throws Exception {
        open(robot, containing("量子微波").id());
        robot.interact(() -> window.treePane().treeView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, "#zonePickerFilter"));
        robot.clickOn(OnFx.visible(robot, "#zonePickerFilter")).write("東湖");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.get(() -> robot.lookup("#zonePickerList")
                .queryListView().getItems().stream().anyMatch(choice -> choice.toString().contains("东湖高新区"))));
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> zoneNode("东湖高新区").isPresent());
        assertTrue(zoneNode("清远高新区").isEmpty(), "its only article left the old zone");
        assertEquals("东湖高新区", shown().orElseThrow().article().zone().orElseThrow().shortName());
        String tooltip = OnFx.get(() -> robot.lookup("#correctedMark").queryAs(Label.class).getTooltip().getText());
        assertTrue(tooltip.contains("清远高新区"), tooltip);
    }

    private Optional<TreeItem<TreeEntry>> zoneNode(String zone) {
        return OnFx.get(() -> {
            TreeItem<TreeEntry> root = window.treePane().treeView().getRoot();
            if (root == null) {
                return Optional.empty();
            }
            return root.getChildren().stream().flatMap(province -> province.getChildren().stream())
                    .filter(node -> node.getValue() instanceof TreeEntry.ZoneGroup group && group.name().equals(zone))
                    .findFirst();
        });
    }
}
