package app.zonereader.ui;

import app.zonereader.model.ReanchorReport;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * File → Re-process library…: after a confirmation, runs the current page engine over every stored page in the
 * background, with progress and Cancel in the status bar, then shows what happened to the reader's annotations and
 * lets the window reload everything.
 */
final class ReprocessAction {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final Supplier<Window> owner;
    private final Runnable afterwards;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<ReanchorReport>> lastReport = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final AtomicBoolean stopRequested = new AtomicBoolean(false);

    /** @param afterwards run on the JavaFX thread when re-processing ends, however it ends */
    ReprocessAction(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts, Supplier<Window> owner,
                    Runnable afterwards) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.owner = owner;
        this.afterwards = afterwards;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The report of the last finished run, for the summary dialog and the tests. */
    ReadOnlyObjectProperty<Optional<ReanchorReport>> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** Asks first, since re-processing a large library takes a while and changes every page's items. */
    void run() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, texts.get(MessageKeys.REPROCESS_CONFIRM),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner.get());
        confirm.setTitle(texts.get(MessageKeys.REPROCESS_TITLE));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("reprocessConfirm");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> start());
    }

    /** Starts re-processing without asking, unless it runs already. */
    void start() {
        if (running.get()) {
            return;
        }
        stopRequested.set(false);
        BackgroundTask<ReanchorReport> task = BackgroundTask.reporting(progress -> {
            progress.updateMessage(texts.get(MessageKeys.REPROCESS_STARTING));
            progress.updateProgress(-1, 1);
            return service.reprocess((done, total, report) -> {
                progress.updateProgress(done, total);
                progress.updateMessage(texts.format(MessageKeys.REPROCESS_PROGRESS, done, total, report.fileName()));
            }, () -> stopRequested.get() || progress.isCancelled());
        });
        status.follow(task);
        task.onSuccess(report -> finish(() -> summarize(report)))
                .onCancelled(() -> finish(() -> status.show(texts.get(MessageKeys.REPROCESS_CANCELLED))))
                .onFailure(error -> finish(() -> status.error(texts.get(MessageKeys.ERROR_REPROCESS), error)));
        running.set(true);
        status.show(texts.get(MessageKeys.REPROCESS_STARTING));
        executor.execute(task);
    }

    /** Asks the running re-processing to stop after its current page; pages not reached keep their old version. */
    void cancel() {
        stopRequested.set(true);
    }

    private void finish(Runnable report) {
        status.stopFollowing();
        running.set(false);
        report.run();
        afterwards.run();
    }

    private void summarize(ReanchorReport report) {
        String summary = texts.format(MessageKeys.REPROCESS_DONE, report.pages(), report.items(), report.exact(),
                report.fuzzy(), report.orphaned(), report.failures().size());
        if (stopRequested.get()) {
            summary = texts.get(MessageKeys.REPROCESS_CANCELLED) + " " + summary;
        }
        status.show(summary);
        lastReport.set(Optional.of(report));
        StringBuilder details = new StringBuilder(summary);
        if (!report.failures().isEmpty()) {
            details.append("\n\n").append(texts.get(MessageKeys.REPROCESS_FAILURES));
            report.failures().forEach(failure -> details.append("\n").append(failure));
        }
        Alert done = new Alert(Alert.AlertType.INFORMATION, details.toString());
        done.initOwner(owner.get());
        done.setTitle(texts.get(MessageKeys.REPROCESS_TITLE));
        done.setHeaderText(null);
        done.getDialogPane().setId("reprocessSummary");
        done.show();
    }
}
