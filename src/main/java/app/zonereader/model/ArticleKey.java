package app.zonereader.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable identity of an item: its page's content hash (SHA-256 of the file's bytes, hex) and its position on
 * that page (0-based). It survives re-imports, unlike the database id, so user data is keyed by it.
 *
 * @param pageHash the page's content hash (in the app 64 lowercase hex digits; letters, digits, '-' and '_')
 * @param ordinal  the item's position on the page, from 0
 */
public record ArticleKey(String pageHash, int ordinal) {
    private static final Pattern HASH = Pattern.compile("[0-9A-Za-z_-]{1,128}");
    private static final Pattern URI = Pattern.compile("zonereader:page/([0-9A-Za-z_-]{1,128})/(\\d{1,9})");
    private static final String SCHEME_PREFIX = "zonereader:page/";

    public ArticleKey {
        Objects.requireNonNull(pageHash, "pageHash");
        if (!HASH.matcher(pageHash).matches()) {
            throw new IllegalArgumentException("not a page hash: " + pageHash);
        }
        if (ordinal < 0) {
            throw new IllegalArgumentException("negative ordinal: " + ordinal);
        }
    }

    /** The article's URI, e.g. {@code zonereader:page/<sha256>/3}: what exports, links and search results carry. */
    public String uri() {
        return SCHEME_PREFIX + pageHash + "/" + ordinal;
    }

    /** The form user-data tables store: {@code <sha256>:<ordinal>}. */
    public String storageKey() {
        return pageHash + ":" + ordinal;
    }

    /** @throws IllegalArgumentException when the text is not an article URI */
    public static ArticleKey fromUri(String uri) {
        Matcher matcher = URI.matcher(uri.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a ZoneReader article URI: " + uri);
        }
        return new ArticleKey(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    /** @throws IllegalArgumentException when the text is not a storage key */
    public static ArticleKey fromStorageKey(String key) {
        int colon = key.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an article key: " + key);
        }
        try {
            return new ArticleKey(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an article key: " + key, e);
        }
    }
}
