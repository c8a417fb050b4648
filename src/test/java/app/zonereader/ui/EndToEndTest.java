package app.zonereader.ui;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole product once, as a new user meets it: a fresh library file, the real page engine and store, the bundled
 * pages imported on first start, then the tree, an article with its tags, and the stats.
 */
@ExtendWith(ApplicationExtension.class)
class EndToEndTest {
    private static final String ZONE = "永川高新区";

    @TempDir
    static Path folder;

    private RealLibraryWindow real;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        real = RealLibraryWindow.open(folder.resolve("e2e.db"), Locale.ENGLISH);
        window = real.window;
        stage.setScene(window.createScene());
        stage.show();
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void firstRunImportsTheSamplePagesAndShowsAZoneWithItsArticlesTagsAndBar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> zoneNode().isPresent());
        TreeItem<TreeEntry> zone = zoneNode().orElseThrow();
        TreeEntry.ZoneGroup group = (TreeEntry.ZoneGroup) OnFx.get(zone::getValue);
        assertEquals(3, group.count(), "the three sample pages about Yongchuan");

        robot.interact(() -> zone.setExpanded(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OnFx.get(() -> zone.getChildren().size() == 3
                && zone.getChildren().get(0).getValue() instanceof TreeEntry.Item));
        TreeEntry.Item first = (TreeEntry.Item) OnFx.get(() -> zone.getChildren().get(0).getValue());
        robot.clickOn(cellShowing(robot, first.summary().title()));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> first.summary().title().equals(text(robot, "#articleTitle")));
        assertTrue(OnFx.exists(robot, ".tag-chip"), "the article shows its tags as chips");

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> zoneBar().isPresent());
        assertEquals(3, (int) OnFx.get(() -> zoneBar().orElseThrow().getXValue().intValue()));
    }

    private Optional<TreeItem<TreeEntry>> zoneNode() {
        return OnFx.get(() -> {
            TreeItem<TreeEntry> root = window.treePane().treeView().getRoot();
            if (root == null) {
                return Optional.empty();
            }
            for (TreeItem<TreeEntry> province : root.getChildren()) {
                for (TreeItem<TreeEntry> zone : province.getChildren()) {
                    if (zone.getValue() instanceof TreeEntry.ZoneGroup group && group.name().equals(ZONE)) {
                        return Optional.of(zone);
                    }
                }
            }
            return Optional.empty();
        });
    }

    private Optional<XYChart.Data<Number, String>> zoneBar() {
        return OnFx.get(() -> window.statsPane().zoneChart().getData().stream()
                .flatMap(series -> series.getData().stream())
                .filter(bar -> bar.getYValue().equals(ZONE))
                .findFirst());
    }

    /**
     * The cell of the zone's article, brought into view: the zone is expanded and the row scrolled to until the cell
     * shows, because a refresh still under way (the first import's) may rebuild the tree under the test, and the stage
     * TestFX reuses across test classes may be short.
     */
    private Node cellShowing(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> zoneNode().ifPresent(zone -> {
                zone.setExpanded(true);
                window.treePane().treeView().scrollTo(window.treePane().treeView().getRow(zone));
            }));
            return OnFx.get(() -> robot.lookup(".tree-cell")
                    .match((TreeCell<?> cell) -> cell.getText() != null && cell.getText().contains(title)).tryQuery().isPresent());
        });
        return OnFx.get(() -> robot.lookup(".tree-cell")
                .match((TreeCell<?> cell) -> cell.getText() != null && cell.getText().contains(title)).query());
    }

    private static String text(FxRobot robot, String query) {
        return OnFx.get(() -> robot.lookup(query).tryQuery().map(ShownText::of).orElse(""));
    }

}
