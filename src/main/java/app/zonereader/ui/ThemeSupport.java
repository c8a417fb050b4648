package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

import java.util.List;
import java.util.Objects;

/**
 * Puts a theme on the window. Two layers: AtlantaFX's Primer theme styles every control (it is the application's
 * user-agent stylesheet, so dialogs and popups follow too), and a small sheet of ours ({@code theme-light.css} or
 * {@code theme-dark.css}) defines the looked-up colours {@code zonereader.css} uses for paper, ink, highlights and
 * charts. Switching swaps both; nothing is rebuilt.
 *
 * <p>Primer (GitHub's palette) rather than Nord: its neutral greys keep the reading column paper-like and the five
 * highlight tints true, where Nord's blue-grey backgrounds shift them; its blue accent is ours already.
 */
public final class ThemeSupport {
    static final String LIGHT_SHEET = "/app/zonereader/ui/theme-light.css";
    static final String DARK_SHEET = "/app/zonereader/ui/theme-dark.css";

    private ThemeSupport() {
    }

    /** Applies the theme to the whole application and to this scene's own colours. Call on the JavaFX thread. */
    public static void apply(Theme theme, Scene scene) {
        applyToApplication(theme);
        setSheets(scene.getStylesheets(), theme);
    }

    /** Styles every control of the application (Primer Light or Dark), e.g. the opening screen before the window. */
    public static void applyToApplication(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Gives a dialog the owner's sheets, since a dialog is a window of its own and does not inherit them. */
    static void style(DialogPane pane, Scene owner) {
        pane.getStylesheets().setAll(owner.getStylesheets());
    }

    /** The sheets in order: the theme's colours first, then the rules that use them. */
    static List<String> sheets(Theme theme) {
        return List.of(url(theme == Theme.DARK ? DARK_SHEET : LIGHT_SHEET), url(MainWindow.STYLESHEET));
    }

    /** The theme a scene shows, read back from its sheets. */
    static Theme shown(Scene scene) {
        return scene.getStylesheets().contains(url(DARK_SHEET)) ? Theme.DARK : Theme.LIGHT;
    }

    private static void setSheets(ObservableList<String> stylesheets, Theme theme) {
        List<String> ours = List.of(url(LIGHT_SHEET), url(DARK_SHEET), url(MainWindow.STYLESHEET));
        // Sheets other parts added (none today) keep their place after ours.
        List<String> others = stylesheets.stream().filter(sheet -> !ours.contains(sheet)).toList();
        stylesheets.setAll(sheets(theme));
        stylesheets.addAll(others);
    }

    static String url(String resource) {
        return Objects.requireNonNull(ThemeSupport.class.getResource(resource), resource).toExternalForm();
    }
}
