package app.zonereader.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The stats tab's charts: a filter bar over four chart tabs (over time, topics, zones and provinces, reading), export
 * of the chart in view, and under them the articles behind the last number clicked.
 */
final class StatsPane extends BorderPane {
    private final StatsViewModel viewModel;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final StatsFilterBar filterBar;
    private final ZoneCountsPane zones;
    private final OverTimeChart overTime;
    private final TopicsPane topics;
    private final ReadingPane reading;
    private final TabPane chartTabs;
    private final ArticleListing listing;

    StatsPane(StatsViewModel viewModel, TaskExecutor executor, StatusModel status, Texts texts,
              Consumer<String> selectZone, Consumer<String> selectProvince, LongConsumer openArticle) {
        this.viewModel = viewModel;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        getStyleClass().add("stats-pane");
        StatsSlices slices = viewModel::listArticles;
        filterBar = new StatsFilterBar(viewModel, texts);
        zones = new ZoneCountsPane(viewModel, texts, selectZone, selectProvince, slices);
        overTime = new OverTimeChart(viewModel, texts, slices);
        topics = new TopicsPane(viewModel, texts, slices);
        reading = new ReadingPane(viewModel, texts, slices);
        chartTabs = new TabPane(tab(MessageKeys.STATS_TAB_ZONES, "zonesTab", zones),
                tab(MessageKeys.STATS_TAB_TIME, "overTimeTab", overTime),
                tab(MessageKeys.STATS_TAB_TOPICS, "topicsTab", topics),
                tab(MessageKeys.STATS_TAB_READING, "readingTab", reading));
        chartTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        listing = new ArticleListing(viewModel, texts, openArticle);

        Button png = new Button(texts.get(MessageKeys.STATS_EXPORT_PNG));
        png.setId("exportPng");
        png.setOnAction(event -> chooseFile("*.png").ifPresent(this::exportPng));
        Button csv = new Button(texts.get(MessageKeys.STATS_EXPORT_CSV));
        csv.setId("exportCsv");
        csv.setOnAction(event -> chooseFile("*.csv").ifPresent(this::exportCsv));
        filterBar.getChildren().addAll(new Separator(Orientation.VERTICAL), png, csv);

        // The list sits beside the charts, not under them: the charts need the height, a title list does not.
        SplitPane chartsAndList = new SplitPane(chartTabs, listing);
        chartsAndList.setOrientation(Orientation.HORIZONTAL);
        chartsAndList.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(listing, false);
        setTop(filterBar);
        setCenter(chartsAndList);
    }

    ZoneCountsPane zones() {
        return zones;
    }

    BarChart<Number, String> zoneChart() {
        return zones.zoneChart();
    }

    BarChart<Number, String> provinceChart() {
        return zones.provinceChart();
    }

    OverTimeChart overTime() {
        return overTime;
    }

    TopicsPane topics() {
        return topics;
    }

    ReadingPane reading() {
        return reading;
    }

    TabPane chartTabs() {
        return chartTabs;
    }

    ArticleListing listing() {
        return listing;
    }

    StatsFilterBar filterBar() {
        return filterBar;
    }

    /** The chart in view, as the export sees it. */
    StatsChart currentChart() {
        return (StatsChart) chartTabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** Writes the chart in view as PNG: the picture is taken here, on the JavaFX thread, and written in the background. */
    void exportPng(File file) {
        byte[] png = ChartExport.png(currentChart().picture());
        executor.execute(UiTask.of(() -> {
            ChartExport.writeBytes(png, file.toPath());
            return file;
        }, this::saved, status, texts.get(MessageKeys.ERROR_EXPORT_CHART)));
    }

    /** Writes the numbers of the chart in view as CSV, in the background. */
    void exportCsv(File file) {
        StatsChart chart = currentChart();
        List<String> header = chart.csvHeader();
        List<List<String>> rows = chart.csvRows();
        executor.execute(UiTask.of(() -> {
            ChartExport.writeCsv(header, rows, file.toPath());
            return file;
        }, this::saved, status, texts.get(MessageKeys.ERROR_EXPORT_CHART)));
    }

    private void saved(File file) {
        status.show(texts.format(MessageKeys.STATS_EXPORTED, file.getName()));
    }

    private Optional<File> chooseFile(String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        chooser.setInitialFileName(chartTabs.getSelectionModel().getSelectedItem().getId() + pattern.substring(1));
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow()));
    }

    private Tab tab(String titleKey, String id, Node content) {
        Tab tab = new Tab(texts.get(titleKey), content);
        tab.setId(id);
        return tab;
    }

    StatsViewModel viewModel() {
        return viewModel;
    }
}
