package app.zonereader.ui;

import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one executor the whole window shares. Daemon threads, so a forgotten task never keeps the JVM alive after
 * the window closes; a small fixed pool, so a burst of search keystrokes cannot starve an import.
 */
public final class BackgroundTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final int THREADS = 2;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, new DaemonThreads());

    @Override
    public <V> void execute(Task<V> task) {
        executor.execute(task);
    }

    /** Stops taking tasks and gives running ones a moment to finish (an import ends after its current file). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
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
