package app.zonereader.ui;

import app.zonereader.model.CountByName;
import app.zonereader.model.StatsFilter;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Articles per zone and per province, side by side, as counts or as shares of the whole. Clicking a bar selects that
 * zone (or province) in the tree and lists its articles.
 */
final class ZoneCountsPane extends BorderPane implements StatsChart {
    private final Texts texts;
    private final BarChart<Number, String> zoneChart;
    private final BarChart<Number, String> provinceChart;
    private final HBox charts;
    private final ToggleButton shares;
    private StatsViewModel.Snapshot shown = StatsViewModel.Snapshot.NONE;

    ZoneCountsPane(StatsViewModel viewModel, Texts texts, Consumer<String> selectZone, Consumer<String> selectProvince,
                   StatsSlices slices) {
        this.texts = texts;
        zoneChart = Bars.horizontal(texts.get(MessageKeys.STATS_PER_ZONE), "zoneChart", texts.get(MessageKeys.STATS_ARTICLES));
        provinceChart = Bars.horizontal(texts.get(MessageKeys.STATS_PER_PROVINCE), "provinceChart",
                texts.get(MessageKeys.STATS_ARTICLES));
        zoneChart.setLegendVisible(false);
        provinceChart.setLegendVisible(false);
        charts = new HBox(zoneChart, provinceChart);
        charts.getStyleClass().add("stats-charts");
        HBox.setHgrow(zoneChart, Priority.ALWAYS);
        HBox.setHgrow(provinceChart, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // Each chart as tall as its own bars need (at least the visible area): 31 provinces beside 170 zones would
        // otherwise be stretched to the zones' height, a bar every few centimetres.
        charts.setFillHeight(false);
        for (XYChart<?, ?> chart : List.of(zoneChart, provinceChart)) {
            Runnable fit = () -> chart.setPrefHeight(Math.max(chart.getMinHeight(), scroll.getViewportBounds().getHeight()));
            scroll.viewportBoundsProperty().addListener((observable, old, bounds) -> fit.run());
            chart.minHeightProperty().addListener((observable, old, height) -> fit.run());
        }
        shares = new ToggleButton(texts.get(MessageKeys.STATS_SHARES));
        shares.setId("sharesToggle");
        setTop(shares);
        setCenter(scroll);
        Runnable redraw = () -> {
            StatsFilter filter = shown.filter();
            fill(zoneChart, shown.perZone(), zone -> {
                selectZone.accept(zone);
                slices.show(filter.withZone(zone), zone);
            });
            fill(provinceChart, shown.perProvince(), province -> {
                selectProvince.accept(province);
                slices.show(filter.withZone("").withProvince(province), province);
            });
        };
        viewModel.snapshotProperty().addListener((observable, old, snapshot) -> {
            shown = snapshot;
            redraw.run();
        });
        shares.selectedProperty().addListener((observable, old, selected) -> redraw.run());
    }

    BarChart<Number, String> zoneChart() {
        return zoneChart;
    }

    BarChart<Number, String> provinceChart() {
        return provinceChart;
    }

    ToggleButton sharesToggle() {
        return shares;
    }

    @Override
    public Node picture() {
        return charts;
    }

    @Override
    public List<String> csvHeader() {
        return List.of(texts.get(MessageKeys.STATS_COLUMN_KIND), texts.get(MessageKeys.STATS_COLUMN_NAME),
                texts.get(MessageKeys.STATS_ARTICLES));
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        shown.perZone().forEach(c -> rows.add(List.of(texts.get(MessageKeys.STATS_FILTER_ZONE), c.name(),
                String.valueOf(c.count()))));
        shown.perProvince().forEach(c -> rows.add(List.of(texts.get(MessageKeys.STATS_FILTER_PROVINCE), c.name(),
                String.valueOf(c.count()))));
        return rows;
    }

    private void fill(BarChart<Number, String> chart, List<CountByName> counts, Consumer<String> onClicked) {
        int total = counts.stream().mapToInt(CountByName::count).sum();
        boolean share = shares.isSelected();
        // Counts stay whole numbers on the bars (and in their tooltips); shares are percentages of the chart's total.
        Function<CountByName, Number> value = share ? c -> 100.0 * c.count() / Math.max(1, total) : CountByName::count;
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (CountByName count : Bars.topDown(counts)) {
            String tooltip = texts.format(MessageKeys.STATS_TOOLTIP_SHARE, count.name(), count.count(),
                    100.0 * count.count() / Math.max(1, total));
            series.getData().add(Bars.bar(value.apply(count), count.name(), tooltip, () -> onClicked.accept(count.name())));
        }
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        axis.setLabel(texts.get(share ? MessageKeys.STATS_SHARE_AXIS : MessageKeys.STATS_ARTICLES));
        if (share) {
            axis.setAutoRanging(true);
        } else {
            Bars.wholeNumbers(axis, counts.stream().mapToInt(CountByName::count).max().orElse(1));
        }
        Bars.rows(chart, counts.stream().map(CountByName::name).toList());
        chart.getData().setAll(List.of(series));
        Bars.fitRows(chart, counts.size());
        Bars.fitGaps(chart);
    }
}
