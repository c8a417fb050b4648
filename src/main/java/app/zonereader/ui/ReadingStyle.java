package app.zonereader.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * How the article body is set: font family (empty: the window's CJK font), size in pixels, line height as a multiple
 * of the size, and the widest text column (0: as wide as the pane). It becomes a small stylesheet on the body area
 * itself, which outranks the scene's sheet, so the theme's colours and the reader's type never fight.
 */
record ReadingStyle(Optional<String> fontFamily, double fontSize, double lineSpacing, double columnWidth) {
    /** Intertitles stay a step larger than the text at every size. */
    static final double HEADING_SCALE = 17.0 / 16.0;
    /** One step of Ctrl+= / Ctrl+-. */
    static final double FONT_STEP = 1;

    static ReadingStyle from(UserPreferences preferences) {
        return new ReadingStyle(preferences.fontFamily(), preferences.fontSize(), preferences.lineSpacing(),
                preferences.columnWidth());
    }

    /**
     * The body's stylesheet.
     *
     * @param naturalLineHeight the font's own line height at this size; the line spacing adds what is missing to
     *                          reach {@code fontSize × lineSpacing}
     */
    String css(double naturalLineHeight) {
        String family = fontFamily.map(name -> "-fx-font-family: \"" + name.replace("\"", "") + "\"; ").orElse("");
        double extra = Math.max(0, fontSize * lineSpacing - naturalLineHeight);
        return String.format(Locale.ROOT, """
                .article-body .text { %s-fx-font-size: %.1fpx; }
                .article-body .article-heading .text { %s-fx-font-size: %.1fpx; }
                .article-body .article-paragraph, .article-body .article-heading { -fx-line-spacing: %.1f; }
                """, family, fontSize, family, fontSize * HEADING_SCALE, extra);
    }

    /** The stylesheet as a URL JavaFX loads without a file (data: URLs are supported since JavaFX 17). */
    String cssUrl(double naturalLineHeight) {
        return "data:text/css;base64," + Base64.getEncoder()
                .encodeToString(css(naturalLineHeight).getBytes(StandardCharsets.UTF_8));
    }

    /** The widest the text column may grow. */
    double maxColumnWidth() {
        return columnWidth == 0 ? Double.MAX_VALUE : columnWidth;
    }
}
