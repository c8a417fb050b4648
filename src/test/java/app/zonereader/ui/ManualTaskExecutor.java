package app.zonereader.ui;

import javafx.concurrent.Task;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Queues tasks until the test runs them, so a test can look at the window between the steps of a workflow. */
final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<Task<?>> queue = new ConcurrentLinkedDeque<>();

    @Override
    public <V> void execute(Task<V> task) {
        queue.add(task);
    }

    /** Runs the oldest queued task on the JavaFX thread and waits until its handlers have run. Call from the test thread. */
    void runNext() {
        Task<?> task = queue.remove();
        WaitForAsyncUtils.waitForAsyncFx(10_000, task);
        // A task finishing on the FX thread posts its state change (and so its handlers) as a later event.
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs queued tasks, including the ones their handlers queue, until none is left. Call from the test thread. */
    void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    int pending() {
        return queue.size();
    }
}
