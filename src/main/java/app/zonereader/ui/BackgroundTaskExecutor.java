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
 */
public final class BackgroundTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);
    private static final int THREADS = 2;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, new DaemonThreads());

    /** Runs the task on a worker; once the executor is closed (the app is quitting) new work is not started. */
    @Override
    public <V> void execute(Task<V> task) {
        try {
            executor.execute(task);
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
