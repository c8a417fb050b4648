package app.zonereader.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserPreferencesTest {
    private final Preferences node =
            Preferences.userRoot().node("zonereader-test/prefs-" + System.nanoTime());
    private final UserPreferences prefs = new UserPreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void defaultsBeforeTheReaderChoseAnything() {
        assertTrue(prefs.theme().isEmpty());
        assertTrue(prefs.language().isEmpty());
        assertTrue(prefs.watchFolder().isEmpty());
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE, prefs.fontSize());
        assertEquals(UserPreferences.DEFAULT_IMPORT_MAX_BYTES, prefs.importMaxBytes());
    }

    @Test
    void choicesAreKeptInTheNode() {
        prefs.setTheme(UserPreferences.Theme.DARK);
        prefs.setLanguage(Locale.SIMPLIFIED_CHINESE);
        prefs.setWatchFolder(Optional.of(Path.of("/tmp/pages")));
        UserPreferences again = new UserPreferences(node);
        assertEquals(Optional.of(UserPreferences.Theme.DARK), again.theme());
        assertEquals("zh", again.language().orElseThrow().getLanguage());
        assertEquals(Optional.of(Path.of("/tmp/pages")), again.watchFolder());
        again.setWatchFolder(Optional.empty());
        assertTrue(prefs.watchFolder().isEmpty());
    }

    @Test
    void outOfRangeValuesReadAsDefaultsOrAreClamped() {
        node.putDouble("fontSize", 400);
        node.put("theme", "PURPLE");
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE, prefs.fontSize());
        assertTrue(prefs.theme().isEmpty());
        assertEquals(UserPreferences.MAX_FONT_SIZE, prefs.setFontSize(99));
        assertThrows(IllegalArgumentException.class, () -> prefs.setImportMaxBytes(0));
    }
}
