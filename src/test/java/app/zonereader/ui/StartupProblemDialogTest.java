package app.zonereader.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class StartupProblemDialogTest {
    private static final Path DB = Path.of("/data/zonereader.db");
    private StartupProblemDialog dialog;

    @Start
    void start(Stage stage) {
        dialog = new StartupProblemDialog(stage, new Texts(Texts.bundle(Locale.ENGLISH)));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aDamagedFileOffersTheNewestBackupAndExplainsNothingIsDeleted(FxRobot robot) throws Exception {
        CompletableFuture<StartupProblemDialog.Answer> answer = new CompletableFuture<>();
        robot.interact(() -> javafx.application.Platform.runLater(() -> answer.complete(
                dialog.ask(DB, StartupProblemDialog.Problem.DAMAGED, Optional.of(LocalDate.of(2026, 11, 22)), "x"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, "Restore newest backup"));
        String text = OnFx.text(robot, ".dialog-pane .content");
        assertTrue(text.contains("2026-11-22") && text.contains("nothing is deleted"), text);
        assertTrue(OnFx.exists(robot, "Start a new library"));
        robot.clickOn(OnFx.visible(robot, "Restore newest backup"));
        assertInstanceOf(StartupProblemDialog.Answer.RestoreNewestBackup.class, answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aNewerFileOffersNoRepairOnlyAnotherFileOrQuit(FxRobot robot) throws Exception {
        CompletableFuture<StartupProblemDialog.Answer> answer = new CompletableFuture<>();
        robot.interact(() -> javafx.application.Platform.runLater(() -> answer.complete(
                dialog.ask(DB, StartupProblemDialog.Problem.NEWER_VERSION, Optional.empty(), "x"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, "Quit"));
        assertFalse(OnFx.exists(robot, "Restore newest backup"));
        assertFalse(OnFx.exists(robot, "Start a new library"));
        assertTrue(OnFx.text(robot, ".dialog-pane .content").contains("newer version"));
        robot.clickOn(OnFx.visible(robot, "Quit"));
        assertEquals(StartupProblemDialog.Answer.Quit.class, answer.get(10, TimeUnit.SECONDS).getClass());
    }
}
