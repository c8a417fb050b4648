package app.zonereader.model;

/** How importing one page file ended. */
public enum ImportStatus {
    IMPORTED, ALREADY_PRESENT, FAILED,
    /** A new version of a page already imported under the same file name (a better OCR) took its place. */
    REPLACED
}
