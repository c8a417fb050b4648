package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window at the keyboard and its remembered look: shortcuts, theme and type surviving a restart (a second
 * window over the same preferences node, kept in memory, never the reader's own), the preferences dialog.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopWindowTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final UserPreferences preferences = new UserPreferences(new MemoryPreferences());
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = newWindow();
        stage.setScene(window.createScene());
        stage.show();
    }

    private MainWindow newWindow() {
        return new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.ENGLISH), List.of(),
                new RecordingExporter(), new DesktopSettings(preferences, UserPreferences.Theme.LIGHT, "/tmp/library.db"));
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> window.treePane().selectArticle(id));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.treePane().treeView().requestFocus());
    }

    private long selectedId() {
        return OnFx.get(() -> {
            TreeItem<TreeEntry> selected = window.treePane().treeView().getSelectionModel().getSelectedItem();
            return ((TreeEntry.Item) selected.getValue()).summary().id();
        });
    }

    private long shownId() {
        return window.articleModel().shownProperty().get().orElseThrow().id();
    }

    /** The size the body's first text run is drawn in, once styled and laid out (both only on the JavaFX thread). */
    private static double bodyFontSize(MainWindow shown) {
        return OnFx.get(() -> {
            StyleClassedTextArea area = shown.articlePane().body().area();
            area.applyCss();
            area.layout();
            Text text = (Text) area.lookupAll(".text").stream().filter(node -> node instanceof Text).findFirst().orElseThrow();
            return text.getFont().getSize();
        });
    }

    private String selectedTabId() {
        return OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem().getId());
    }

    private boolean popupShowing() {
        return OnFx.get(() -> window.articlePane().popup().isShowing());
    }

    @Test
    void ctrlFPutsTheCaretInTheSearchField(FxRobot robot) {
        open(robot, 1);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(OnFx.get(() -> window.searchBar().field().isFocused()));
    }

    @Test
    void jAndKWalkTheArticlesInTreeOrderLoadingZonesOnTheWay(FxRobot robot) {
        open(robot, 1);
        robot.push(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, selectedId());
        robot.push(KeyCode.J); // into 璧山高新区, whose items load when it unfolds
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, selectedId());
        assertEquals(3, shownId(), "the article opens as well");
        robot.push(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, selectedId());
    }

    @Test
    void nGoesToTheNextUnreadArticleSkippingReadOnes(FxRobot robot) {
        library.setRead(2, true);
        library.setRead(3, true);
        robot.interact(() -> window.refreshAll());
        open(robot, 1);
        robot.push(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, selectedId(), "璧山's only article is read, so N passes its zone by");
    }

    @Test
    void lettersTypedInTheSearchFieldAreText(FxRobot robot) {
        open(robot, 1);
        robot.interact(() -> window.searchBar().field().requestFocus());
        robot.push(KeyCode.J);
        assertEquals("j", OnFx.get(() -> window.searchBar().field().getText()));
        assertEquals(1, selectedId());
    }

    @Test
    void ctrlDigitsShowTheTabsInTheirOrder(FxRobot robot) {
        open(robot, 1);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals("statsTab", selectedTabId());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertEquals(window.annotationsTab(), OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem()));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals("articleTab", selectedTabId());
    }

    @Test
    void escClosesTheHighlightPopup(FxRobot robot) {
        open(robot, 1);
        robot.interact(() -> {
            window.articlePane().body().area().requestFocus();
            window.articlePane().body().select(0, 4);
        });
        robot.push(KeyCode.CONTROL, KeyCode.H);
        assertTrue(popupShowing());
        robot.push(KeyCode.ESCAPE);
        assertFalse(popupShowing());
    }

    @Test
    void ctrlEqualsAndMinusChangeTheBodySizeAndCtrl0ResetsIt(FxRobot robot) {
        open(robot, 1);
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE, bodyFontSize(window), 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE + 2, bodyFontSize(window), 0.01);
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE + 2, preferences.fontSize(), 0.01, "remembered");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE + 1, bodyFontSize(window), 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE, bodyFontSize(window), 0.01);
    }

    @Test
    void themeFontAndLayoutSurviveARestart(FxRobot robot) throws Exception {
        open(robot, 1);
        robot.interact(() -> window.menuItem(MessageKeys.MENU_THEME_DARK).fire());
        assertEquals(UserPreferences.Theme.DARK, themeShown(stage));
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.interact(() -> {
            window.treePane().selectZone("东湖高新区");
            splitOf(stage.getScene()).setDividerPositions(0.42);
        });
        robot.interact(() -> stage.hide()); // closing saves the layout

        MainWindow again = newWindow();
        Stage second = OnFx.get(() -> {
            Stage restarted = new Stage();
            restarted.setScene(again.createScene());
            restarted.show();
            return restarted;
        });
        WaitForAsyncUtils.waitForFxEvents();
        window = again;
        open(robot, 1);
        assertEquals(UserPreferences.Theme.DARK, themeShown(second));
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE + 1, bodyFontSize(again), 0.01);
        assertEquals(0.42, OnFx.get(() -> splitOf(second.getScene()).getDividerPositions()[0]), 0.01);
        Set<String> expanded = OnFx.get(() -> again.treePane().expandedKeys());
        assertTrue(expanded.contains("zone:东湖高新区"), expanded.toString());
        robot.interact(second::hide);
    }

    private static UserPreferences.Theme themeShown(Stage shown) {
        return OnFx.get(() -> ThemeSupport.shown(shown.getScene()));
    }

    /** Call on the JavaFX thread. */
    private static SplitPane splitOf(Scene scene) {
        return (SplitPane) scene.getRoot().lookup(".split-pane");
    }

    @Test
    void thePreferencesDialogWritesThePreferences(FxRobot robot) {
        List<Optional<Path>> watched = new ArrayList<>();
        robot.interact(() -> window.onWatchFolderChanged(watched::add));
        robot.interact(() -> window.menuItem(MessageKeys.MENU_PREFERENCES).fire());
        PreferencesDialog dialog = window.chrome().preferencesDialog();
        robot.interact(() -> {
            dialog.libraryFile.setText("/tmp/other.db");
            dialog.theme.setValue(UserPreferences.Theme.DARK);
            dialog.fontSize.getValueFactory().setValue(20.0);
            dialog.lineSpacing.getValueFactory().setValue(2.0);
            dialog.fullWidth.setSelected(true);
            dialog.language.setValue(Locale.SIMPLIFIED_CHINESE);
            dialog.importLimitMb.getEditor().setText("12"); // typed, not yet committed with Enter
            dialog.watchFolder.setText("/tmp/inbox");
        });
        robot.interact(() -> ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());

        assertEquals(Optional.of(Path.of("/tmp/other.db")), preferences.libraryFile());
        assertEquals(Optional.of(UserPreferences.Theme.DARK), preferences.theme());
        assertEquals(UserPreferences.Theme.DARK, themeShown(stage), "the theme changes at once");
        assertEquals(20, preferences.fontSize(), 0.01);
        assertEquals(2.0, preferences.lineSpacing(), 0.01);
        assertEquals(0, preferences.columnWidth(), 0.01);
        assertEquals("zh", preferences.language().orElseThrow().getLanguage());
        assertEquals(12 * 1024 * 1024, preferences.importMaxBytes());
        assertEquals(Optional.of(Path.of("/tmp/inbox")), preferences.watchFolder());
        assertEquals(List.of(Optional.of(Path.of("/tmp/inbox"))), watched, "the watcher is told once");
    }

    @Test
    void cancellingThePreferencesChangesNothing(FxRobot robot) {
        robot.interact(() -> window.menuItem(MessageKeys.MENU_PREFERENCES).fire());
        PreferencesDialog dialog = window.chrome().preferencesDialog();
        robot.interact(() -> dialog.theme.setValue(UserPreferences.Theme.DARK));
        robot.interact(() -> ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).fire());
        assertTrue(preferences.theme().isEmpty());
        assertEquals(UserPreferences.Theme.LIGHT, themeShown(stage));
    }

    @Test
    void theShortcutsDialogListsTheKeysAndOpensWithF1(FxRobot robot) {
        open(robot, 1);
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(OnFx.get(() -> robot.lookup("#shortcutsTable").query().isVisible()));
        assertEquals(ShortcutList.all().size(), (int) OnFx.get(() -> robot.lookup("#shortcutsTable").queryTableView().getItems().size()));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aboutNamesTheVersionTheLibraryAndTheZoneListDate(FxRobot robot) {
        robot.interact(() -> window.menuItem(MessageKeys.MENU_ABOUT).fire());
        assertEquals("/tmp/library.db", OnFx.get(() -> robot.lookup("#aboutLibrary").queryTextInputControl().getText()));
        String asOf = OnFx.text(robot, "#aboutGazetteer");
        assertTrue(asOf.matches("\\d{4}-\\d{2}-\\d{2}"), asOf);
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryButton().fire());
    }

    @Test
    void everyToolbarButtonHasATooltipAndAnIcon() {
        List<javafx.scene.control.ButtonBase> buttons = OnFx.get(() -> window.articlePane().toolbar().getItems().stream()
                .map(item -> (javafx.scene.control.ButtonBase) item).toList());
        buttons.forEach(button -> {
            assertTrue(OnFx.get(() -> button.getTooltip() != null && !button.getTooltip().getText().isBlank()), button.getId());
            assertTrue(OnFx.get(() -> button.getGraphic() != null), button.getId());
        });
    }
}
