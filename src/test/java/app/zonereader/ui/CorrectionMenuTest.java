package app.zonereader.ui;

import app.zonereader.model.Zone;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The Correct menu over the in-memory library: editing a title from the keyboard and undoing it, adding a zone. */
@ExtendWith(ApplicationExtension.class)
class CorrectionMenuTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> window.articleModel().open(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void aTitleEditedFromTheKeyboardIsMarkedAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        open(robot, 4);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, "#correctionText"));
        TextField field = OnFx.node(robot, "#correctionText", TextField.class);
        robot.interact(() -> field.setText("东湖高新区科创大走廊提速"));
        DialogPane dialog = OnFx.get(() -> (DialogPane) field.getScene().getRoot());
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("东湖高新区科创大走廊提速", library.article(4).orElseThrow().article().title());
        assertEquals("东湖高新区科创大走廊提速", OnFx.text(robot, "#articleTitle"));
        assertTrue(OnFx.exists(robot, "#correctedMark"));

        robot.clickOn(OnFx.visible(robot, "#articleTitle"));
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("东湖高新区光谷科创大走廊建设提速", library.article(4).orElseThrow().article().title());
        assertFalse(OnFx.exists(robot, "#correctedMark"), "the engine's title again");
    }

    @Test
    void aZoneIsAddedWithANameAnImportReportedOffered(FxRobot robot) throws Exception {
        library.reportUnknownZone("青龙湖高新区", 2);
        open(robot, 1);
        robot.clickOn(OnFx.visible(robot, "#correctMenu"));
        robot.clickOn(OnFx.visible(robot, "#correctAddZone"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.exists(robot, "#unknownZoneNames"));
        ComboBox<?> offered = OnFx.node(robot, "#unknownZoneNames", ComboBox.class);
        assertEquals(1, (int) OnFx.get(() -> offered.getItems().size()));
        robot.interact(() -> offered.getSelectionModel().select(0));
        assertEquals("青龙湖高新区", OnFx.get(() -> robot.lookup("#zoneShortName").queryAs(TextField.class).getText()), "filled in");
        robot.interact(() -> {
            robot.lookup("#zoneName").queryAs(TextField.class).setText("成都青龙湖高新技术产业开发区");
            robot.lookup("#zoneProvince").queryAs(TextField.class).setText("四川");
            robot.lookup("#zoneCity").queryAs(TextField.class).setText("成都");
        });
        DialogPane pane = OnFx.get(() -> (DialogPane) offered.getScene().getRoot());
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(library.zones().stream().map(Zone::shortName).anyMatch("青龙湖高新区"::equals));
        assertTrue(library.unknownZoneNames().isEmpty(), "no longer unknown");
        assertTrue(window.statusMessage().contains("青龙湖高新区"), window.statusMessage());
    }
}
