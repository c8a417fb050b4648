package app.zonereader.ui;

import app.zonereader.model.CountByName;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Two horizontal bar charts, articles per zone and per province. Horizontal bars keep long Chinese zone names
 * level and readable however many zones there are; the charts grow taller instead and the pane scrolls.
 * Clicking a bar selects that zone (or province) in the tree.
 */
final class StatsPane extends ScrollPane {
    /** Vertical room per bar, enough for one line of CJK axis label. */
    private static final double ROW_HEIGHT = 26;
    private static final double CHART_CHROME = 110;
    private static final double MIN_GAP = 6;
    /** The charts' padding inside the scroll pane, so a short chart causes no vertical scroll bar. */
    private static final double VIEWPORT_MARGIN = 20;
    private static final double MAX_BAR_THICKNESS = 34;

    private final Texts texts;
    private final BarChart<Number, String> zoneChart;
    private final BarChart<Number, String> provinceChart;

    StatsPane(StatsViewModel viewModel, Texts texts, Consumer<String> onZoneClicked, Consumer<String> onProvinceClicked) {
        this.texts = texts;
        getStyleClass().add("stats-pane");
        zoneChart = chart(MessageKeys.STATS_PER_ZONE, "zoneChart");
        provinceChart = chart(MessageKeys.STATS_PER_PROVINCE, "provinceChart");
        HBox charts = new HBox(zoneChart, provinceChart);
        charts.getStyleClass().add("stats-charts");
        // Each chart is as tall as its bars need (at least the visible area), not as tall as the other chart.
        charts.setFillHeight(false);
        viewportBoundsProperty().addListener((observable, old, bounds) -> {
            fitHeight(zoneChart);
            fitHeight(provinceChart);
        });
        HBox.setHgrow(zoneChart, Priority.ALWAYS);
        HBox.setHgrow(provinceChart, Priority.ALWAYS);
        setContent(charts);
        setFitToWidth(true);
        viewModel.countsProperty().addListener((observable, old, counts) -> {
            fill(zoneChart, counts.perZone(), onZoneClicked);
            fill(provinceChart, counts.perProvince(), onProvinceClicked);
        });
    }

    BarChart<Number, String> zoneChart() {
        return zoneChart;
    }

    BarChart<Number, String> provinceChart() {
        return provinceChart;
    }

    private BarChart<Number, String> chart(String titleKey, String id) {
        NumberAxis counts = new NumberAxis();
        counts.setLabel(texts.get(MessageKeys.STATS_ARTICLES));
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new NumberAxis.DefaultFormatter(counts) {
            @Override
            public String toString(Number value) {
                return String.valueOf(value.intValue());
            }
        });
        CategoryAxis names = new CategoryAxis();
        names.setTickLabelGap(6);
        BarChart<Number, String> chart = new BarChart<>(counts, names);
        chart.setId(id);
        chart.setTitle(texts.get(titleKey));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(MIN_GAP);
        chart.setMinWidth(320);
        // With few categories the bars would grow fat; widen the gaps instead so bars stay a readable thickness.
        chart.heightProperty().addListener((observable, old, height) -> fitGaps(chart));
        return chart;
    }

    private void fill(BarChart<Number, String> chart, List<CountByName> counts, Consumer<String> onClicked) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A horizontal chart draws its first category at the bottom; reverse so the biggest bar sits on top.
        List<CountByName> topDown = new ArrayList<>(counts);
        Collections.reverse(topDown);
        for (CountByName count : topDown) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(count.count(), count.name());
            bar.nodeProperty().addListener((observable, old, node) -> {
                if (node != null) {
                    makeClickable(node, count, onClicked);
                }
            });
            series.getData().add(bar);
        }
        scaleToWholeNumbers((NumberAxis) chart.getXAxis(), counts);
        chart.getData().setAll(List.of(series));
        chart.setMinHeight(CHART_CHROME + ROW_HEIGHT * counts.size());
        fitHeight(chart);
        fitGaps(chart);
    }

    private void fitHeight(BarChart<Number, String> chart) {
        double visible = getViewportBounds().getHeight() - VIEWPORT_MARGIN;
        chart.setPrefHeight(Math.max(chart.getMinHeight(), visible));
    }

    private static void fitGaps(BarChart<Number, String> chart) {
        int categories = chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
        if (categories > 0) {
            double perCategory = (chart.getHeight() - CHART_CHROME) / categories;
            chart.setCategoryGap(Math.max(MIN_GAP, perCategory - MAX_BAR_THICKNESS));
        }
    }

    private void makeClickable(Node bar, CountByName count, Consumer<String> onClicked) {
        bar.setCursor(Cursor.HAND);
        Tooltip.install(bar, new Tooltip(texts.format(MessageKeys.TREE_GROUP_COUNT, count.name(), count.count())));
        bar.setOnMouseClicked(event -> onClicked.accept(count.name()));
    }

    /** Whole-number ticks, about five of them, so small libraries do not show "0.5 articles". */
    private static void scaleToWholeNumbers(NumberAxis axis, List<CountByName> counts) {
        int max = Math.max(1, counts.stream().mapToInt(CountByName::count).max().orElse(1));
        double unit = Math.max(1, Math.ceil(max / 5.0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(unit * Math.ceil(max / unit));
        axis.setTickUnit(unit);
    }
}
