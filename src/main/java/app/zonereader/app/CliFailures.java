package app.zonereader.app;

import app.zonereader.store.CorruptDatabaseException;
import app.zonereader.store.StoreException;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a command failed, as one plain line for the user: a damaged library, one from a newer version, a locked one, a
 * missing or unreadable file. The store writes its messages for users already; the rest are worded here. The stack
 * trace is for {@code --verbose} and the log, never the default output.
 */
public final class CliFailures {
    private CliFailures() {
    }

    public static String describe(Throwable e) {
        if (lockedLibrary(e)) {
            return "the library is locked: another ZoneReader (a window or a command) is writing to it; try again "
                    + "when it has finished";
        }
        if (e instanceof CorruptDatabaseException damaged) {
            return oneLine(e.getMessage()) + " To put the newest backup back: zonereader restore --db " + damaged.file();
        }
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException file) {
            return file.getFile() + ": " + (file.getReason() == null ? e.getClass().getSimpleName() : file.getReason());
        }
        String message = oneLine(e.getMessage());
        if (e instanceof StoreException || e instanceof IOException) {
            return message.isEmpty() ? e.getClass().getSimpleName() : message;
        }
        // Anything else is a bug or a surprise: say so, and where to look.
        return (message.isEmpty() ? e.getClass().getSimpleName() : message) + " (--verbose shows the details)";
    }

    /** The whole stack trace, causes included, as {@code --verbose} prints it. */
    static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** SQLite answers "busy" or "locked" when another connection holds the write lock past the busy timeout. */
    private static boolean lockedLibrary(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                String code = sqlite.getResultCode().name();
                if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
