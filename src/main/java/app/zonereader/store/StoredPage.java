package app.zonereader.store;

import java.util.Objects;

/**
 * A stored page as re-processing sees it.
 *
 * @param contentHash its identity
 * @param fileName    the file it was imported from
 * @param hasText     whether the library kept its decoded text (pages imported before schema V3 have none)
 * @param text        that text, "" when none
 */
public record StoredPage(String contentHash, String fileName, boolean hasText, String text) {
    public StoredPage {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }
}
