package app.zonereader.ui;

import app.zonereader.model.StatsFilter;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.geometry.Insets;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Province, zone, tag and date range over every chart of the stats tab. It shows the filter property and writes it;
 * the tree's selection writes the same property, so the bar follows the tree.
 */
final class StatsFilterBar extends FlowPane {
    private final ObjectProperty<StatsFilter> filter;
    private final ComboBox<String> province = choice("statsProvince");
    private final ComboBox<String> zone = choice("statsZone");
    private final ComboBox<String> tag = choice("statsTag");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    /** True while the bar copies the filter into its controls, so that copying does not write the filter back. */
    private boolean showing;

    StatsFilterBar(StatsViewModel viewModel, Texts texts) {
        super(8, 6);
        this.filter = viewModel.filterProperty();
        getStyleClass().add("stats-filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 6, 4, 6));
        StringConverter<String> allWhenEmpty = new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? texts.get(MessageKeys.STATS_FILTER_ANY) : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
        for (ComboBox<String> box : List.of(province, zone, tag)) {
            box.setConverter(allWhenEmpty);
        }
        from.setId("statsFrom");
        to.setId("statsTo");
        from.setPrefWidth(118);
        to.setPrefWidth(118);
        Button clear = new Button(texts.get(MessageKeys.STATS_FILTER_CLEAR));
        clear.setId("statsClearFilter");
        clear.setOnAction(event -> filter.set(StatsFilter.ALL));
        getChildren().addAll(new Label(texts.get(MessageKeys.STATS_FILTER_PROVINCE)), province,
                new Label(texts.get(MessageKeys.STATS_FILTER_ZONE)), zone, new Label(texts.get(MessageKeys.STATS_FILTER_TAG)), tag,
                new Label(texts.get(MessageKeys.STATS_FILTER_FROM)), from, new Label(texts.get(MessageKeys.STATS_FILTER_TO)), to,
                clear);

        province.valueProperty().addListener((o, old, value) -> write(f -> f.withProvince(orEmpty(value))));
        zone.valueProperty().addListener((o, old, value) -> write(f -> f.withZone(orEmpty(value))));
        tag.valueProperty().addListener((o, old, value) -> write(f -> f.withTag(orEmpty(value))));
        from.valueProperty().addListener((o, old, day) -> write(f -> f.withDates(Optional.ofNullable(day),
                f.to().filter(end -> day == null || !end.isBefore(day)))));
        to.valueProperty().addListener((o, old, day) -> write(f -> f.withDates(
                f.from().filter(start -> day == null || !start.isAfter(day)), Optional.ofNullable(day))));
        filter.addListener((o, old, now) -> show(now));
        viewModel.choicesProperty().addListener((o, old, choices) -> {
            offer(province, choices.provinces());
            offer(zone, choices.zones());
            offer(tag, choices.tags());
        });
        show(filter.get());
    }

    ComboBox<String> provinceBox() {
        return province;
    }

    ComboBox<String> zoneBox() {
        return zone;
    }

    ComboBox<String> tagBox() {
        return tag;
    }

    DatePicker fromPicker() {
        return from;
    }

    private void write(java.util.function.UnaryOperator<StatsFilter> change) {
        if (!showing) {
            filter.set(change.apply(filter.get()));
        }
    }

    private void show(StatsFilter shown) {
        showing = true;
        try {
            province.setValue(shown.province());
            zone.setValue(shown.zone());
            tag.setValue(shown.tag());
            from.setValue(shown.from().orElse(null));
            to.setValue(shown.to().orElse(null));
        } finally {
            showing = false;
        }
    }

    private void offer(ComboBox<String> box, List<String> names) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(names);
        showing = true;
        try {
            String kept = box.getValue();
            box.getItems().setAll(items);
            box.setValue(kept);
        } finally {
            showing = false;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static ComboBox<String> choice(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setVisibleRowCount(16);
        box.setPrefWidth(120);
        return box;
    }
}
