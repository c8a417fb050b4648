package app.zonereader.ui;

import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the stats charts share: horizontal bar charts whose long Chinese names stay level and readable (the chart grows
 * taller with its rows and its pane scrolls), whole-number count axes, and bars with an exact tooltip and a click.
 */
final class Bars {
    /** Vertical room per bar, enough for one line of CJK axis label. */
    static final double ROW_HEIGHT = 26;
    static final double CHART_CHROME = 110;
    private static final double MIN_GAP = 6;
    private static final double MAX_BAR_THICKNESS = 34;

    private Bars() {
    }

    static BarChart<Number, String> horizontal(String title, String id, String axisLabel) {
        BarChart<Number, String> chart = new BarChart<>(countAxis(axisLabel), nameAxis());
        setUp(chart, title, id);
        chart.setCategoryGap(MIN_GAP);
        // With few categories the bars would grow fat; widen the gaps instead so bars stay a readable thickness.
        chart.heightProperty().addListener((observable, old, height) -> fitGaps(chart));
        return chart;
    }

    static StackedBarChart<Number, String> stackedHorizontal(String title, String id, String axisLabel) {
        StackedBarChart<Number, String> chart = new StackedBarChart<>(countAxis(axisLabel), nameAxis());
        setUp(chart, title, id);
        chart.setCategoryGap(MIN_GAP);
        chart.heightProperty().addListener((observable, old, height) -> fitGaps(chart));
        return chart;
    }

    /** A data point whose bar shows {@code tooltip} and runs {@code onClick} when clicked. */
    static <X, Y> XYChart.Data<X, Y> bar(X x, Y y, String tooltip, Runnable onClick) {
        XYChart.Data<X, Y> data = new XYChart.Data<>(x, y);
        data.nodeProperty().addListener((observable, old, node) -> {
            if (node != null) {
                makeClickable(node, tooltip, onClick);
            }
        });
        return data;
    }

    static void makeClickable(Node node, String tooltip, Runnable onClick) {
        node.setCursor(Cursor.HAND);
        Tooltip tip = new Tooltip(tooltip);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tip);
        node.setOnMouseClicked(event -> onClick.run());
    }

    /**
     * Puts the names on the category axis in this order, top row first. Set before the data: an auto-ranging
     * category axis keeps the order of the data it saw first, so a second filling would come out shuffled.
     */
    static void rows(XYChart<Number, String> chart, List<String> names) {
        ((CategoryAxis) chart.getYAxis()).setCategories(FXCollections.observableArrayList(topDown(names)));
    }

    /** Room for {@code rows} bars; the chart is never shorter than that, so its pane scrolls instead. */
    static void fitRows(XYChart<?, ?> chart, int rows) {
        chart.setMinHeight(CHART_CHROME + ROW_HEIGHT * rows);
    }

    /** Whole-number ticks, about five of them, so small libraries do not show "0.5 articles". */
    static void wholeNumbers(NumberAxis axis, int max) {
        int top = Math.max(1, max);
        double unit = Math.max(1, Math.ceil(top / 5.0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(unit * Math.ceil(top / unit));
        axis.setTickUnit(unit);
    }

    static <Y> void fitGaps(BarChart<Number, Y> chart) {
        chart.setCategoryGap(gap(chart, chart.getData().size()));
    }

    static <Y> void fitGaps(StackedBarChart<Number, Y> chart) {
        chart.setCategoryGap(gap(chart, 1));
    }

    private static double gap(XYChart<Number, ?> chart, int barsPerCategory) {
        int categories = chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
        if (categories == 0) {
            return MIN_GAP;
        }
        double perCategory = (chart.getHeight() - CHART_CHROME) / categories;
        return Math.max(MIN_GAP, perCategory - MAX_BAR_THICKNESS * barsPerCategory);
    }

    /** The rows reversed: a horizontal chart draws its first category at the bottom, and the first row goes on top. */
    static <T> List<T> topDown(List<T> rows) {
        List<T> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        return reversed;
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis counts = new NumberAxis();
        counts.setLabel(label);
        counts.setMinorTickVisible(false);
        return counts;
    }

    private static CategoryAxis nameAxis() {
        CategoryAxis names = new CategoryAxis();
        names.setTickLabelGap(6);
        return names;
    }

    private static void setUp(XYChart<?, ?> chart, String title, String id) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinWidth(240);
    }
}
