package app.zonereader.ui;

import app.zonereader.model.CountByName;
import app.zonereader.model.HighlightColor;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The filters above the annotations table: one toggle per highlight colour, a zone and a tag box (choices from the
 * tree), and a text field whose typing is debounced so a query runs once the reader pauses.
 */
final class AnnotationFilterBar extends HBox {
    /** How long the text field waits after the last keystroke before filtering. */
    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final AnnotationsViewModel viewModel;
    private final Texts texts;
    private final List<ToggleButton> colorToggles = new ArrayList<>();
    private final ComboBox<String> zones = new ComboBox<>();
    private final ComboBox<String> tags = new ComboBox<>();
    private final TextField text = new TextField();
    /** True while new choices go into a box: its value flickers then, which is no choice of the reader's. */
    private boolean offering;

    AnnotationFilterBar(AnnotationsViewModel viewModel, Texts texts, ObservableValue<ZoneTreeViewModel.Content> treeContent,
                        ObservableValue<List<CountByName>> treeTags) {
        this.viewModel = viewModel;
        this.texts = texts;
        getStyleClass().add("annotation-filter-bar");
        for (HighlightColor color : HighlightColor.values()) {
            colorToggles.add(colorToggle(color));
        }
        getChildren().addAll(colorToggles);

        configureChoice(zones, "annotationZoneFilter", MessageKeys.ANNOTATIONS_ANY_ZONE);
        zones.valueProperty().addListener((observable, old, zone) -> choose(viewModel.zoneProperty(), zone));
        treeContent.addListener((observable, old, content) -> offer(zones, zoneNames(content)));
        offer(zones, zoneNames(treeContent.getValue()));

        configureChoice(tags, "annotationTagFilter", MessageKeys.ANNOTATIONS_ANY_TAG);
        tags.valueProperty().addListener((observable, old, tag) -> choose(viewModel.tagProperty(), tag));
        treeTags.addListener((observable, old, counts) -> offer(tags, counts.stream().map(CountByName::name).toList()));
        offer(tags, treeTags.getValue().stream().map(CountByName::name).toList());

        text.setId("annotationTextFilter");
        text.setPromptText(texts.get(MessageKeys.ANNOTATIONS_FILTER_PROMPT));
        HBox.setHgrow(text, Priority.ALWAYS);
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(event -> viewModel.textProperty().set(text.getText()));
        text.textProperty().addListener((observable, old, now) -> typing.playFromStart());
        getChildren().addAll(zones, tags, text);
    }

    private ToggleButton colorToggle(HighlightColor color) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("color-swatch", "swatch-" + color.code());
        ToggleButton toggle = new ToggleButton(null, swatch);
        toggle.setId("colorFilter-" + color.code());
        toggle.getStyleClass().add("color-toggle");
        toggle.setTooltip(new Tooltip(colorName(texts, color) + " · " + texts.get(MessageKeys.ANNOTATIONS_COLOR_TOOLTIP)));
        // The swatch says nothing to a screen reader; its name does.
        toggle.setAccessibleText(colorName(texts, color));
        toggle.selectedProperty().addListener((observable, was, selected) -> viewModel.colorsProperty().set(chosenColors()));
        return toggle;
    }

    private Set<HighlightColor> chosenColors() {
        Set<HighlightColor> chosen = EnumSet.noneOf(HighlightColor.class);
        for (int i = 0; i < colorToggles.size(); i++) {
            if (colorToggles.get(i).isSelected()) {
                chosen.add(HighlightColor.values()[i]);
            }
        }
        return Set.copyOf(chosen);
    }

    static String colorName(Texts texts, HighlightColor color) {
        return texts.get(switch (color) {
            case YELLOW -> MessageKeys.ANNOTATIONS_COLOR_YELLOW;
            case GREEN -> MessageKeys.ANNOTATIONS_COLOR_GREEN;
            case BLUE -> MessageKeys.ANNOTATIONS_COLOR_BLUE;
            case PINK -> MessageKeys.ANNOTATIONS_COLOR_PINK;
            case PURPLE -> MessageKeys.ANNOTATIONS_COLOR_PURPLE;
        });
    }

    /** A box whose first choice, "", reads "All zones" / "All tags". */
    private void configureChoice(ComboBox<String> box, String id, String anyKey) {
        box.setId(id);
        String any = texts.get(anyKey);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? any : value;
            }

            @Override
            public String fromString(String shown) {
                return any.equals(shown) ? "" : shown;
            }
        });
        box.setItems(FXCollections.observableArrayList(""));
        box.setValue("");
    }

    private void choose(StringProperty filter, String value) {
        if (!offering) {
            filter.set(value == null ? "" : value);
        }
    }

    /** Offers new choices, keeping the one in force (even when the library no longer has it, so it can be undone). */
    private void offer(ComboBox<String> box, List<String> names) {
        String current = box.getValue() == null ? "" : box.getValue();
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(names);
        if (!choices.contains(current)) {
            choices.add(current);
        }
        offering = true;
        try {
            box.getItems().setAll(choices);
            box.setValue(current);
        } finally {
            offering = false;
        }
    }

    private static List<String> zoneNames(ZoneTreeViewModel.Content content) {
        List<String> names = new ArrayList<>();
        content.groups().forEach(group -> group.children().stream().filter(TreeEntry.ZoneGroup.class::isInstance)
                .map(zone -> ((TreeEntry.ZoneGroup) zone).name()).forEach(names::add));
        return names;
    }

    List<ToggleButton> colorToggles() {
        return colorToggles;
    }

    ComboBox<String> zoneBox() {
        return zones;
    }

    ComboBox<String> tagBox() {
        return tags;
    }

    TextField textField() {
        return text;
    }
}
