package app.zonereader.ui;

/**
 * Runs each task at once on the calling thread (the JavaFX thread in window tests, the test's own thread in view-model
 * tests), so tests need no waiting.
 */
final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <V> void execute(BackgroundTask<V> task) {
        task.runHere();
    }
}
