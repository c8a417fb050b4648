package app.zonereader.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Restore backup…: pick a day, the library is restored and the status line says so. */
@ExtendWith(ApplicationExtension.class)
class RestoreBackupTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.ENGLISH), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @Test
    void choosingADayRestoresItsBackup(FxRobot robot) throws Exception {
        library.addBackups(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 21));
        // showAndWait blocks the FX thread's caller, so fire the menu item from a later pulse.
        robot.interact(() -> Platform.runLater(() -> window.menuItem(MessageKeys.MENU_RESTORE).fire()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, "#restoreDialog"));
        DialogPane pane = OnFx.node(robot, "#restoreDialog", DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), library.restoredDay(), "the newest day is preselected");
        assertEquals("Restored the backup of 2026-11-22.", window.statusMessage());
    }

    @Test
    void withoutBackupsItSaysSoInsteadOfShowingAnEmptyList(FxRobot robot) throws Exception {
        robot.interact(() -> window.menuItem(MessageKeys.MENU_RESTORE).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, ".dialog-pane"));
        assertTrue(OnFx.text(robot, ".dialog-pane .content").contains("no backups yet"));
        assertTrue(library.restoredDay().isEmpty());
    }
}
