package app.zonereader.model;

/**
 * Why a file was not imported. The text a reader sees comes from the bundles (key {@code import.skip.<name in lower
 * case>}), in the window's language, and in English on the command line; {@link ImportReport#detail()} may add the
 * specifics (the size, the signature found).
 */
public enum SkipReason {
    /** The file was imported, was already present or replaced a page: nothing was skipped. */
    NONE,
    /** The file has no bytes, or only white space. */
    EMPTY,
    /** Binary data, or a known non-text format (PDF, image, office document, archive). */
    NOT_TEXT,
    /** Larger than the import size limit. */
    TOO_LARGE,
    /** Text, but more than the page engine reads as one page (a whole book, a line of megabytes). */
    PAGE_TOO_LONG,
    /** The file or its folder cannot be read (permissions, I/O error). */
    UNREADABLE,
    /** A device, a pipe, a socket: not a regular file. */
    NOT_REGULAR_FILE,
    /** A symbolic link whose target does not exist. */
    DANGLING_LINK,
    /** A symbolic link leading back to a folder above it. */
    SYMLINK_LOOP,
    /** A file or folder given to import does not exist. */
    NOT_FOUND,
    /** The file was listed but gone when the import reached it. */
    DELETED,
    /** Anything else that went wrong while reading or storing the page (the detail says what). */
    ERROR
}
