package app.zonereader.ui;

import javafx.scene.chart.XYChart;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class StatsPaneTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(FakeLibraryService.withSampleArticles(), new CurrentThreadTaskExecutor(),
                Texts.bundle(Locale.CHINESE), List.of(), new RecordingExporter());
        stage.setScene(window.createScene());
        // TestFX reuses one stage: a size an earlier test set (WindowPlacementTest) would otherwise clip the charts
        stage.sizeToScene();
        stage.show();
    }

    private static List<String> bars(javafx.scene.chart.BarChart<Number, String> chart) {
        return chart.getData().get(0).getData().stream().map(d -> d.getYValue() + "=" + d.getXValue()).toList();
    }

    @Test
    void hasOneBarPerZoneAndPerProvinceBiggestOnTop(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        // The service answers most first (永川, 东湖, 璧山); horizontal charts draw categories bottom-up, so the
        // pane reverses the list to put the biggest bar on top.
        assertEquals(List.of("璧山高新区=1", "东湖高新区=1", "永川高新区=2"), bars(window.statsPane().zoneChart()));
        assertEquals(List.of("湖北=1", "重庆=3"), bars(window.statsPane().provinceChart()));
        assertTrue(window.statsPane().zoneChart().getData().get(0).getData().stream()
                .allMatch(bar -> bar.getNode() != null && bar.getNode().getOnMouseClicked() != null), "every bar is clickable");
    }

    @Test
    void clickingAZoneBarSelectsTheZoneInTheTreeAndKeepsTheTab(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        XYChart.Data<Number, String> bishan = window.statsPane().zoneChart().getData().get(0).getData().stream()
                .filter(bar -> bar.getYValue().equals("璧山高新区")).findFirst().orElseThrow();

        robot.clickOn(bishan.getNode());

        TreeItem<TreeEntry> selected = window.treePane().treeView().getSelectionModel().getSelectedItem();
        assertEquals("zone:璧山高新区", selected.getValue().key());
        assertSame(window.tabs().getTabs().get(1), window.tabs().getSelectionModel().getSelectedItem());
    }

    @Test
    void clickingAProvinceBarSelectsTheProvince(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        XYChart.Data<Number, String> hubei = window.statsPane().provinceChart().getData().get(0).getData().get(0);

        robot.clickOn(hubei.getNode());

        assertEquals("province:湖北", window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key());
    }

    @Test
    void axisTicksAreWholeNumbers(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) window.statsPane().zoneChart().getXAxis();
        assertEquals(1.0, axis.getTickUnit());
        assertEquals(2.0, axis.getUpperBound());
    }
}
