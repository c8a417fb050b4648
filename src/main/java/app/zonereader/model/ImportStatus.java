package app.zonereader.model;

/** How importing one page file ended. */
public enum ImportStatus {
    IMPORTED, ALREADY_PRESENT, FAILED
}
