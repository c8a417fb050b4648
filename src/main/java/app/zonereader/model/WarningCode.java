package app.zonereader.model;

import app.zonereader.model.WarningCode;
/**
 * What an ingest warning is about. The text a reader sees comes from the resource bundles (key
 * {@code warning.<code in lower case>}), so a warning reads in the window's language; each code takes a fixed
 * number of arguments, filled into the text as {0}, {1} ….
 */
public enum WarningCode {
    /** The file has no bytes. */
    EMPTY_FILE(0),
    /** The page has no text (only white space). */
    BLANK_PAGE(0),
    /** No byte-order mark; the charset (argument) was read from the pattern of zero bytes. */
    CHARSET_FROM_ZERO_BYTES(1),
    /** No byte-order mark; the charset (argument) was chosen because it decodes to Chinese text. */
    CHARSET_FROM_CHINESE_TEXT(1),
    /** Neither valid UTF-8 nor GB18030: undecodable bytes were replaced by U+FFFD. */
    UNDECODABLE_BYTES(0),
    /** Some bytes were not valid in the charset (argument) and were replaced by U+FFFD. */
    INVALID_BYTES_REPLACED(1),
    /** NUL characters removed (argument: how many). */
    NUL_REMOVED(1),
    /** Control characters removed (argument: how many). */
    CONTROLS_REMOVED(1),
    /** Leftover web tags removed. */
    MARKUP_TAGS_REMOVED(0),
    /** Leftover web character entities (&amp;nbsp; …) decoded. */
    MARKUP_ENTITIES_DECODED(0),
    /** A line of OCR noise or forum garbage, with no words, left out (argument: the line). */
    NOISE_LINE_DROPPED(1),
    /** A page header or footer line left out (argument: the line). */
    PAGE_FURNITURE_DROPPED(1),
    /** A column banner left out of the articles (argument: the banner). */
    COLUMN_BANNER_DROPPED(1),
    /** A column banner or kicker left out of the headline (argument: the line). */
    KICKER_DROPPED(1),
    /** A jump line removed: the article continues on another page (argument: the line). */
    JUMP_LINE_REMOVED(1),
    /** A jump note inside a paragraph removed (argument: the note). */
    JUMP_NOTE_REMOVED(1),
    /** Web-page navigation (上一篇, 分享到 …) dropped (argument: the line). */
    NAVIGATION_DROPPED(1),
    /** A web copy's information line (点击数, 字号, 责任编辑 …) taken out of the text (argument: the line). */
    WEB_METADATA_TAKEN_OUT(1),
    /** A section printed inside another article was moved to this one (argument: its first line). */
    SECTION_MOVED(1),
    /** Text opened by no headline, 本报讯 or byline, resembling no other item, kept as an item of its own. */
    ORPHAN_TEXT_KEPT(0),
    /** A photo credit matched no item (argument: the credit). */
    CREDIT_UNMATCHED(1),
    /** A headline-like line fitted no article and was left out (argument: the line). */
    HEADLINE_UNPLACED(1),
    /** A sentence cut apart by the page was rejoined (arguments: the end of its first part, the start of the next). */
    SENTENCE_REJOINED(2),
    /** The page has headlines but no article text. */
    HEADLINES_WITHOUT_TEXT(0),
    /** No article text was found on the page. */
    NO_ARTICLE_TEXT(0),
    /** No article was found on the page. */
    NO_ARTICLE_FOUND(0),
    /** The page could not be cut into articles and is kept whole (argument: the error). */
    PAGE_KEPT_WHOLE(1),
    /** Zone, tags and figures could not be worked out for an item (argument: the error). */
    ITEM_NOT_ENRICHED(1),
    /** Several zones named and none stands out, so none is attributed (arguments: the first two zones). */
    SEVERAL_ZONES(2),
    /** Names shaped like zones that the gazetteer lacks (argument: the names, joined). */
    UNKNOWN_ZONE_NAMES(1),
    /** A new version of the page replaced the old; the reader's annotations were carried over (arguments: found
     * exactly, found by a close match, orphaned). */
    ANNOTATIONS_CARRIED_OVER(3),
    /** A warning stored as plain text by an earlier version (argument: the text). */
    LEGACY(1);

    private final int arity;

    WarningCode(int arity) {
        this.arity = arity;
    }

    /** How many arguments a warning with this code carries. */
    public int arity() {
        return arity;
    }
}
