package app.zonereader.ui;

import javafx.concurrent.Task;

/**
 * Runs the UI's background work (library queries, imports) off the JavaFX thread. View models hand every
 * {@link Task} to this interface so tests can swap in a synchronous executor.
 */
public interface TaskExecutor {
    /** Starts the task; its handlers (onSucceeded, onFailed …) fire on the JavaFX thread. */
    <V> void execute(Task<V> task);
}
