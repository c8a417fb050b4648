package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    private Preferences node;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 500, 450));
        stage.show();
    }

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("zonereader-test-" + UUID.randomUUID());
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aWindowComesBackWhereAndAsLargeAsItWasLeft(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(700);
            stage.setHeight(520);
            new WindowPlacement(node).remember(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(450);
            stage.setHeight(450);
            new WindowPlacement(node).restore(stage);
        });
        assertEquals(40, OnFx.get(stage::getX));
        assertEquals(30, OnFx.get(stage::getY));
        assertEquals(700, OnFx.get(stage::getWidth));
        assertEquals(520, OnFx.get(stage::getHeight));
        assertFalse(OnFx.get(stage::isMaximized));
    }

    @Test
    void theFirstStartKeepsTheDefaultSize(FxRobot robot) {
        double width = OnFx.get(stage::getWidth);
        robot.interact(() -> new WindowPlacement(node).restore(stage));
        assertEquals(width, OnFx.get(stage::getWidth));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsIgnored(FxRobot robot) {
        node.putDouble("x", 50_000);
        node.putDouble("y", 50_000);
        node.putDouble("width", 800);
        node.putDouble("height", 600);
        robot.interact(() -> {
            stage.setX(10);
            new WindowPlacement(node).restore(stage);
        });
        assertEquals(10, OnFx.get(stage::getX), "the window stays where it can be seen");
    }

    @Test
    void aMaximisedWindowIsMaximisedAgainAndKeepsItsOwnSizeForLater(FxRobot robot) {
        node.putDouble("x", 20);
        node.putDouble("y", 20);
        node.putDouble("width", 640);
        node.putDouble("height", 480);
        robot.interact(() -> {
            stage.setMaximized(true);
            new WindowPlacement(node).remember(stage);
        });
        assertTrue(node.getBoolean("maximized", false));
        assertEquals(640, node.getDouble("width", -1), "the size before maximising is kept");
        robot.interact(() -> {
            stage.setMaximized(false);
            new WindowPlacement(node).restore(stage);
        });
        assertTrue(OnFx.get(stage::isMaximized));
        robot.interact(() -> stage.setMaximized(false));
    }
}
