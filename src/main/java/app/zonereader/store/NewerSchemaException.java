package app.zonereader.store;

import java.nio.file.Path;

/** The library was written by a newer ZoneReader; this build leaves the file untouched. */
public final class NewerSchemaException extends StoreException {
    private final int fileVersion;
    private final int knownVersion;

    public NewerSchemaException(Path file, int fileVersion, int knownVersion) {
        super("The library " + file + " was saved by a newer version of ZoneReader (schema " + fileVersion
                + ", this version knows up to " + knownVersion + "). Please update ZoneReader; the file was not changed.");
        this.fileVersion = fileVersion;
        this.knownVersion = knownVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int knownVersion() {
        return knownVersion;
    }
}
