package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;

import java.util.Objects;

/**
 * What the window needs from the desktop it runs on: the reader's preferences (theme, type, layout), the desktop's
 * own theme (followed until the reader picks one) and where the library is, for Help → About.
 *
 * @param libraryLocation the library file's path as the reader should see it; "" when not known
 */
public record DesktopSettings(UserPreferences preferences, Theme systemTheme, String libraryLocation) {
    public DesktopSettings {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(systemTheme, "systemTheme");
        Objects.requireNonNull(libraryLocation, "libraryLocation");
    }

    /** Settings that are not kept: a fresh node in memory, light theme (tests, and windows that remember nothing). */
    public static DesktopSettings unsaved() {
        return new DesktopSettings(new UserPreferences(new MemoryPreferences()), Theme.LIGHT, "");
    }
}
