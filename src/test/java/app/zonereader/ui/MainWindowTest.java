package app.zonereader.ui;

import app.zonereader.service.PageSource;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-run import, step by step: progress in the status bar first, then the filled tree. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final FakeLibraryService library = FakeLibraryService.empty();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final List<PageSource> firstRunPages = List.of(
            FakeLibraryService.page("a.txt", "永川高新区举办创新大赛\n永川高新区日前举办创新大赛。"),
            FakeLibraryService.page("b.txt", "东湖高新区企业上市\n东湖高新区新增上市企业5家。"),
            FakeLibraryService.page("c.txt", "FAIL this page"));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(library, executor, Texts.bundle(Locale.ENGLISH), firstRunPages,
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @Test
    void firstRunImportsThePagesWithProgressThenShowsTheTree(FxRobot robot) {
        List<String> messages = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        robot.interact(() -> {
            window.statusBarControl().textProperty().addListener((o, old, text) -> messages.add(text));
            window.statusBarControl().progressProperty().addListener((o, old, value) -> progress.add(value.doubleValue()));
        });
        executor.runNext(); // firstRunPagesToImport() → queues the import
        assertEquals("First start: importing the sample pages…", window.statusMessage());
        assertTrue(visible(robot, "#cancelImport"), "cancel offered during import");
        assertTrue(OnFx.get(() -> window.treePane().treeView().getRoot().getChildren().isEmpty()));
        assertEquals("Loading…", OnFx.text(robot, "#emptyLibrary"), "not \"the library is empty\"");

        executor.runNext(); // the import itself

        assertTrue(messages.containsAll(List.of("Importing 1/3 … a.txt", "Importing 2/3 … b.txt", "Importing 3/3 … c.txt")),
                messages.toString());
        assertTrue(progress.containsAll(List.of(1 / 3.0, 2 / 3.0, 1.0)), progress.toString());
        assertEquals("Import finished. New pages: 2, items added: 2, already present: 0, failed: 1.", window.statusMessage());
        assertEquals(0.0, OnFx.get(() -> window.statusBarControl().getProgress()), "progress bar hidden again");
        assertFalse(visible(robot, "#cancelImport"));

        executor.runAll(); // the refreshes the import queued

        assertEquals(2, provinceCount());
        assertEquals("2 articles", OnFx.text(robot, "#articleCount"));
        assertTrue(OnFx.get(() -> window.statsPane().zoneChart().getData().isEmpty()), "the charts wait until their tab is shown");
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        executor.runAll();
        assertEquals(2, (int) OnFx.get(() -> window.statsPane().zoneChart().getData().get(0).getData().size()));
    }

    @Test
    void importFailuresAreListedInTheReportWithTheirReason(FxRobot robot) {
        executor.runAll();
        assertTrue(visible(robot, "#importReport"), "report shown");
        assertEquals(List.of("c.txt: could not be imported (unreadable page)"), notImported(robot));
    }

    @Test
    void cancellingStopsTheImportAfterTheCurrentFileAndSaysSo(FxRobot robot) {
        Button cancel = OnFx.node(robot, "#cancelImport", Button.class);
        executor.runNext(); // firstRunPagesToImport() → queues the import
        // Press Cancel as soon as the first file is reported, as a user would while the import runs.
        robot.interact(() -> window.statusBarControl().textProperty().addListener((o, old, text) -> {
            if (text.startsWith("Importing 1/3")) {
                cancel.fire();
            }
        }));
        executor.runAll();

        assertEquals(List.of("永川高新区举办创新大赛"), library.titles(), "stopped after the current file");
        assertEquals("Import cancelled; the pages imported so far are kept. "
                + "Import finished. New pages: 1, items added: 1, already present: 0, failed: 0.", window.statusMessage());
        assertEquals(1, provinceCount(), "tree shows what was imported");
        assertFalse(window.isImporting());
    }

    @Test
    void importingFilesReadsThemAndRefreshesTheTree(@TempDir Path folder) throws Exception {
        executor.runAll(); // the first run
        Path page = Files.writeString(folder.resolve("d.txt"), "璧山高新区发布人才政策\n璧山高新区出台人才新政。");

        javafx.application.Platform.runLater(() -> window.importFiles(List.of(page.toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isImporting());
        assertTrue(OnFx.get(() -> window.importMenuItem().isDisable()), "one import at a time");
        assertEquals("Importing 1 file or folder…", window.statusMessage());
        executor.runAll();

        assertFalse(window.isImporting());
        assertFalse(OnFx.get(() -> window.importMenuItem().isDisable()));
        assertEquals("Import finished. New pages: 1, items added: 1, already present: 0, failed: 0.", window.statusMessage());
        assertTrue(library.titles().contains("璧山高新区发布人才政策"));
        assertEquals("重庆 (2)", OnFx.get(() -> window.treePane().provinceNodes().get(0).getValue()) instanceof TreeEntry.Group g
                ? g.name() + " (" + g.count() + ")" : "");
    }

    @Test
    void importWarningsAreCountedInTheStatusWithTheFirstOneInTheWindowsLanguage(@TempDir Path folder) throws Exception {
        executor.runAll(); // the first run
        Path page = Files.writeString(folder.resolve("j.txt"), "永川高新区智能装备产业园开园\n永川高新区产业园开园。\n下转第4版");
        javafx.application.Platform.runLater(() -> window.importFiles(List.of(page.toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        executor.runAll();
        assertEquals("Import finished. New pages: 1, items added: 1, already present: 0, failed: 0. 1 warning, the first: "
                + "Removed a jump line \"下转第4版\": the article continues on another page.", window.statusMessage());
    }

    @Test
    void zoneLikeNamesMissingFromTheListAreNamedAfterTheImport(@TempDir Path folder) throws Exception {
        executor.runAll(); // the first run
        Path page = Files.writeString(folder.resolve("e.txt"), "丽水高新区举办数字经济大会\n丽水高新区数字经济大会召开。");
        javafx.application.Platform.runLater(() -> window.importFiles(List.of(page.toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        executor.runAll();
        assertEquals("Import finished. New pages: 1, items added: 1, already present: 0, failed: 0. "
                + "Not in the list of national high-tech zones, so left without a zone: 丽水高新区.", window.statusMessage());
    }

    @Test
    void theProgressViewAppearsWhileImportingAFolderAndEndsWithTheReport(FxRobot robot, @TempDir Path folder)
            throws Exception {
        executor.runAll(); // the first run
        robot.clickOn(OnFx.visible(robot, "#closeImportReport"));
        assertFalse(visible(robot, "#importPane"), "closed report");
        Files.writeString(Files.createDirectories(folder.resolve("2021")).resolve("d"), "璧山高新区发布人才政策\n璧山高新区出台人才新政。");
        Files.writeString(folder.resolve("e.TXT"), "永川高新区新闻\n永川高新区正文。");
        Files.writeString(folder.resolve("f.text"), "FAIL this page");

        javafx.application.Platform.runLater(() -> window.importFiles(List.of(folder.toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#importProgress"), "progress view shown");
        assertEquals("Listing the files…", OnFx.text(robot, "#importFiles"));
        List<String> seen = new ArrayList<>();
        robot.interact(() -> robot.lookup("#importFiles").queryLabeled().textProperty()
                .addListener((o, old, text) -> seen.add(text)));
        executor.runNext(); // the import
        assertEquals(List.of("1 of 3 files", "2 of 3 files", "3 of 3 files"), seen);
        assertEquals("2 articles found", OnFx.text(robot, "#importArticles"));

        assertFalse(visible(robot, "#importProgress"));
        assertTrue(visible(robot, "#importReport"), "the report stays");
        assertEquals("3 files: 2 new pages, 0 replaced, 2 articles added, 0 duplicates skipped, 1 not imported.",
                OnFx.text(robot, "#importSummary"));
        assertEquals(List.of("f.text: could not be imported (unreadable page)"), notImported(robot));
        executor.runAll();
        assertTrue(library.titles().containsAll(List.of("璧山高新区发布人才政策", "永川高新区新闻")));
    }

    @Test
    void pagesAnotherProcessAddedAppearInTheTree(FxRobot robot) {
        executor.runAll(); // the first run
        robot.interact(() -> window.checkForOtherWriters());
        executor.runAll(); // learns the current version
        assertEquals(2, provinceCount());

        library.changeFromAnotherProcess("z.txt", "璧山高新区另一进程", java.util.Optional.of(FakeLibraryService.BISHAN));
        robot.interact(() -> window.checkForOtherWriters());
        executor.runAll();
        assertEquals("Another program changed the library; the lists were refreshed.", window.statusMessage());
        assertEquals("3 articles", OnFx.text(robot, "#articleCount"));
    }

    @Test
    void filesPutInTheWatchFolderAreImportedOnceTheyStopChanging(FxRobot robot, @TempDir Path folder)
            throws Exception {
        executor.runAll(); // the first run
        robot.interact(() -> window.watchFolder(java.util.Optional.of(folder)));
        executor.runAll(); // the first look: an empty folder
        Files.writeString(folder.resolve("w.txt"), "璧山高新区发布人才政策\n璧山高新区出台人才新政。");
        robot.interact(() -> window.pollWatchFolder());
        executor.runAll(); // seen once: it may still be being written
        assertFalse(library.titles().contains("璧山高新区发布人才政策"));

        robot.interact(() -> window.pollWatchFolder());
        executor.runAll(); // unchanged since: imported
        assertTrue(library.titles().contains("璧山高新区发布人才政策"));
        assertEquals("Watch folder: 1 new page imported from " + folder + ".", window.statusMessage());

        robot.interact(() -> window.pollWatchFolder());
        executor.runAll();
        assertEquals(1, library.titles().stream().filter(t -> t.equals("璧山高新区发布人才政策")).count(), "once");
        robot.interact(() -> window.watchFolder(java.util.Optional.empty()));
    }

    @Test
    void aBrokenLibraryIsReportedInTheStatusBar(FxRobot robot) {
        library.breakDown();
        executor.runAll();
        assertEquals("Could not load the article list: database is gone", OnFx.get(() -> window.statusBarControl().getText()));
    }

    private static boolean visible(FxRobot robot, String query) {
        return OnFx.get(() -> robot.lookup(query).query().isVisible());
    }

    private static List<Object> notImported(FxRobot robot) {
        return OnFx.get(() -> List.copyOf(robot.lookup("#importNotImported").queryListView().getItems()));
    }

    private int provinceCount() {
        return OnFx.get(() -> window.treePane().provinceNodes().size());
    }
}
