package app.zonereader.ui;

import app.zonereader.model.Zone;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A searchable list of the zones, "No zone" first: typing narrows it by any name of a zone, in Simplified or
 * Traditional characters (the library does the matching, in the background); Enter or a double click chooses. Its
 * result is the chosen zone's short name, "" for no zone.
 */
final class ZonePickerDialog extends Dialog<String> {
    /** One line of the list: a zone, or the "No zone" choice. */
    record Choice(Optional<Zone> zone) {
        String shortName() {
            return zone.map(Zone::shortName).orElse("");
        }
    }

    private final TextField filter = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final Texts texts;

    /** @param current the article's zone short name now, "" for none; it starts selected */
    ZonePickerDialog(Texts texts, CorrectionEdits edits, String current) {
        this.texts = texts;
        setTitle(texts.get(MessageKeys.ZONE_PICKER_TITLE));
        setHeaderText(texts.get(MessageKeys.ZONE_PICKER_TITLE));
        filter.setId("zonePickerFilter");
        filter.setPromptText(texts.get(MessageKeys.ZONE_PICKER_PROMPT));
        list.setId("zonePickerList");
        list.setPrefSize(460, 360);
        list.setCellFactory(view -> new ChoiceCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, filter, list));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        filter.textProperty().addListener((observable, old, typed) -> edits.findZones(typed, zones -> show(typed, zones, "")));
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        filter.setOnAction(event -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem().shortName());
                close();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem().shortName());
                close();
            }
        });
        setResultConverter(button -> button == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().shortName() : null);
        edits.findZones("", zones -> show("", zones, current));
        Platform.runLater(filter::requestFocus);
    }

    /** Shows what the typed text found, unless the reader has typed on since (a newer answer is coming). */
    private void show(String typed, List<Zone> zones, String select) {
        if (!typed.equals(filter.getText())) {
            return;
        }
        List<Choice> choices = new ArrayList<>();
        if (typed.isBlank()) {
            choices.add(new Choice(Optional.empty()));
        }
        zones.forEach(zone -> choices.add(new Choice(Optional.of(zone))));
        list.getItems().setAll(choices);
        choices.stream().filter(choice -> choice.shortName().equals(select) && (typed.isBlank() || !select.isEmpty()))
                .findFirst().ifPresentOrElse(choice -> {
                    list.getSelectionModel().select(choice);
                    list.scrollTo(choice);
                }, () -> list.getSelectionModel().selectFirst());
    }

    ListView<Choice> list() {
        return list;
    }

    /** A zone as "永川高新区 · 重庆 — 重庆永川高新技术产业开发区"; one label, its text replaced on reuse. */
    private final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                return;
            }
            setText(choice.zone().map(zone -> zone.shortName() + " · " + zone.province() + " — " + zone.name())
                    .orElse(texts.get(MessageKeys.ZONE_PICKER_NONE)));
        }
    }
}
