package app.zonereader.store;

import java.nio.file.Path;

/** The library file is not an SQLite database, or it is damaged (truncated, overwritten). */
public final class CorruptDatabaseException extends StoreException {
    private final Path file;

    public CorruptDatabaseException(Path file, String detail, Throwable cause) {
        super("The library " + file + " is damaged or is not a ZoneReader library (" + detail
                + "). Restore a backup or move the file away to start a new library.", cause);
        this.file = file;
    }

    /** The damaged file, so the message's reader can be told how to restore it. */
    public Path file() {
        return file;
    }
}
