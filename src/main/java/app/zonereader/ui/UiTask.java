package app.zonereader.ui;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link Task} built from a piece of blocking work plus what to do with its result on the JavaFX thread, so view
 * models read as "query this, then show that". Failures go to the shared {@link StatusModel}, which logs them.
 */
final class UiTask<V> extends Task<V> {
    private final Callable<V> work;

    private UiTask(Callable<V> work) {
        this.work = work;
    }

    /**
     * @param failureMessage what to tell the user when the work throws
     */
    static <V> UiTask<V> of(Callable<V> work, Consumer<V> onSuccess, StatusModel status, String failureMessage) {
        UiTask<V> task = new UiTask<>(work);
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> status.error(failureMessage, task.getException()));
        return task;
    }

    @Override
    protected V call() throws Exception {
        return work.call();
    }
}
