package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the preferences dialog holds, as plain values: read from the preferences when it opens, written back when
 * the reader presses OK. Kept apart from the dialog so writing them is tested without a window.
 *
 * @param libraryFile    empty: the per-user default; takes effect at the next start
 * @param fontFamily     empty: the window's CJK font
 * @param columnWidth    0: as wide as the pane
 * @param importMaxBytes the largest page file an import takes
 */
record PreferencesChoices(Optional<Path> libraryFile, Theme theme, Optional<String> fontFamily, double fontSize,
                          double lineSpacing, double columnWidth, Locale language, long importMaxBytes,
                          Optional<Path> watchFolder) {
    static final long MEGABYTE = 1024L * 1024;

    PreferencesChoices {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
    }

    /** The choices as stored; theme and language not chosen yet are what the window follows (system, locale). */
    static PreferencesChoices of(UserPreferences preferences, Theme shownTheme, Locale shownLanguage) {
        return new PreferencesChoices(preferences.libraryFile(), preferences.theme().orElse(shownTheme),
                preferences.fontFamily(), preferences.fontSize(), preferences.lineSpacing(), preferences.columnWidth(),
                preferences.language().orElse(shownLanguage), preferences.importMaxBytes(), preferences.watchFolder());
    }

    /**
     * Stores every choice. Theme and reading style apply at once (through the appearance model); the watch folder
     * is handed to the hook when it changed, so the watcher restarts only then.
     */
    void store(UserPreferences preferences, AppearanceModel appearance, Consumer<Optional<Path>> watchFolderChanged) {
        libraryFile.ifPresentOrElse(preferences::setLibraryFile, preferences::clearLibraryFile);
        appearance.setTheme(theme);
        appearance.setReading(fontFamily, fontSize, lineSpacing, columnWidth);
        preferences.setLanguage(language);
        preferences.setImportMaxBytes(importMaxBytes);
        boolean watchChanged = !preferences.watchFolder().equals(watchFolder);
        preferences.setWatchFolder(watchFolder);
        if (watchChanged) {
            watchFolderChanged.accept(watchFolder);
        }
    }
}
