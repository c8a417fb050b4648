package app.zonereader.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/**
 * Every keyboard shortcut of the window, in one place: the window installs its own from here, and the "Keyboard
 * shortcuts" dialog lists them all, so the dialog cannot go stale ({@code ShortcutListTest} checks every accelerator
 * of the scene and the menus is listed). Shortcuts other panes install keep their code there and are named here.
 */
final class ShortcutList {
    /** @param keys one or more key combinations doing the same; @param actionKey the message key saying what */
    record Shortcut(List<KeyCombination> keys, String actionKey) {
        Shortcut {
            keys = List.copyOf(keys);
        }

        /** The keys as the platform writes them ("Ctrl+F", "⌘F"), alternatives separated by " / ". */
        String keysText() {
            return String.join(" / ", keys.stream().map(KeyCombination::getDisplayText).toList());
        }
    }

    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    static final KeyCombination BOOKMARK = KeyCombination.keyCombination("Shortcut+D");
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.J);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.K);
    static final KeyCombination NEXT_UNREAD = new KeyCodeCombination(KeyCode.N);
    static final List<KeyCombination> TABS = List.of(KeyCombination.keyCombination("Shortcut+1"),
            KeyCombination.keyCombination("Shortcut+2"), KeyCombination.keyCombination("Shortcut+3"));
    /** Ctrl+= is Ctrl++ on most keyboards (shifted or not), and the keypad has its own. */
    static final List<KeyCombination> FONT_BIGGER = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    static final List<KeyCombination> FONT_SMALLER = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    static final List<KeyCombination> FONT_RESET = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));
    static final List<KeyCombination> SHORTCUTS = List.of(new KeyCodeCombination(KeyCode.F1),
            new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN));
    static final KeyCombination PREFERENCES = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination THEME = KeyCombination.keyCombination("Shortcut+Shift+L");

    // The article's corrections (CorrectionMenu puts them on the scene); Ctrl+Shift+L is the theme's, so "this is an
    // article" takes W (文章).
    static final KeyCombination CORRECT_TITLE = KeyCombination.keyCombination("Shortcut+Shift+T");
    static final KeyCombination CORRECT_SUBTITLE = KeyCombination.keyCombination("Shortcut+Shift+U");
    static final KeyCombination CORRECT_ZONE = KeyCombination.keyCombination("Shortcut+Shift+G");
    static final KeyCombination CORRECT_SPLIT = KeyCombination.keyCombination("Shortcut+Shift+S");
    static final KeyCombination CORRECT_MERGE = KeyCombination.keyCombination("Shortcut+Shift+M");
    static final KeyCombination CORRECT_AS_ARTICLE = KeyCombination.keyCombination("Shortcut+Shift+W");
    static final KeyCombination CORRECT_AS_PHOTO = KeyCombination.keyCombination("Shortcut+Shift+P");
    static final KeyCombination CORRECT_AS_AD = KeyCombination.keyCombination("Shortcut+Shift+A");
    static final KeyCombination CORRECT_NOT_ARTICLE = KeyCombination.keyCombination("Shortcut+Shift+X");
    static final KeyCombination CORRECT_REVIEWED = KeyCombination.keyCombination("Shortcut+Shift+V");
    static final KeyCombination CORRECT_RESTORE = KeyCombination.keyCombination("Shortcut+Shift+R");

    private ShortcutList() {
    }

    /** All of them, grouped as the dialog shows them: finding and moving, reading, the window, files. */
    static List<Shortcut> all() {
        return List.of(
                one(FIND, MessageKeys.SHORTCUT_FIND),
                one(KeyCombination.keyCombination("Down"), MessageKeys.SHORTCUT_RESULTS),
                one(NEXT, MessageKeys.SHORTCUT_NEXT),
                one(PREVIOUS, MessageKeys.SHORTCUT_PREVIOUS),
                one(NEXT_UNREAD, MessageKeys.SHORTCUT_NEXT_UNREAD),
                one(TABS.get(0), MessageKeys.SHORTCUT_TAB_ARTICLE),
                one(TABS.get(1), MessageKeys.SHORTCUT_TAB_STATS),
                one(TABS.get(2), MessageKeys.SHORTCUT_TAB_ANNOTATIONS),
                one(KeyCombination.keyCombination("Enter"), MessageKeys.SHORTCUT_OPEN),
                one(BOOKMARK, MessageKeys.SHORTCUT_BOOKMARK),
                one(KeyCombination.keyCombination("Shortcut+H"), MessageKeys.SHORTCUT_HIGHLIGHT),
                one(KeyCombination.keyCombination("Shortcut+C"), MessageKeys.SHORTCUT_COPY),
                one(KeyCombination.keyCombination("Shortcut+Shift+C"), MessageKeys.SHORTCUT_COPY_CITATION),
                one(KeyCombination.keyCombination("Shortcut+Z"), MessageKeys.SHORTCUT_UNDO),
                one(KeyCombination.keyCombination("Esc"), MessageKeys.SHORTCUT_ESCAPE),
                one(KeyCombination.keyCombination("Shift+F10"), MessageKeys.SHORTCUT_CONTEXT_MENU),
                one(KeyCombination.keyCombination("F2"), MessageKeys.SHORTCUT_RENAME_TAG),
                one(CORRECT_TITLE, MessageKeys.CORRECT_TITLE),
                one(CORRECT_SUBTITLE, MessageKeys.CORRECT_SUBTITLE),
                one(CORRECT_ZONE, MessageKeys.CORRECT_ZONE),
                one(CORRECT_SPLIT, MessageKeys.CORRECT_SPLIT),
                one(CORRECT_MERGE, MessageKeys.CORRECT_MERGE),
                one(CORRECT_AS_ARTICLE, MessageKeys.CORRECT_AS_ARTICLE),
                one(CORRECT_AS_PHOTO, MessageKeys.CORRECT_AS_PHOTO),
                one(CORRECT_AS_AD, MessageKeys.CORRECT_AS_AD),
                one(CORRECT_NOT_ARTICLE, MessageKeys.CORRECT_NOT_ARTICLE),
                one(CORRECT_REVIEWED, MessageKeys.CORRECT_REVIEWED),
                one(CORRECT_RESTORE, MessageKeys.CORRECT_RESTORE),
                new Shortcut(FONT_BIGGER, MessageKeys.MENU_FONT_BIGGER),
                new Shortcut(FONT_SMALLER, MessageKeys.MENU_FONT_SMALLER),
                new Shortcut(FONT_RESET, MessageKeys.MENU_FONT_RESET),
                one(THEME, MessageKeys.MENU_TOGGLE_THEME),
                one(PREFERENCES, MessageKeys.MENU_PREFERENCES),
                one(KeyCombination.keyCombination("F10"), MessageKeys.SHORTCUT_MENU_BAR),
                new Shortcut(SHORTCUTS, MessageKeys.MENU_SHORTCUTS),
                one(KeyCombination.keyCombination("Shortcut+O"), MessageKeys.MENU_IMPORT),
                one(KeyCombination.keyCombination("Shortcut+Shift+O"), MessageKeys.MENU_IMPORT_FOLDER),
                one(KeyCombination.keyCombination("Shortcut+Shift+E"), MessageKeys.MENU_EXPORT),
                one(KeyCombination.keyCombination("Shortcut+Q"), MessageKeys.MENU_QUIT));
    }

    private static Shortcut one(KeyCombination keys, String actionKey) {
        return new Shortcut(List.of(keys), actionKey);
    }
}
