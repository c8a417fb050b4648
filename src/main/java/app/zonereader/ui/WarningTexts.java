package app.zonereader.ui;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;

import java.util.Locale;
import java.util.Objects;

/**
 * An ingest warning in the reader's language: its code's text from the bundles, with its arguments filled in.
 * The switch names every code, so a new code without a text does not compile. Used by the article pane and the
 * import status; the command line renders with the English bundle ({@link #english()}).
 */
public final class WarningTexts {
    private final Texts texts;

    public WarningTexts(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** Warnings in English, the base bundle, whatever the system's language. */
    public static WarningTexts english() {
        return new WarningTexts(new Texts(Texts.bundle(Locale.ROOT)));
    }

    public String render(IngestWarning warning) {
        return texts.format(keyOf(warning.code()), warning.args().toArray());
    }

    static String keyOf(WarningCode code) {
        return switch (code) {
            case EMPTY_FILE -> MessageKeys.WARNING_EMPTY_FILE;
            case BLANK_PAGE -> MessageKeys.WARNING_BLANK_PAGE;
            case CHARSET_FROM_ZERO_BYTES -> MessageKeys.WARNING_CHARSET_FROM_ZERO_BYTES;
            case CHARSET_FROM_CHINESE_TEXT -> MessageKeys.WARNING_CHARSET_FROM_CHINESE_TEXT;
            case UNDECODABLE_BYTES -> MessageKeys.WARNING_UNDECODABLE_BYTES;
            case INVALID_BYTES_REPLACED -> MessageKeys.WARNING_INVALID_BYTES_REPLACED;
            case NUL_REMOVED -> MessageKeys.WARNING_NUL_REMOVED;
            case CONTROLS_REMOVED -> MessageKeys.WARNING_CONTROLS_REMOVED;
            case MARKUP_TAGS_REMOVED -> MessageKeys.WARNING_MARKUP_TAGS_REMOVED;
            case MARKUP_ENTITIES_DECODED -> MessageKeys.WARNING_MARKUP_ENTITIES_DECODED;
            case NOISE_LINE_DROPPED -> MessageKeys.WARNING_NOISE_LINE_DROPPED;
            case PAGE_FURNITURE_DROPPED -> MessageKeys.WARNING_PAGE_FURNITURE_DROPPED;
            case COLUMN_BANNER_DROPPED -> MessageKeys.WARNING_COLUMN_BANNER_DROPPED;
            case KICKER_DROPPED -> MessageKeys.WARNING_KICKER_DROPPED;
            case JUMP_LINE_REMOVED -> MessageKeys.WARNING_JUMP_LINE_REMOVED;
            case JUMP_NOTE_REMOVED -> MessageKeys.WARNING_JUMP_NOTE_REMOVED;
            case NAVIGATION_DROPPED -> MessageKeys.WARNING_NAVIGATION_DROPPED;
            case WEB_METADATA_TAKEN_OUT -> MessageKeys.WARNING_WEB_METADATA_TAKEN_OUT;
            case SECTION_MOVED -> MessageKeys.WARNING_SECTION_MOVED;
            case ORPHAN_TEXT_KEPT -> MessageKeys.WARNING_ORPHAN_TEXT_KEPT;
            case CREDIT_UNMATCHED -> MessageKeys.WARNING_CREDIT_UNMATCHED;
            case HEADLINE_UNPLACED -> MessageKeys.WARNING_HEADLINE_UNPLACED;
            case SENTENCE_REJOINED -> MessageKeys.WARNING_SENTENCE_REJOINED;
            case HEADLINES_WITHOUT_TEXT -> MessageKeys.WARNING_HEADLINES_WITHOUT_TEXT;
            case NO_ARTICLE_TEXT -> MessageKeys.WARNING_NO_ARTICLE_TEXT;
            case NO_ARTICLE_FOUND -> MessageKeys.WARNING_NO_ARTICLE_FOUND;
            case PAGE_KEPT_WHOLE -> MessageKeys.WARNING_PAGE_KEPT_WHOLE;
            case ITEM_NOT_ENRICHED -> MessageKeys.WARNING_ITEM_NOT_ENRICHED;
            case SEVERAL_ZONES -> MessageKeys.WARNING_SEVERAL_ZONES;
            case UNKNOWN_ZONE_NAMES -> MessageKeys.WARNING_UNKNOWN_ZONE_NAMES;
            case ANNOTATIONS_CARRIED_OVER -> MessageKeys.WARNING_ANNOTATIONS_CARRIED_OVER;
            case LEGACY -> MessageKeys.WARNING_LEGACY;
        };
    }
}
