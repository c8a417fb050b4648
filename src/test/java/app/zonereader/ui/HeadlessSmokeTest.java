package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("重庆"), 200, 100));
        stage.show();
    }

    @Test
    void showsALabel(FxRobot robot) {
        assertEquals("重庆", robot.lookup(".label").queryAs(Label.class).getText());
    }
}
