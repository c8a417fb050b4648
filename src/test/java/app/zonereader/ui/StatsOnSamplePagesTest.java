package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stats tab over the real engine and store on the bundled sample pages: a bar, its articles, and opening one. */
@ExtendWith(ApplicationExtension.class)
class StatsOnSamplePagesTest {
    private static final String ZONE = "永川高新区";

    @TempDir
    static Path folder;

    private RealLibraryWindow real;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        real = RealLibraryWindow.open(folder.resolve("stats.db"), Locale.CHINESE);
        window = real.window;
        stage.setScene(window.createScene());
        stage.setWidth(1200);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void clickingYongchuansBarListsItsThreeArticlesAndOpeningOneShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> OnFx.get(() -> bar(ZONE).isPresent() && bar("清远高新区").isPresent()));
        assertEquals(3, (int) OnFx.get(() -> bar(ZONE).orElseThrow().getXValue().intValue()));
        assertEquals(2, (int) OnFx.get(() -> bar("清远高新区").orElseThrow().getXValue().intValue()));

        // The tree's first selection after the import narrows nothing but reloads the chart: wait for a drawn bar.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> OnFx.get(() -> bar(ZONE).map(bar -> bar.getNode() != null && bar.getNode().getScene() != null).orElse(false)));
        robot.clickOn(OnFx.get(() -> bar(ZONE).orElseThrow().getNode()));

        ArticleListing listing = window.statsPane().listing();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OnFx.get(() -> listing.list().getItems().size() == 3));
        List<ArticleSummary> listed = OnFx.get(() -> List.copyOf(listing.list().getItems()));
        assertTrue(listed.stream().allMatch(a -> a.zone().equals(ZONE)), listed.toString());
        assertEquals("永川高新区：3 篇文章", OnFx.get(() -> listing.caption().getText()));

        ArticleSummary first = listed.get(0);
        Node cell = OnFx.get(() -> robot.lookup("#statsListing .list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(first.title())).query());
        robot.doubleClickOn(cell);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OnFx.get(() -> robot.lookup("#articleTitle").tryQuery()
                .map(title -> first.title().equals(ShownText.of(title))).orElse(false)));
        TabPane tabs = window.tabs();
        assertSame(tabs.getTabs().get(0), OnFx.get(() -> tabs.getSelectionModel().getSelectedItem()), "the reader tab is in front");
    }

    /** The zone's bar in the chart; call on the JavaFX thread, which fills the chart. */
    private Optional<XYChart.Data<Number, String>> bar(String zone) {
        return window.statsPane().zoneChart().getData().stream().flatMap(series -> series.getData().stream())
                .filter(bar -> bar.getYValue().equals(zone)).findFirst();
    }

}
