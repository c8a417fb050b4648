package app.zonereader.ui;

import app.zonereader.model.Zone;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many zones in few provinces: each chart is as tall as its own bars need. */
@ExtendWith(ApplicationExtension.class)
class ZoneCountsPaneTest {
    private static final List<String> PROVINCES = List.of("江苏", "广东", "山东");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FakeLibraryService library = FakeLibraryService.empty();
        for (int i = 0; i < 60; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            Zone zone = new Zone("第" + i + "高新技术产业开发区", "第" + i + "高新区", List.of(), province, province, 2000);
            library.add("p" + i + ".txt", FakeLibraryService.article("第" + i + "高新区新闻", Optional.of(zone), "正文。"));
        }
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void threeProvincesAreNotStretchedToTheHeightOfSixtyZones(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        double zones = OnFx.get(() -> window.statsPane().zoneChart().getHeight());
        double provinces = OnFx.get(() -> window.statsPane().provinceChart().getHeight());
        assertEquals(60, (int) OnFx.get(() -> window.statsPane().zoneChart().getData().get(0).getData().size()));
        assertTrue(zones >= 60 * Bars.ROW_HEIGHT, "the zone chart holds a row per zone: " + zones);
        assertTrue(provinces < zones / 3, "provinces " + provinces + " px beside zones " + zones + " px");
    }
}
