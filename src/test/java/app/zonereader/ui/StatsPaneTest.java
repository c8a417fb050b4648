package app.zonereader.ui;

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
        return OnFx.get(() -> chart.getData().get(0).getData().stream().map(d -> d.getYValue() + "=" + d.getXValue()).toList());
    }

    private static int barCount(javafx.scene.chart.BarChart<Number, String> chart) {
        return OnFx.get(() -> chart.getData().get(0).getData().size());
    }

    private String selectedInTree() {
        return OnFx.get(() -> window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key());
    }

    private javafx.scene.control.Tab selectedTab() {
        return OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem());
    }

    @Test
    void hasOneBarPerZoneAndPerProvinceBiggestOnTop(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        // The service answers most first (永川, 东湖, 璧山); horizontal charts draw categories bottom-up, so the
        // pane reverses the list to put the biggest bar on top.
        assertEquals(List.of("璧山高新区=1", "东湖高新区=1", "永川高新区=2"), bars(window.statsPane().zoneChart()));
        assertEquals(List.of("湖北=1", "重庆=3"), bars(window.statsPane().provinceChart()));
        assertTrue(OnFx.get(() -> window.statsPane().zoneChart().getData().get(0).getData().stream()
                .allMatch(bar -> bar.getNode() != null && bar.getNode().getOnMouseClicked() != null)), "every bar is clickable");
    }

    @Test
    void clickingAZoneBarSelectsTheZoneInTheTreeAndKeepsTheTab(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.clickOn(barNode(window.statsPane().zoneChart(), "璧山高新区"));

        assertEquals("zone:璧山高新区", selectedInTree());
        assertSame(window.tabs().getTabs().get(1), selectedTab());
    }

    @Test
    void clickingAProvinceBarSelectsTheProvince(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.clickOn(OnFx.get(() -> window.statsPane().provinceChart().getData().get(0).getData().get(0).getNode()));

        assertEquals("province:湖北", selectedInTree());
    }

    @Test
    void axisTicksAreWholeNumbers(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) window.statsPane().zoneChart().getXAxis();
        assertEquals(1.0, OnFx.get(axis::getTickUnit));
        assertEquals(2.0, OnFx.get(axis::getUpperBound));
    }

    @Test
    void clickingAZoneBarListsItsArticlesAndDoubleClickingOneOpensIt(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.clickOn(barNode(window.statsPane().zoneChart(), "永川高新区"));

        ArticleListing listing = window.statsPane().listing();
        assertEquals(List.of("永川高新区数字经济产业园开园", "永川高新区引进智能制造项目"),
                OnFx.get(() -> listing.list().getItems().stream().map(a -> a.title()).toList()));
        assertEquals("永川高新区：2 篇文章", OnFx.get(() -> listing.caption().getText()));
        robot.interact(() -> listing.list().getSelectionModel().select(1));
        robot.interact(() -> listing.list().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertSame(window.tabs().getTabs().get(0), selectedTab());
    }

    @Test
    void theTreeSelectionNarrowsEveryChartButTheZonesStayAmongTheirPeers(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> window.treePane().selectProvince("湖北"));

        StatsViewModel model = window.statsPane().viewModel();
        assertEquals("湖北", model.filterProperty().get().province());
        assertEquals(List.of("东湖高新区=1"), bars(window.statsPane().zoneChart()));
        assertEquals(List.of("湖北=1", "重庆=3"), bars(window.statsPane().provinceChart()), "provinces ignore the province");
        assertEquals("湖北", OnFx.get(() -> window.statsPane().filterBar().provinceBox().getValue()));

        robot.interact(() -> window.treePane().selectZone("永川高新区"));
        assertEquals("永川高新区", model.filterProperty().get().zone());
        assertEquals("", model.filterProperty().get().province());
        assertEquals(3, barCount(window.statsPane().zoneChart()), "the zone chart keeps every zone");
    }

    @Test
    void theFilterBarNarrowsByTag(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> window.statsPane().filterBar().tagBox().setValue("智能制造"));

        assertEquals("智能制造", window.statsPane().viewModel().filterProperty().get().tag());
        assertEquals(List.of("永川高新区=1"), bars(window.statsPane().zoneChart()));
        robot.interact(() -> window.statsPane().filterBar().tagBox().setValue(""));
        assertEquals(3, barCount(window.statsPane().zoneChart()));
    }

    @Test
    void theShareToggleShowsPercentagesOfTheWhole(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> window.statsPane().zones().sharesToggle().setSelected(true));
        assertEquals(List.of("璧山高新区=25.0", "东湖高新区=25.0", "永川高新区=50.0"), bars(window.statsPane().zoneChart()));
        robot.interact(() -> window.statsPane().zones().sharesToggle().setSelected(false));
        assertEquals(List.of("璧山高新区=1", "东湖高新区=1", "永川高新区=2"), bars(window.statsPane().zoneChart()));
    }

    @Test
    void theOtherChartsShowMonthsTagsTheHeatMapAndReading(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        StatsPane stats = window.statsPane();
        int monthTotal = OnFx.get(() -> stats.overTime().chart().getData().stream().flatMap(s -> s.getData().stream())
                .mapToInt(d -> d.getYValue().intValue()).sum());
        assertEquals(5, monthTotal, "every article once, with or without a zone; the ad not at all");
        assertTrue(OnFx.get(() -> stats.topics().tagChart().getData().get(0).getData().stream()
                .anyMatch(d -> d.getYValue().equals("智能制造"))));
        List<String> heat = OnFx.get(() -> stats.topics().heatMap().getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertTrue(heat.containsAll(List.of("永川高新区", "智能制造", "数字经济", "产业园")), heat.toString());
        assertEquals(3, heat.stream().filter("1"::equals).count(), "永川 × each of its first article's three tags: " + heat);
        assertEquals(List.of("已读", "未读"), OnFx.get(() -> stats.reading().readChart().getData().stream().map(s -> s.getName())
                .toList()));
    }

    @Test
    void exportsTheChartInViewAsPngAndItsNumbersAsSafeCsv(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        java.nio.file.Path png = dir.resolve("zones.png");
        java.nio.file.Path csv = dir.resolve("zones.csv");
        robot.interact(() -> {
            window.statsPane().exportPng(png.toFile());
            window.statsPane().exportCsv(csv.toFile());
        });
        javafx.scene.image.Image image = new javafx.scene.image.Image(png.toUri().toString());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 100, image.getWidth() + " × " + image.getHeight());
        String text = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF统计维度,名称,文章数"), text);
        assertTrue(text.contains("高新区,永川高新区,2"), text);
        assertTrue(text.contains("省份,重庆,3"), text);
    }

    /** The drawn bar of {@code name}, to click. */
    private static javafx.scene.Node barNode(javafx.scene.chart.BarChart<Number, String> chart, String name) {
        return OnFx.get(() -> chart.getData().get(0).getData().stream().filter(d -> d.getYValue().equals(name)).findFirst()
                .orElseThrow().getNode());
    }
}
