package app.zonereader.ui;

import app.zonereader.model.ImportSummary;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The watch folder (a preference): files put in it are imported automatically. It is polled in the background every
 * few seconds rather than watched with a WatchService, which misses events on network and some removable drives; a
 * file is imported once it has stopped changing between two polls, so a file still being copied waits. The status
 * line says what was imported. {@link #follow} switches to another folder (or none) at once.
 */
final class WatchFolder {
    static final Duration DEFAULT_PERIOD = Duration.seconds(3);

    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ImportViewModel importer;
    private final Runnable afterImport;
    private final Duration period;
    private Optional<Path> folder = Optional.empty();
    private FolderSnapshot previous = FolderSnapshot.empty();
    private final Map<Path, FolderSnapshot.Stamp> imported = new HashMap<>();
    private Timeline timeline;
    private boolean polling;

    WatchFolder(TaskExecutor executor, StatusModel status, Texts texts, ImportViewModel importer,
                Runnable afterImport, Duration period) {
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.importer = importer;
        this.afterImport = afterImport;
        this.period = period;
    }

    /** Watches {@code folder} from now on (empty: watches nothing). Files already there are imported once too. */
    void follow(Optional<Path> folder) {
        stop();
        this.folder = folder;
        previous = FolderSnapshot.empty();
        imported.clear();
        folder.ifPresent(watched -> {
            timeline = new Timeline(new KeyFrame(period, event -> poll()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            poll();
        });
    }

    Optional<Path> folder() {
        return folder;
    }

    void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }

    /** One look at the folder in the background; settled new or changed files are imported. */
    void poll() {
        if (folder.isEmpty() || polling) {
            return;
        }
        Path watched = folder.get();
        polling = true;
        UiTask<FolderSnapshot> task = UiTask.of(() -> FolderSnapshot.of(watched), snapshot -> {
            polling = false;
            if (!folder.equals(Optional.of(watched))) {
                return;  // the reader chose another folder meanwhile
            }
            if (!importer.importingProperty().get()) {
                List<Path> ready = snapshot.settledSince(previous, imported);
                importer.importPaths(ready, texts.format(MessageKeys.IMPORT_STARTING, ready.size()), afterImport,
                        summary -> say(watched, summary));
            }
            previous = snapshot;
        }, status, texts.format(MessageKeys.WATCH_FAILED, watched));
        task.onFailure(error -> {
            polling = false;
            status.error(texts.format(MessageKeys.WATCH_FAILED, watched), error);
        });
        executor.execute(task);
    }

    private void say(Path watched, ImportSummary summary) {
        String text = texts.format(MessageKeys.WATCH_IMPORTED, summary.newPages(), watched);
        if (!summary.notImported().isEmpty()) {
            text += " " + texts.format(MessageKeys.IMPORT_REPORT_NOT_IMPORTED, summary.notImported().size());
        }
        status.show(text);
    }
}
