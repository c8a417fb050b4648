package app.zonereader.ui;

import app.zonereader.service.LibraryService;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * File → Restore backup…: lists the daily backups (in the background), lets the user pick a day, restores it in the
 * background and reloads every pane.
 */
final class RestoreBackupAction {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final Supplier<Window> owner;
    private final Runnable afterRestore;

    RestoreBackupAction(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts,
                        Supplier<Window> owner, Runnable afterRestore) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.owner = owner;
        this.afterRestore = afterRestore;
    }

    void run() {
        executor.execute(UiTask.of(service::backupDays, this::choose, status, texts.get(MessageKeys.ERROR_RESTORE)));
    }

    private void choose(List<LocalDate> days) {
        if (days.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, texts.get(MessageKeys.RESTORE_NONE));
            none.initOwner(owner.get());
            none.setTitle(texts.get(MessageKeys.RESTORE_TITLE));
            none.setHeaderText(null);
            none.show();
            return;
        }
        ChoiceDialog<LocalDate> dialog = new ChoiceDialog<>(days.get(0), days);
        dialog.initOwner(owner.get());
        dialog.setTitle(texts.get(MessageKeys.RESTORE_TITLE));
        dialog.setHeaderText(texts.get(MessageKeys.RESTORE_HEADER));
        dialog.getDialogPane().setId("restoreDialog");
        dialog.showAndWait().ifPresent(this::restore);
    }

    void restore(LocalDate day) {
        status.show(texts.format(MessageKeys.RESTORE_RUNNING, day.toString()));
        executor.execute(UiTask.of(() -> {
            service.restoreBackup(day);
            return day;
        }, restored -> {
            status.show(texts.format(MessageKeys.RESTORE_DONE, restored.toString()));
            afterRestore.run();
        }, status, texts.get(MessageKeys.ERROR_RESTORE)));
    }
}
