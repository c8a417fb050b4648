package app.zonereader.ui;

/**
 * Runs the UI's background work (library queries, imports) off the UI thread. View models hand every
 * {@link BackgroundTask} to this interface, so tests can swap in an executor that runs it on their own thread.
 */
public interface TaskExecutor {
    /** Starts the task; its handlers (onSuccess, onFailure …) are called on the UI thread. */
    <V> void execute(BackgroundTask<V> task);
}
