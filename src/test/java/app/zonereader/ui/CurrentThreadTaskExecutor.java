package app.zonereader.ui;

import javafx.concurrent.Task;

/** Runs each task at once on the calling thread (the JavaFX thread in tests), so UI tests need no waiting. */
final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <V> void execute(Task<V> task) {
        task.run();
    }
}
