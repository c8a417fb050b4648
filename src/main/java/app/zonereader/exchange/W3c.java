package app.zonereader.exchange;

import app.zonereader.model.AnnotationKind;
import app.zonereader.model.HighlightColor;

import java.util.Locale;
import java.util.Optional;

/**
 * The terms of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) ZoneReader writes and
 * reads, and how its own notions map onto them. One home, so the writer and the reader cannot drift apart.
 */
final class W3c {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    static final String ANNOTATION = "Annotation";
    static final String COLLECTION = "AnnotationCollection";
    static final String PAGE = "AnnotationPage";
    static final String TEXTUAL_BODY = "TextualBody";
    static final String CHOICE = "Choice";
    static final String QUOTE_SELECTOR = "TextQuoteSelector";
    static final String POSITION_SELECTOR = "TextPositionSelector";
    static final String CSS_STYLESHEET = "CssStylesheet";

    static final String HIGHLIGHTING = "highlighting";
    static final String COMMENTING = "commenting";
    static final String BOOKMARKING = "bookmarking";
    static final String TAGGING = "tagging";

    static final String PLAIN_TEXT = "text/plain";
    static final String CHINESE = "zh";

    /** Highlight colours travel as the standard's styleClass on the target, defined by an embedded stylesheet. */
    private static final String STYLE_CLASS_PREFIX = "zonereader-";

    private W3c() {
    }

    /** The motivation an annotation of that kind is exported with. */
    static String motivation(AnnotationKind kind, boolean hasNote) {
        return switch (kind) {
            case HIGHLIGHT -> hasNote ? COMMENTING : HIGHLIGHTING;
            case ARTICLE_NOTE -> COMMENTING;
            case BOOKMARK -> BOOKMARKING;
            case TAG -> TAGGING;
        };
    }

    /**
     * A motivation or purpose as its bare term: {@code oa:tagging} and {@code http://www.w3.org/ns/oa#tagging}, as
     * some tools write them, are {@code tagging}.
     */
    static String term(String value) {
        String trimmed = value.strip();
        return trimmed.substring(Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':')) + 1).toLowerCase(Locale.ROOT);
    }

    static String styleClass(HighlightColor color) {
        return STYLE_CLASS_PREFIX + color.code();
    }

    /** The CSS rule that defines {@link #styleClass(HighlightColor)}, so other tools can draw the colour. */
    static String stylesheet(HighlightColor color) {
        return "." + styleClass(color) + " { background-color: " + cssColor(color) + "; }";
    }

    /** A colour from a style class ({@code zonereader-green}) or a bare colour name ({@code green}, {@code Green}). */
    static Optional<HighlightColor> colorOf(String styleClassOrName) {
        String name = styleClassOrName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(STYLE_CLASS_PREFIX)) {
            name = name.substring(STYLE_CLASS_PREFIX.length());
        }
        for (HighlightColor color : HighlightColor.values()) {
            if (color.code().equals(name)) {
                return Optional.of(color);
            }
        }
        return Optional.empty();
    }

    private static String cssColor(HighlightColor color) {
        return switch (color) {
            case YELLOW -> "#fff176";
            case GREEN -> "#aed581";
            case BLUE -> "#81d4fa";
            case PINK -> "#f48fb1";
            case PURPLE -> "#ce93d8";
        };
    }

    /** {@code zh} when the text holds Chinese characters: a note's language, as far as we can honestly tell. */
    static Optional<String> languageOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Optional.of(CHINESE) : Optional.empty();
    }
}
