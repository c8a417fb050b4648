package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What makes the main window a desktop application rather than a set of panes: the theme and the reader's type (and
 * their View menu), the keyboard, the preferences, shortcuts and About dialogs, icons, and the layout remembered
 * across restarts. {@link MainWindow} builds the panes and hands them here.
 */
final class DesktopChrome {
    /** The parts of the window the chrome works on. */
    record Parts(ZoneTreePane tree, ArticlePane article, SearchBar search, TabPane tabs, List<Tab> tabOrder,
                 SplitPane mainSplit, SplitPane statsSplit, MenuBar menuBar) {
    }

    private final DesktopSettings desktop;
    private final Texts texts;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final AppearanceModel appearance;
    private final LayoutMemory layout;
    /** Called with the new watch folder when the preferences change it; the lead wires it to the folder watcher. */
    private Consumer<Optional<Path>> watchFolderChanged = folder -> { };
    private PreferencesDialog preferencesDialog;
    private Scene scene;

    DesktopChrome(DesktopSettings desktop, Texts texts, TaskExecutor executor, StatusModel status) {
        this.desktop = desktop;
        this.texts = texts;
        this.executor = executor;
        this.status = status;
        this.appearance = new AppearanceModel(desktop.preferences(), desktop.systemTheme());
        this.layout = new LayoutMemory(desktop.preferences());
    }

    void onWatchFolderChanged(Consumer<Optional<Path>> hook) {
        watchFolderChanged = Objects.requireNonNull(hook, "hook");
    }

    /** Theme and reading type now and on every change, shortcuts, tooltips, remembered layout, icons. */
    void install(Scene windowScene, Parts parts) {
        scene = windowScene;
        ThemeSupport.apply(appearance.themeProperty().get(), scene);
        appearance.themeProperty().addListener((observable, old, theme) -> ThemeSupport.apply(theme, scene));
        parts.article().applyReading(appearance.readingProperty().get());
        appearance.readingProperty().addListener((observable, old, style) -> parts.article().applyReading(style));
        WindowShortcuts.install(scene, new ArticleStepper(parts.tree()), parts.tabs(), parts.tabOrder(),
                appearance, this::showShortcuts);
        parts.search().setTooltipText(texts.get(MessageKeys.SHORTCUT_FIND) + " (" + ShortcutList.FIND.getDisplayText() + ")");
        layout.track("main", parts.mainSplit());
        layout.track("stats", parts.statsSplit());
        parts.tree().expandAtFirstFill(layout.savedExpandedNodes());
        layout.trackExpandedNodes(parts.tree()::expandedKeys);
        scene.windowProperty().addListener((observable, old, window) -> {
            if (window != null) {
                layout.saveWhenHidden(window);
            }
        });
        Icons.decorate(parts.menuBar());
    }

    /** Edit → Preferences…, the View menu (theme, text size) before Help, Help → Keyboard shortcuts. */
    void addMenus(MenuBar menuBar, Menu edit, Menu help) {
        MenuItem preferencesItem = MenuItems.of(texts, MessageKeys.MENU_PREFERENCES, "", this::showPreferences);
        preferencesItem.setAccelerator(ShortcutList.PREFERENCES);
        edit.getItems().addAll(new SeparatorMenuItem(), preferencesItem);
        Menu view = new Menu(texts.get(MessageKeys.MENU_VIEW), null, themeItems().toArray(MenuItem[]::new));
        view.setId(MessageKeys.MENU_VIEW);
        view.getItems().addAll(new SeparatorMenuItem(),
                item(MessageKeys.MENU_FONT_BIGGER, ShortcutList.FONT_BIGGER, () -> appearance.stepFontSize(1)),
                item(MessageKeys.MENU_FONT_SMALLER, ShortcutList.FONT_SMALLER, () -> appearance.stepFontSize(-1)),
                item(MessageKeys.MENU_FONT_RESET, ShortcutList.FONT_RESET, appearance::resetFontSize));
        menuBar.getMenus().add(menuBar.getMenus().indexOf(help), view);
        help.getItems().add(0, item(MessageKeys.MENU_SHORTCUTS, ShortcutList.SHORTCUTS, this::showShortcuts));
    }

    /** Light and dark as radio items that follow the theme, and a toggle with its shortcut. */
    private List<MenuItem> themeItems() {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (UserPreferences.Theme theme : UserPreferences.Theme.values()) {
            String key = theme == UserPreferences.Theme.DARK ? MessageKeys.MENU_THEME_DARK : MessageKeys.MENU_THEME_LIGHT;
            RadioMenuItem item = new RadioMenuItem(texts.get(key));
            item.setId(key);
            item.setToggleGroup(group);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(event -> appearance.setTheme(theme));
            appearance.themeProperty().addListener((observable, old, shown) -> item.setSelected(shown == theme));
            items.add(item);
        }
        MenuItem toggle = MenuItems.of(texts, MessageKeys.MENU_TOGGLE_THEME, "", appearance::toggleTheme);
        toggle.setAccelerator(ShortcutList.THEME);
        items.add(toggle);
        return items;
    }

    /** A menu item carrying the first of its key combinations (the window installs the others). */
    private MenuItem item(String key, List<KeyCombination> keys, Runnable action) {
        MenuItem item = MenuItems.of(texts, key, "", action);
        item.setAccelerator(keys.get(0));
        return item;
    }

    void showAbout(Scene owner) {
        new AboutDialog(owner, texts, AboutInfo.bundled(), desktop.libraryLocation()).show();
    }

    void showShortcuts() {
        new ShortcutsDialog(scene, texts).show();
    }

    /** Opens the preferences; OK stores them. Shown without blocking, so tests can drive it like a reader. */
    void showPreferences() {
        Locale language = texts.locale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.locale();
        PreferencesChoices current = PreferencesChoices.of(desktop.preferences(), appearance.themeProperty().get(), language);
        PreferencesDialog shown = new PreferencesDialog(scene, texts, current, this::loadCjkFamilies);
        preferencesDialog = shown;
        shown.setOnHidden(event -> Optional.ofNullable(shown.getResult())
                .ifPresent(chosen -> chosen.store(desktop.preferences(), appearance, watchFolderChanged)));
        shown.show();
    }

    /** The installed families with Chinese glyphs, found in the background (it loads every font). */
    private void loadCjkFamilies(Consumer<List<String>> offer) {
        List<String> families = Font.getFamilies();
        executor.execute(UiTask.of(() -> CjkFamilies.among(families), offer, status, texts.get(MessageKeys.PREFS_FONT)));
    }

    AppearanceModel appearance() {
        return appearance;
    }

    LayoutMemory layout() {
        return layout;
    }

    /** The preferences dialog last opened, for tests. */
    PreferencesDialog preferencesDialog() {
        return preferencesDialog;
    }
}
