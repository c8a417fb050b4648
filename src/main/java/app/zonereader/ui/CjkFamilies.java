package app.zonereader.ui;

import java.awt.GraphicsEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The installed font families that can set Chinese, for the reading-font choice. JavaFX falls back to another font
 * for a missing glyph and cannot tell whether a family has one, so AWT answers: a family counts when it is a real
 * installed family (AWT maps unknown names to a logical font that would pass) and has glyphs for common characters.
 * Loading every font takes a moment: call it off the JavaFX thread.
 */
final class CjkFamilies {
    /** Common characters of newspaper text; a font with these has the rest of the common set too. */
    static final String PROBE = "高新区发展中国的";

    private CjkFamilies() {
    }

    /** Of these JavaFX families, the ones with CJK glyphs, in the given order. */
    static List<String> among(Collection<String> families) {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return filter(families, family -> installed.contains(family)
                && new java.awt.Font(family, java.awt.Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1);
    }

    static List<String> filter(Collection<String> families, Predicate<String> hasCjkGlyphs) {
        return families.stream().filter(hasCjkGlyphs).distinct().toList();
    }
}
