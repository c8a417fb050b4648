package app.zonereader.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;

/** Help → Keyboard shortcuts (F1, Ctrl+/): every shortcut of the window as a table, keys and what they do. */
final class ShortcutsDialog extends Alert {
    private final TableView<ShortcutList.Shortcut> table = new TableView<>();

    ShortcutsDialog(Scene owner, Texts texts) {
        super(AlertType.NONE, "", ButtonType.CLOSE);
        initOwner(owner.getWindow());
        ThemeSupport.style(getDialogPane(), owner);
        getDialogPane().setId("shortcutsDialog");
        setTitle(texts.get(MessageKeys.SHORTCUTS_TITLE));
        setHeaderText(texts.get(MessageKeys.SHORTCUTS_TITLE));
        TableColumn<ShortcutList.Shortcut, String> keys = new TableColumn<>(texts.get(MessageKeys.SHORTCUTS_KEYS));
        keys.getStyleClass().add("keys-column");
        keys.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().keysText()));
        keys.setPrefWidth(190);
        TableColumn<ShortcutList.Shortcut, String> action = new TableColumn<>(texts.get(MessageKeys.SHORTCUTS_ACTION));
        action.setCellValueFactory(row -> new ReadOnlyStringWrapper(texts.get(row.getValue().actionKey())));
        action.setPrefWidth(380);
        table.getColumns().setAll(List.of(keys, action));
        table.getItems().setAll(ShortcutList.all());
        table.setId("shortcutsTable");
        table.getStyleClass().add("shortcuts-table");
        table.setPrefHeight(520);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getDialogPane().setContent(new VBox(8, table, new Label(texts.get(MessageKeys.SHORTCUTS_HINT))));
        setResizable(true);
    }

    TableView<ShortcutList.Shortcut> table() {
        return table;
    }
}
