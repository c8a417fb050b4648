package app.zonereader.ui;

import app.zonereader.model.CrossCount;
import app.zonereader.model.StatsFilter;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles per month (the page's date, else the import date), stacked by province; with a zone chosen, that zone's
 * months alone. Clicking a segment lists that month's articles of that province.
 */
final class OverTimeChart extends ScrollPane implements StatsChart {
    /** Width per month, so a long run of months scrolls sideways instead of crushing its labels. */
    private static final double MONTH_WIDTH = 34;

    private final Texts texts;
    private final StackedBarChart<String, Number> chart;
    private List<CrossCount> shown = List.of();

    OverTimeChart(StatsViewModel viewModel, Texts texts, StatsSlices slices) {
        this.texts = texts;
        NumberAxis counts = new NumberAxis();
        counts.setLabel(texts.get(MessageKeys.STATS_ARTICLES));
        counts.setMinorTickVisible(false);
        chart = new StackedBarChart<>(new CategoryAxis(), counts);
        chart.setId("overTimeChart");
        chart.setTitle(texts.get(MessageKeys.STATS_PER_MONTH));
        chart.setAnimated(false);
        setContent(chart);
        setFitToHeight(true);
        setFitToWidth(true);
        viewModel.snapshotProperty().addListener((observable, old, snapshot) -> fill(snapshot.perMonth(), snapshot.filter(),
                slices));
    }

    StackedBarChart<String, Number> chart() {
        return chart;
    }

    @Override
    public Node picture() {
        return chart;
    }

    @Override
    public List<String> csvHeader() {
        return List.of(texts.get(MessageKeys.STATS_COLUMN_MONTH), texts.get(MessageKeys.STATS_FILTER_PROVINCE),
                texts.get(MessageKeys.STATS_ARTICLES));
    }

    @Override
    public List<List<String>> csvRows() {
        return shown.stream().map(c -> List.of(c.row(), provinceName(c.column()), String.valueOf(c.count()))).toList();
    }

    private void fill(List<CrossCount> perMonth, StatsFilter filter, StatsSlices slices) {
        shown = perMonth;
        List<String> months = perMonth.stream().map(CrossCount::row).distinct().toList();
        Map<String, XYChart.Series<String, Number>> byProvince = new LinkedHashMap<>();
        Map<String, Integer> monthTotals = new LinkedHashMap<>();
        perMonth.forEach(c -> monthTotals.merge(c.row(), c.count(), Integer::sum));
        for (CrossCount count : perMonth) {
            String province = provinceName(count.column());
            XYChart.Series<String, Number> series = byProvince.computeIfAbsent(province, name -> {
                XYChart.Series<String, Number> created = new XYChart.Series<>();
                created.setName(name);
                return created;
            });
            String tooltip = texts.format(MessageKeys.STATS_TOOLTIP_MONTH, count.row(), province, count.count(),
                    monthTotals.get(count.row()));
            StatsFilter slice = filter.withinMonth(count.row());
            // "No province" is not a filter value: such a segment lists the whole month.
            boolean wholeMonth = count.column().isEmpty() || !filter.zone().isEmpty();
            StatsFilter narrowed = wholeMonth ? slice : slice.withProvince(count.column());
            String caption = wholeMonth ? count.row() : count.row() + " · " + province;
            series.getData().add(Bars.bar(count.row(), count.count(), tooltip, () -> slices.show(narrowed, caption)));
        }
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(months));
        Bars.wholeNumbers((NumberAxis) chart.getYAxis(), monthTotals.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        chart.getData().setAll(new ArrayList<>(byProvince.values()));
        chart.setMinWidth(Math.max(320, 140 + MONTH_WIDTH * months.size()));
    }

    private String provinceName(String province) {
        return province.isEmpty() ? texts.get(MessageKeys.STATS_NO_PROVINCE) : province;
    }
}
