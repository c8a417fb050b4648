package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body's stylesheet made from the reader's type settings, and the font-size steps written to the preferences. */
class ReadingStyleTest {
    @Test
    void theSheetSetsFamilySizeAndTheSpacingThatMakesTheLineHeight() {
        ReadingStyle style = new ReadingStyle(Optional.of("WenQuanYi Micro Hei"), 20, 1.5, 700);
        String css = style.css(24);
        assertTrue(css.contains(".article-body .text { -fx-font-family: \"WenQuanYi Micro Hei\"; -fx-font-size: 20.0px; }"), css);
        assertTrue(css.contains("-fx-font-size: 21.3px"), "intertitles a step larger: " + css);
        assertTrue(css.contains("-fx-line-spacing: 6.0;"), "20 × 1.5 = 30 px a line, the font gives 24: " + css);
    }

    @Test
    void noFamilyKeepsTheWindowsFontAndSpacingNeverGoesNegative() {
        String css = new ReadingStyle(Optional.empty(), 15, 1.0, 0).css(19);
        assertFalse(css.contains("font-family"), css);
        assertTrue(css.contains("-fx-line-spacing: 0.0;"), css);
    }

    @Test
    void aFamilyNameCannotBreakOutOfItsQuotes() {
        String css = new ReadingStyle(Optional.of("Evil\"; } .root { -fx-opacity: 0"), 15, 1.6, 760).css(20);
        assertFalse(css.contains("\"; }"), css);
    }

    @Test
    void theUrlCarriesTheSheet() {
        ReadingStyle style = new ReadingStyle(Optional.empty(), 16, 1.6, 760);
        String url = style.cssUrl(20);
        assertTrue(url.startsWith("data:text/css;base64,"));
        assertEquals(style.css(20), new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8));
    }

    @Test
    void columnWidthZeroFollowsThePane() {
        assertEquals(Double.MAX_VALUE, new ReadingStyle(Optional.empty(), 16, 1.6, 0).maxColumnWidth());
        assertEquals(700, new ReadingStyle(Optional.empty(), 16, 1.6, 700).maxColumnWidth());
    }

    @Test
    void fontStepsStayInRangeAndAreRemembered() {
        UserPreferences preferences = new UserPreferences(new MemoryPreferences());
        AppearanceModel appearance = new AppearanceModel(preferences, UserPreferences.Theme.LIGHT);
        for (int i = 0; i < 100; i++) {
            appearance.stepFontSize(1);
        }
        assertEquals(UserPreferences.MAX_FONT_SIZE, appearance.readingProperty().get().fontSize());
        assertEquals(UserPreferences.MAX_FONT_SIZE, preferences.fontSize());
        appearance.resetFontSize();
        assertEquals(UserPreferences.DEFAULT_FONT_SIZE, preferences.fontSize());
    }

    @Test
    void theSystemThemeIsFollowedUntilTheReaderChooses() {
        UserPreferences preferences = new UserPreferences(new MemoryPreferences());
        assertEquals(UserPreferences.Theme.DARK,
                new AppearanceModel(preferences, UserPreferences.Theme.DARK).themeProperty().get());
        new AppearanceModel(preferences, UserPreferences.Theme.DARK).setTheme(UserPreferences.Theme.LIGHT);
        assertEquals(UserPreferences.Theme.LIGHT,
                new AppearanceModel(preferences, UserPreferences.Theme.DARK).themeProperty().get(), "chosen, so kept");
    }
}
