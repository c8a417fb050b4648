package app.zonereader.ui;

import app.zonereader.model.CountByName;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.ZoneTagMatrix;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * What the filtered articles are about: the top tags as bars, and under them a heat map of the busiest zones against the
 * commonest tags (darker = more articles). Clicking a bar or a cell lists its articles.
 */
final class TopicsPane extends ScrollPane implements StatsChart {

    private final Texts texts;
    private final BarChart<Number, String> tagChart;
    private final GridPane heatMap = new GridPane();
    private final VBox content;
    private StatsViewModel.Snapshot shown = StatsViewModel.Snapshot.NONE;

    TopicsPane(StatsViewModel viewModel, Texts texts, StatsSlices slices) {
        this.texts = texts;
        tagChart = Bars.horizontal(texts.get(MessageKeys.STATS_TOP_TAGS), "tagChart", texts.get(MessageKeys.STATS_ARTICLES));
        tagChart.setLegendVisible(false);
        heatMap.setId("zoneTagHeatMap");
        heatMap.getStyleClass().add("heat-map");
        heatMap.setHgap(2);
        heatMap.setVgap(2);
        Label heatTitle = new Label(texts.get(MessageKeys.STATS_ZONE_TAGS));
        heatTitle.getStyleClass().add("chart-title");
        VBox heat = new VBox(8, heatTitle, heatMap);
        heat.setAlignment(Pos.TOP_LEFT);
        // Bars above the heat map: both get the pane's width, and a heat map wider than that scrolls sideways.
        content = new VBox(16, tagChart, heat);
        content.setPadding(new Insets(0, 8, 8, 8));
        setContent(content);
        setFitToHeight(true);
        viewportBoundsProperty().addListener((observable, old, bounds) -> content.setPrefWidth(bounds.getWidth()));
        viewModel.snapshotProperty().addListener((observable, old, snapshot) -> {
            shown = snapshot;
            fillTags(snapshot.topTags(), snapshot.filter(), slices);
            fillHeatMap(snapshot.zoneTags(), snapshot.filter(), slices);
        });
    }

    BarChart<Number, String> tagChart() {
        return tagChart;
    }

    GridPane heatMap() {
        return heatMap;
    }

    @Override
    public Node picture() {
        return content;
    }

    @Override
    public List<String> csvHeader() {
        List<String> header = new ArrayList<>();
        header.add(texts.get(MessageKeys.STATS_FILTER_ZONE));
        header.addAll(shown.zoneTags().tags());
        return header;
    }

    /** The heat map as a table: a zone per row, a tag per column. */
    @Override
    public List<List<String>> csvRows() {
        ZoneTagMatrix matrix = shown.zoneTags();
        List<List<String>> rows = new ArrayList<>();
        for (String zone : matrix.zones()) {
            List<String> row = new ArrayList<>();
            row.add(zone);
            matrix.tags().forEach(tag -> row.add(String.valueOf(matrix.count(zone, tag))));
            rows.add(row);
        }
        return rows;
    }

    private void fillTags(List<CountByName> tags, StatsFilter filter, StatsSlices slices) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (CountByName tag : Bars.topDown(tags)) {
            series.getData().add(Bars.bar(tag.count(), tag.name(),
                    texts.format(MessageKeys.STATS_TOOLTIP, tag.name(), tag.count()),
                    () -> slices.show(filter.withTag(tag.name()), tag.name())));
        }
        Bars.wholeNumbers((NumberAxis) tagChart.getXAxis(), tags.stream().mapToInt(CountByName::count).max().orElse(1));
        Bars.rows(tagChart, tags.stream().map(CountByName::name).toList());
        tagChart.getData().setAll(List.of(series));
        Bars.fitRows(tagChart, tags.size());
        Bars.fitGaps(tagChart);
    }

    private void fillHeatMap(ZoneTagMatrix matrix, StatsFilter filter, StatsSlices slices) {
        heatMap.getChildren().clear();
        int max = matrix.cells().stream().mapToInt(c -> c.count()).max().orElse(1);
        for (int column = 0; column < matrix.tags().size(); column++) {
            Label tag = new Label(matrix.tags().get(column));
            tag.getStyleClass().add("heat-map-tag");
            tag.setWrapText(true);
            tag.setMaxWidth(44);
            tag.setAlignment(Pos.BOTTOM_CENTER);
            heatMap.add(tag, column + 1, 0);
        }
        for (int row = 0; row < matrix.zones().size(); row++) {
            String zone = matrix.zones().get(row);
            Label name = new Label(zone);
            name.setMinWidth(Region.USE_PREF_SIZE);
            heatMap.add(name, 0, row + 1);
            for (int column = 0; column < matrix.tags().size(); column++) {
                String tag = matrix.tags().get(column);
                heatMap.add(cell(zone, tag, matrix.count(zone, tag), max, filter, slices), column + 1, row + 1);
            }
        }
    }

    private Label cell(String zone, String tag, int count, int max, StatsFilter filter, StatsSlices slices) {
        Label cell = new Label(count == 0 ? "" : String.valueOf(count));
        cell.getStyleClass().add("heat-map-cell");
        cell.setMinSize(44, 26);
        cell.setAlignment(Pos.CENTER);
        double strength = count == 0 ? 0 : 0.15 + 0.85 * count / max;
        cell.setStyle(heatStyle(strength));
        if (count > 0) {
            String caption = zone + " × " + tag;
            Bars.makeClickable(cell, texts.format(MessageKeys.STATS_TOOLTIP, caption, count),
                    () -> slices.show(filter.withZone(zone).withTag(tag), caption));
        }
        return cell;
    }

    /**
     * A cell's colours for a strength in 0…1, from the theme: ladder() picks between the theme's looked-up colours by
     * the brightness of a grey standing for the strength, so the map follows light and dark without Java knowing
     * either; the ink turns from the theme's low ink to its high ink where the fill gets strong.
     */
    static String heatStyle(double strength) {
        String grey = String.format(java.util.Locale.ROOT, "hsb(0, 0%%, %.1f%%)", 100 * strength);
        return "-fx-background-color: ladder(" + grey + ", -zr-heat-few 0%, -zr-heat-many 100%); "
                + "-fx-text-fill: ladder(" + grey + ", -zr-heat-ink-low 55%, -zr-heat-ink-high 56%);";
    }
}
