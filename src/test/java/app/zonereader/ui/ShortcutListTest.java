package app.zonereader.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shortcuts dialog cannot go stale: every accelerator of the window and its menus is in the list, once. */
@ExtendWith(ApplicationExtension.class)
class ShortcutListTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(FakeLibraryService.withSampleArticles(), new CurrentThreadTaskExecutor(),
                Texts.bundle(Locale.ENGLISH), List.of(), new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @Test
    void everyAcceleratorIsListed(FxRobot robot) {
        Set<KeyCombination> listed = new HashSet<>();
        ShortcutList.all().forEach(shortcut -> listed.addAll(shortcut.keys()));
        List<KeyCombination> installed = OnFx.get(() -> {
            List<KeyCombination> found = new ArrayList<>(stage.getScene().getAccelerators().keySet());
            MenuBar menuBar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
            menuBar.getMenus().forEach(menu -> collect(menu, found));
            return found;
        });
        for (KeyCombination keys : installed) {
            assertTrue(listed.contains(keys), keys.getDisplayText() + " is missing from ShortcutList");
        }
    }

    @Test
    void noCombinationIsListedTwiceAndEveryTextExists() {
        List<KeyCombination> all = ShortcutList.all().stream().flatMap(shortcut -> shortcut.keys().stream()).toList();
        assertEquals(all.size(), new HashSet<>(all).size());
        Texts english = new Texts(Texts.bundle(Locale.ENGLISH));
        ShortcutList.all().forEach(shortcut -> assertTrue(!english.get(shortcut.actionKey()).startsWith("!"), shortcut.actionKey()));
    }

    private static void collect(Menu menu, List<KeyCombination> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator());
            }
        }
    }
}
