package app.zonereader.ui;

import app.zonereader.model.CountByName;
import app.zonereader.model.Zone;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Name, short name, province and city of a zone the bundled list lacks; the names imports reported are offered, and
 * choosing one fills in the short name. Its result is the new zone (no aliases, no approval year).
 */
final class AddZoneDialog extends Dialog<Zone> {
    private final TextField name = field("zoneName");
    private final TextField shortName = field("zoneShortName");
    private final TextField province = field("zoneProvince");
    private final TextField city = field("zoneCity");
    private final ComboBox<CountByName> unknown = new ComboBox<>();

    AddZoneDialog(Texts texts, CorrectionEdits edits) {
        setTitle(texts.get(MessageKeys.ZONE_ADD_TITLE));
        setHeaderText(texts.get(MessageKeys.ZONE_ADD_TITLE));
        unknown.setId("unknownZoneNames");
        unknown.setConverter(new StringConverter<>() {
            @Override
            public String toString(CountByName name) {
                return name == null ? "" : texts.format(MessageKeys.ZONE_ADD_UNKNOWN_ITEM, name.name(), name.count());
            }

            @Override
            public CountByName fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        });
        unknown.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                shortName.setText(chosen.name());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(texts.get(MessageKeys.ZONE_ADD_UNKNOWN)), unknown);
        grid.addRow(1, new Label(texts.get(MessageKeys.ZONE_ADD_SHORT)), shortName);
        grid.addRow(2, new Label(texts.get(MessageKeys.ZONE_ADD_NAME)), name);
        grid.addRow(3, new Label(texts.get(MessageKeys.ZONE_ADD_PROVINCE)), province);
        grid.addRow(4, new Label(texts.get(MessageKeys.ZONE_ADD_CITY)), city);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> List.of(name, shortName, province).stream().anyMatch(field -> field.getText().isBlank()),
                name.textProperty(), shortName.textProperty(), province.textProperty()));
        setResultConverter(button -> button == ButtonType.OK ? new Zone(name.getText().strip(),
                shortName.getText().strip(), List.of(), province.getText().strip(), city.getText().strip(), 0) : null);
        edits.loadUnknownNames(names -> unknown.getItems().setAll(names));
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
