package app.zonereader.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Queues tasks until the test runs them, so a test can look at the window between the steps of a workflow, or answer
 * requests in another order than they were made.
 */
final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> queue = new ConcurrentLinkedDeque<>();
    private final boolean onFxThread;

    /** Runs the tasks on the JavaFX thread, for tests of a window. */
    ManualTaskExecutor() {
        this(true);
    }

    private ManualTaskExecutor(boolean onFxThread) {
        this.onFxThread = onFxThread;
    }

    /** Runs the tasks on the thread that asks for them: view-model tests, without the JavaFX toolkit. */
    static ManualTaskExecutor onCallingThread() {
        return new ManualTaskExecutor(false);
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        queue.add(task);
    }

    /** Runs the oldest queued task and its handlers. Call from the test thread. */
    void runNext() {
        run(queue.removeFirst());
    }

    /** Runs the newest queued task and its handlers, as when the last request is answered first. */
    void runNewest() {
        run(queue.removeLast());
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

    private void run(BackgroundTask<?> task) {
        if (onFxThread) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, task::runHere);
            // what the handlers posted to the JavaFX thread (a layout, a later event) has happened too
            WaitForAsyncUtils.waitForFxEvents();
        } else {
            task.runHere();
        }
    }
}
