package app.zonereader.ui;

import app.zonereader.service.LibraryService;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Notices pages another process (the command-line {@code import}) added to the library while the window is open:
 * every few seconds, and when the window gets the focus, it asks for SQLite's data_version (one pragma, no table
 * read) in the background, and when that moved, runs the refresh.
 */
final class LibraryChangeWatcher {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final Runnable onChange;
    private Timeline timeline;
    private long lastVersion = Long.MIN_VALUE;
    private boolean checking;

    LibraryChangeWatcher(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts,
                         Runnable onChange) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.onChange = onChange;
    }

    /** Checks every {@code period} from now on (and once at once, to learn the current version). */
    void start(Duration period) {
        stop();
        timeline = new Timeline(new KeyFrame(period, event -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
        check();
    }

    void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }

    /** One check, in the background; the refresh runs when the version moved since the last check. */
    void check() {
        if (checking) {
            return;
        }
        checking = true;
        UiTask<Long> task = UiTask.of(service::dataVersion, version -> {
            checking = false;
            boolean changed = lastVersion != Long.MIN_VALUE && version != lastVersion;
            lastVersion = version;
            if (changed) {
                status.show(texts.get(MessageKeys.LIBRARY_CHANGED_ELSEWHERE));
                onChange.run();
            }
        }, status, texts.get(MessageKeys.ERROR_COUNT));
        task.onFailure(error -> {
            checking = false;
            status.error(texts.get(MessageKeys.ERROR_COUNT), error);
        });
        executor.execute(task);
    }
}
