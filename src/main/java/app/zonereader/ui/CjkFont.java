package app.zonereader.ui;

import javafx.scene.text.Font;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Picks the font family for the window. JavaFX CSS takes a single family, not a fallback list, so the first
 * installed family of a list of good CJK UI fonts is looked up once at start and set on the root node.
 */
final class CjkFont {
    /** Most readable first: Noto / Source Han, then the usual fonts of Linux, Windows and macOS. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB");

    private CjkFont() {
    }

    /** The first preferred family among the installed ones. */
    static Optional<String> choose(List<String> preferred, Collection<String> installed) {
        return preferred.stream().filter(installed::contains).findFirst();
    }

    /** An inline style selecting the best installed CJK family, or "" to keep the platform's default font. */
    static String rootStyle() {
        return choose(PREFERRED, Font.getFamilies()).map(family -> "-fx-font-family: \"" + family + "\";").orElse("");
    }
}
