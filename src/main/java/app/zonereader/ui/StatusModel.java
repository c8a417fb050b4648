package app.zonereader.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the status bar shows: one line of text and the progress of the running import. Every pane reports its
 * failures here, so a user always sees that something went wrong and the log always has the stack trace.
 * Touch it on the JavaFX thread only.
 */
public final class StatusModel {
    private static final Logger LOG = LoggerFactory.getLogger(StatusModel.class);

    /** The progress value for "nothing running"; the status bar hides its bar then. */
    static final double IDLE = 0;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final DoubleProperty progress = new SimpleDoubleProperty(IDLE);

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public void show(String text) {
        message.set(text);
    }

    /** Shows the user a short message and logs the cause with its stack. */
    public void error(String userMessage, Throwable cause) {
        LOG.error(userMessage, cause);
        String reason = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        message.set(userMessage + reason);
    }

    /** Shows a long task's messages and progress (an import, a re-processing) until {@link #stopFollowing()}. */
    void follow(BackgroundTask<?> task) {
        progress.set(BackgroundTask.INDETERMINATE);
        task.onMessage(message::set).onProgress(progress::set);
    }

    /** Hides the progress bar again once the followed task has ended; its last message stays. */
    void stopFollowing() {
        progress.set(IDLE);
    }

    /** 0 when idle, −1 for "busy, amount unknown", else the fraction done. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
