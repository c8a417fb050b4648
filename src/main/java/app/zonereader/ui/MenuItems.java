package app.zonereader.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items whose id is their text's key, so tests can find them in any language. */
final class MenuItems {
    private MenuItems() {
    }

    /** @param accelerator e.g. "Shortcut+O"; "" for none */
    static MenuItem of(Texts texts, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(key);
        if (!accelerator.isEmpty()) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
