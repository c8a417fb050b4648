package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;

/**
 * The window's look as the reader set it: theme and reading style. Every change is written to the preferences at
 * once (so it survives a crash as well as a restart) and published for the window to apply.
 */
final class AppearanceModel {
    private final UserPreferences preferences;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<ReadingStyle> reading;

    /** @param systemTheme the desktop's theme, followed until the reader chooses one */
    AppearanceModel(UserPreferences preferences, Theme systemTheme) {
        this.preferences = preferences;
        this.theme = new SimpleObjectProperty<>(preferences.theme().orElse(systemTheme));
        this.reading = new SimpleObjectProperty<>(ReadingStyle.from(preferences));
    }

    ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    ReadOnlyObjectProperty<ReadingStyle> readingProperty() {
        return reading;
    }

    void setTheme(Theme chosen) {
        preferences.setTheme(chosen);
        theme.set(chosen);
    }

    void toggleTheme() {
        setTheme(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Ctrl+= and Ctrl+-: one step larger or smaller, within the preferences' range. */
    void stepFontSize(int steps) {
        preferences.setFontSize(reading.get().fontSize() + steps * ReadingStyle.FONT_STEP);
        reload();
    }

    /** Ctrl+0: the default size. */
    void resetFontSize() {
        preferences.setFontSize(UserPreferences.DEFAULT_FONT_SIZE);
        reload();
    }

    /** The preferences dialog's choices; an empty family means the window's default CJK font. */
    void setReading(Optional<String> family, double size, double lineSpacing, double columnWidth) {
        family.ifPresentOrElse(preferences::setFontFamily, () -> preferences.setFontFamily(""));
        preferences.setFontSize(size);
        preferences.setLineSpacing(lineSpacing);
        preferences.setColumnWidth(columnWidth);
        reload();
    }

    private void reload() {
        reading.set(ReadingStyle.from(preferences));
    }
}
