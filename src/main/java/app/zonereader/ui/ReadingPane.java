package app.zonereader.ui;

import app.zonereader.model.ReadingMark;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.ZoneReading;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How much of each zone the reader has got through: read and unread articles stacked, and bookmarks and annotations
 * side by side. Clicking a bar lists those articles (the zone's unread ones, its bookmarked ones, …).
 */
final class ReadingPane extends ScrollPane implements StatsChart {
    private final Texts texts;
    private final StackedBarChart<Number, String> readChart;
    private final BarChart<Number, String> marksChart;
    private final HBox charts;
    private List<ZoneReading> shown = List.of();

    ReadingPane(StatsViewModel viewModel, Texts texts, StatsSlices slices) {
        this.texts = texts;
        readChart = Bars.stackedHorizontal(texts.get(MessageKeys.STATS_READING_PER_ZONE), "readingChart",
                texts.get(MessageKeys.STATS_ARTICLES));
        marksChart = Bars.horizontal(texts.get(MessageKeys.STATS_MARKS_PER_ZONE), "marksChart",
                texts.get(MessageKeys.STATS_COUNT));
        charts = new HBox(readChart, marksChart);
        HBox.setHgrow(readChart, Priority.ALWAYS);
        HBox.setHgrow(marksChart, Priority.ALWAYS);
        setContent(charts);
        setFitToWidth(true);
        setFitToHeight(true);
        viewModel.snapshotProperty().addListener((observable, old, snapshot) -> {
            shown = snapshot.reading();
            fill(snapshot.reading(), snapshot.filter(), slices);
        });
    }

    StackedBarChart<Number, String> readChart() {
        return readChart;
    }

    @Override
    public Node picture() {
        return charts;
    }

    @Override
    public List<String> csvHeader() {
        return List.of(texts.get(MessageKeys.STATS_FILTER_ZONE), texts.get(MessageKeys.STATS_ARTICLES),
                texts.get(MessageKeys.STATS_READ), texts.get(MessageKeys.STATS_UNREAD),
                texts.get(MessageKeys.STATS_BOOKMARKS), texts.get(MessageKeys.STATS_ANNOTATIONS));
    }

    @Override
    public List<List<String>> csvRows() {
        return shown.stream().map(r -> List.of(zoneName(r.zone()), String.valueOf(r.articles()), String.valueOf(r.read()),
                String.valueOf(r.unread()), String.valueOf(r.bookmarked()), String.valueOf(r.annotations()))).toList();
    }

    private void fill(List<ZoneReading> rows, StatsFilter filter, StatsSlices slices) {
        List<ZoneReading> topDown = Bars.topDown(rows);
        List<String> zones = rows.stream().map(r -> zoneName(r.zone())).toList();
        Bars.rows(readChart, zones);
        Bars.rows(marksChart, zones);
        readChart.getData().setAll(List.of(
                series(MessageKeys.STATS_READ, topDown, ZoneReading::read, ReadingMark.READ, filter, slices),
                series(MessageKeys.STATS_UNREAD, topDown, ZoneReading::unread, ReadingMark.UNREAD, filter, slices)));
        marksChart.getData().setAll(List.of(
                series(MessageKeys.STATS_BOOKMARKS, topDown, ZoneReading::bookmarked, ReadingMark.BOOKMARKED, filter, slices),
                series(MessageKeys.STATS_ANNOTATIONS, topDown, ZoneReading::annotations, ReadingMark.ANNOTATED, filter,
                        slices)));
        Bars.wholeNumbers((NumberAxis) readChart.getXAxis(), rows.stream().mapToInt(ZoneReading::articles).max().orElse(1));
        Bars.wholeNumbers((NumberAxis) marksChart.getXAxis(), rows.stream()
                .mapToInt(r -> Math.max(r.bookmarked(), r.annotations())).max().orElse(1));
        Bars.fitRows(readChart, rows.size());
        Bars.fitRows(marksChart, rows.size() * 2);
        Bars.fitGaps(readChart);
        Bars.fitGaps(marksChart);
    }

    private XYChart.Series<Number, String> series(String nameKey, List<ZoneReading> rows, ToIntFunction<ZoneReading> value,
                                                   ReadingMark mark, StatsFilter filter, StatsSlices slices) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(texts.get(nameKey));
        for (ZoneReading row : rows) {
            String zone = zoneName(row.zone());
            String tooltip = texts.format(MessageKeys.STATS_TOOLTIP_READING, zone, row.articles(), row.read(),
                    row.bookmarked(), row.annotations());
            // Articles without a zone cannot be asked for by zone: their bars show numbers but list nothing.
            Runnable onClick = row.zone().isEmpty() ? () -> { }
                    : () -> slices.show(filter.withZone(row.zone()).withMark(mark), zone + " · " + texts.get(nameKey));
            series.getData().add(Bars.bar(value.applyAsInt(row), zone, tooltip, onClick));
        }
        return series;
    }

    private String zoneName(String zone) {
        return zone.isEmpty() ? texts.get(MessageKeys.STATS_NO_ZONE) : zone;
    }
}
