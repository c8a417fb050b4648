package app.zonereader.ui;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one executor the whole window shares. Daemon threads, so a forgotten task never keeps the JVM alive after
 * the window closes; a small fixed pool, so a burst of search keystrokes cannot starve an import.
 *
 * <p>The only place that knows JavaFX's {@link Task}: each {@link BackgroundTask} runs inside one, which brings its
 * outcome, messages and progress to the JavaFX thread (messages and progress coalesced, so a fast import does not
 * flood the event queue).
 */
public final class BackgroundTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);
    private static final int THREADS = 2;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, new DaemonThreads());

    /** Runs the task on a worker; once the executor is closed (the app is quitting) new work is not started. */
    @Override
    public <V> void execute(BackgroundTask<V> task) {
        try {
            executor.execute(new FxTask<>(task));
        } catch (RejectedExecutionException e) {
            LOG.debug("Not started, the application is closing: {}", task, e);
        }
    }

    /**
     * Stops taking tasks and gives queued and running ones a moment to finish (a note saved as the window closed,
     * an import's current file), then interrupts what is left.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a background task's work on a worker and hands its outcome back on the JavaFX thread. */
    private static final class FxTask<V> extends Task<V> {
        private final BackgroundTask<V> task;

        FxTask(BackgroundTask<V> task) {
            this.task = task;
            messageProperty().addListener((observable, old, message) -> task.reportMessage(message));
            progressProperty().addListener((observable, old, fraction) -> task.reportProgress(fraction.doubleValue()));
            setOnSucceeded(event -> task.succeeded(getValue()));
            setOnFailed(event -> task.failed(getException()));
        }

        @Override
        protected V call() throws Exception {
            return task.call(new BackgroundTask.Progress() {
                @Override
                public void updateMessage(String message) {
                    FxTask.this.updateMessage(message);
                }

                @Override
                public void updateProgress(double done, double total) {
                    double fraction = BackgroundTask.fraction(done, total);
                    FxTask.this.updateProgress(fraction, 1);
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            });
        }

        @Override
        public String toString() {
            return "FxTask[" + task + "]";
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "zonereader-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
