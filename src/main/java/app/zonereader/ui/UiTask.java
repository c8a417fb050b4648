package app.zonereader.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link BackgroundTask} built from a piece of blocking work plus what to do with its result on the UI thread, so
 * view models read as "query this, then show that". Failures go to the shared {@link StatusModel}, which logs them.
 */
final class UiTask<V> extends BackgroundTask<V> {
    private UiTask(Callable<V> work) {
        super(progress -> work.call());
    }

    /**
     * @param failureMessage what to tell the user when the work throws
     */
    static <V> UiTask<V> of(Callable<V> work, Consumer<V> onSuccess, StatusModel status, String failureMessage) {
        UiTask<V> task = new UiTask<>(work);
        task.onSuccess(onSuccess);
        task.onFailure(error -> status.error(failureMessage, error));
        return task;
    }
}
