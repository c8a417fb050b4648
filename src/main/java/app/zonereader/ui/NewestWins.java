package app.zonereader.ui;

/**
 * Runs one kind of load of a view model (a search, a tree refresh, the stats under a filter) so that the newest
 * request wins: starting a load cancels the one before it, whose answer, however late it comes, is then dropped,
 * and so is its failure. Without it a slow answer to an old question can overwrite the answer to the question on
 * screen. Use on the UI thread.
 */
final class NewestWins {
    private final TaskExecutor executor;
    /** The load started last; null before the first. */
    private BackgroundTask<?> newest;

    NewestWins(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Starts the task as the newest request, cancelling the one before it. */
    void execute(BackgroundTask<?> task) {
        cancel();
        newest = task;
        executor.execute(task);
    }

    /** Drops the newest request too: nothing it answers is shown (a search field cleared). */
    void cancel() {
        if (newest != null) {
            newest.cancel();
        }
    }

    /** Whether the newest request is still waiting for its answer. */
    boolean isPending() {
        return newest != null && !newest.isFinished() && !newest.isCancelled();
    }
}
