package app.zonereader.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * A piece of background work and what to do with its outcome, free of any UI toolkit: a view model builds one, a
 * {@link TaskExecutor} runs it and calls its handlers on the UI thread (the JavaFX thread in the window, the calling
 * thread in tests). JavaFX's own {@code Task} posts every state change to the JavaFX thread, so a view model built on
 * it could only be tested with the toolkit running; as in JabRef, the {@code Task} lives in the executor alone.
 *
 * <p>Cancelling (on the UI thread) is final: from then on the task calls neither its success nor its failure handler,
 * only {@link #onCancelled}, even when its work has already finished; that is what lets {@link NewestWins} drop a late
 * answer. Cancelling does not interrupt the worker: a query inside the database driver ignores interrupts, and an
 * interrupt closes any file channel the work has open. Long work polls {@link Progress#isCancelled()} instead.
 *
 * <p>Handlers are set before the task is handed to the executor and run on the UI thread only.
 *
 * @param <V> what the work returns
 */
public class BackgroundTask<V> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);
    /** The progress value for "busy, amount unknown". */
    static final double INDETERMINATE = -1;

    /** Work that reports how far it got. */
    @FunctionalInterface
    public interface Work<V> {
        V run(Progress progress) throws Exception;
    }

    /** What running work may report and ask; called on the worker thread. */
    public interface Progress {
        /** One line for the status bar ("Importing 3/5 … a.txt"). */
        void updateMessage(String message);

        /** {@code done} of {@code total}; a negative {@code done} means "busy, amount unknown". */
        void updateProgress(double done, double total);

        /** Whether the task was cancelled: long work stops at the next good place. */
        boolean isCancelled();
    }

    private final Work<V> work;
    private volatile boolean cancelled;
    private volatile boolean finished;
    private Consumer<V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> LOG.error("A background task failed", error);
    private Runnable onCancelled = () -> { };
    private Consumer<String> onMessage = message -> { };
    private DoubleConsumer onProgress = fraction -> { };

    BackgroundTask(Work<V> work) {
        this.work = work;
    }

    /** A task for work that reports nothing while it runs (a query). */
    public static <V> BackgroundTask<V> of(Callable<V> work) {
        return new BackgroundTask<>(progress -> work.call());
    }

    /** A task for long work that reports its progress and can be asked to stop (an import). */
    public static <V> BackgroundTask<V> reporting(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    /** Called with the work's result, unless the task was cancelled. */
    public BackgroundTask<V> onSuccess(Consumer<V> handler) {
        onSuccess = handler;
        return this;
    }

    /** Called with what the work threw, unless the task was cancelled. Without one the failure is logged. */
    public BackgroundTask<V> onFailure(Consumer<Throwable> handler) {
        onFailure = handler;
        return this;
    }

    /** Called instead of the success or failure handler when the task was cancelled. */
    public BackgroundTask<V> onCancelled(Runnable handler) {
        onCancelled = handler;
        return this;
    }

    /** Called with each message the work reports. */
    public BackgroundTask<V> onMessage(Consumer<String> handler) {
        onMessage = handler;
        return this;
    }

    /** Called with the fraction done (0–1), or {@link #INDETERMINATE}, each time the work reports progress. */
    public BackgroundTask<V> onProgress(DoubleConsumer handler) {
        onProgress = handler;
        return this;
    }

    /** Cancels the task: work not started yet never starts, and its outcome is no longer delivered. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the task has ended and called its handler: success, failure or cancelled. */
    public boolean isFinished() {
        return finished;
    }

    // --- for executors: run the work on a worker, then deliver the outcome on the UI thread ---

    /** Runs the work, or nothing (returning null, never delivered) when the task was cancelled before it started. */
    V call(Progress progress) throws Exception {
        return cancelled ? null : work.run(progress);
    }

    void succeeded(V value) {
        finished = true;
        if (cancelled) {
            onCancelled.run();
        } else {
            onSuccess.accept(value);
        }
    }

    void failed(Throwable error) {
        finished = true;
        if (cancelled) {
            LOG.debug("A cancelled task failed; nobody waits for it", error);
            onCancelled.run();
        } else {
            onFailure.accept(error);
        }
    }

    void reportMessage(String message) {
        onMessage.accept(message);
    }

    void reportProgress(double fraction) {
        onProgress.accept(fraction);
    }

    /** The fraction {@link Progress#updateProgress} stands for. */
    static double fraction(double done, double total) {
        return done < 0 || total <= 0 ? INDETERMINATE : Math.min(1, done / total);
    }

    /**
     * Runs the work and delivers its outcome and progress on the calling thread, for executors without threads of
     * their own (the tests').
     */
    void runHere() {
        V value;
        try {
            value = call(new Progress() {
                @Override
                public void updateMessage(String message) {
                    reportMessage(message);
                }

                @Override
                public void updateProgress(double done, double total) {
                    reportProgress(fraction(done, total));
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            });
        } catch (Exception e) {
            failed(e);
            return;
        }
        succeeded(value);
    }
}
