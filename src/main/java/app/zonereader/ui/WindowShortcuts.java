package app.zonereader.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.List;

/**
 * The window-wide keys that are not on a menu: J / K / N to walk the articles, Ctrl+1/2/3 for the tabs, the keypad's
 * font-size keys and Ctrl+/ for the shortcuts list (the menus carry the main combination of each). Plain letters act
 * only while the reader is not typing, so J, K and N still go into the search field and the note editors.
 */
final class WindowShortcuts {
    private WindowShortcuts() {
    }

    /**
     * @param tabs the tabs Ctrl+1, Ctrl+2, Ctrl+3 show, in that order
     */
    static void install(Scene scene, ArticleStepper stepper, TabPane tabPane, List<Tab> tabs, AppearanceModel appearance,
                        Runnable showShortcuts) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!typing(scene.getFocusOwner())) {
                stepKeys(stepper, event);
            }
        });
        for (int i = 0; i < tabs.size() && i < ShortcutList.TABS.size(); i++) {
            Tab tab = tabs.get(i);
            scene.getAccelerators().put(ShortcutList.TABS.get(i), () -> tabPane.getSelectionModel().select(tab));
        }
        // The menu items hold the first combination of each; the alternatives (keypad, Ctrl+/) are the scene's.
        alternatives(scene, ShortcutList.FONT_BIGGER, () -> appearance.stepFontSize(1));
        alternatives(scene, ShortcutList.FONT_SMALLER, () -> appearance.stepFontSize(-1));
        alternatives(scene, ShortcutList.FONT_RESET, appearance::resetFontSize);
        alternatives(scene, ShortcutList.SHORTCUTS, showShortcuts);
    }

    private static void stepKeys(ArticleStepper stepper, KeyEvent event) {
        if (ShortcutList.NEXT.match(event)) {
            stepper.next();
        } else if (ShortcutList.PREVIOUS.match(event)) {
            stepper.previous();
        } else if (ShortcutList.NEXT_UNREAD.match(event)) {
            stepper.nextUnread();
        } else {
            return;
        }
        event.consume();
    }

    private static void alternatives(Scene scene, List<KeyCombination> keys, Runnable action) {
        keys.stream().skip(1).forEach(key -> scene.getAccelerators().put(key, action));
    }

    /** True when the focus is where letters are text: a field, an editable area, an editable combo box. */
    static boolean typing(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl input) {
                return input.isEditable();
            }
            if (node instanceof ComboBoxBase<?> combo) {
                return combo.isEditable();
            }
            if (node instanceof GenericStyledArea<?, ?, ?> area) {
                return area.isEditable();
            }
        }
        return false;
    }
}
