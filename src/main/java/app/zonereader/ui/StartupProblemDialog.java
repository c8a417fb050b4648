package app.zonereader.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells the user why the library could not be opened and asks how to go on: restore the newest backup or start a new
 * library (for a damaged file), open another file, or quit. It only asks; the caller carries the answer out.
 */
public final class StartupProblemDialog {
    /** Why the library could not be opened. */
    public enum Problem { DAMAGED, NEWER_VERSION, OTHER }

    /** The user's choice. */
    public sealed interface Answer {
        record RestoreNewestBackup() implements Answer { }

        record StartFresh() implements Answer { }

        record OpenFile(Path file) implements Answer { }

        record Quit() implements Answer { }
    }

    private final Window owner;
    private final Texts texts;

    public StartupProblemDialog(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    /**
     * @param newestBackup the day of the newest backup, when there is one (offered only for a damaged file)
     * @param detail       the error message, shown for problems other than a damaged or newer file
     */
    public Answer ask(Path databaseFile, Problem problem, Optional<LocalDate> newestBackup, String detail) {
        ButtonType restore = new ButtonType(texts.get(MessageKeys.PROBLEM_RESTORE_NEWEST), ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType(texts.get(MessageKeys.PROBLEM_START_FRESH), ButtonBar.ButtonData.OTHER);
        ButtonType other = new ButtonType(texts.get(MessageKeys.PROBLEM_OPEN_OTHER), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(texts.get(MessageKeys.PROBLEM_QUIT), ButtonBar.ButtonData.CANCEL_CLOSE);
        boolean damaged = problem == Problem.DAMAGED;
        List<ButtonType> buttons = new ArrayList<>();
        if (damaged && newestBackup.isPresent()) {
            buttons.add(restore);
        }
        if (damaged) {
            buttons.add(fresh);
        }
        buttons.add(other);
        buttons.add(quit);

        Alert alert = new Alert(Alert.AlertType.ERROR, explanation(databaseFile, problem, newestBackup, detail),
                buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(texts.get(MessageKeys.PROBLEM_TITLE));
        alert.setHeaderText(texts.get(MessageKeys.PROBLEM_TITLE));
        alert.getDialogPane().setMinWidth(560);
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == restore) {
            return new Answer.RestoreNewestBackup();
        }
        if (answer == fresh) {
            return new Answer.StartFresh();
        }
        if (answer == other) {
            return chooseFile(databaseFile).<Answer>map(Answer.OpenFile::new).orElse(new Answer.Quit());
        }
        return new Answer.Quit();
    }

    String explanation(Path databaseFile, Problem problem, Optional<LocalDate> newestBackup, String detail) {
        return switch (problem) {
            case DAMAGED -> texts.format(MessageKeys.PROBLEM_CORRUPT, databaseFile,
                    newestBackup.map(LocalDate::toString).orElse("—"));
            case NEWER_VERSION -> texts.format(MessageKeys.PROBLEM_NEWER, databaseFile);
            case OTHER -> texts.format(MessageKeys.PROBLEM_OTHER, databaseFile, detail);
        };
    }

    /** Says that carrying out the user's choice failed; the app then quits. */
    public void showRecoveryFailed(String reason) {
        Alert failed = new Alert(Alert.AlertType.ERROR, texts.format(MessageKeys.PROBLEM_RECOVERY_FAILED, reason));
        failed.initOwner(owner);
        failed.showAndWait();
    }

    private Optional<Path> chooseFile(Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(MessageKeys.PROBLEM_CHOOSE_LIBRARY));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get(MessageKeys.PROBLEM_LIBRARY_FILES), "*.db"));
        File folder = current.getParent() == null ? null : current.getParent().toFile();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
