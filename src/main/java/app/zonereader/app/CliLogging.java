package app.zonereader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's log goes: to a file, never among its output, so a failure shows one plain line on the screen while
 * the file keeps its stack trace. slf4j-simple reads these settings once, when the first logger is made; a setting
 * given with {@code -D} on the command line wins.
 */
final class CliLogging {
    static final String FILE_NAME = "zonereader-cli.log";
    static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
    private static final String SHOW_DATE_TIME = "org.slf4j.simpleLogger.showDateTime";

    private CliLogging() {
    }

    /** Logs the command to {@code file} (the last command's log; each run starts it afresh). */
    static void toFile(Path file) {
        if (System.getProperty(LOG_FILE) != null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            // No logger exists yet to say it; without the file slf4j-simple logs to the error stream instead.
            System.err.println("zonereader: cannot create the log folder (" + e.getMessage() + "); logging to the screen");
            return;
        }
        System.setProperty(LOG_FILE, file.toAbsolutePath().toString());
        System.setProperty(SHOW_DATE_TIME, "true");
    }
}
