package app.zonereader.app;

import app.zonereader.store.Backups;
import app.zonereader.ui.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells the user why the library could not be opened and offers the ways on: restore the newest backup or start a new
 * library (for a damaged file), open another file, or quit. Answers the library file to open next, or empty to quit.
 */
final class StartupProblemDialog {
    private static final Logger LOG = LoggerFactory.getLogger(StartupProblemDialog.class);

    private final Stage owner;
    private final Texts texts;
    private final Recovery recovery;

    StartupProblemDialog(Stage owner, Texts texts, Recovery recovery) {
        this.owner = owner;
        this.texts = texts;
        this.recovery = recovery;
    }

    Optional<Path> ask(Path databaseFile, Throwable error, boolean damaged, boolean newer) {
        ButtonType restore = new ButtonType(texts.get(AppMessageKeys.RESTORE_NEWEST), ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType(texts.get(AppMessageKeys.START_FRESH), ButtonBar.ButtonData.OTHER);
        ButtonType other = new ButtonType(texts.get(AppMessageKeys.OPEN_OTHER), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(texts.get(AppMessageKeys.QUIT), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<Backups.Backup> newest = damaged ? recovery.newestBackup() : Optional.empty();

        List<ButtonType> buttons = new ArrayList<>();
        newest.ifPresent(backup -> buttons.add(restore));
        if (damaged) {
            buttons.add(fresh);
        }
        buttons.add(other);
        buttons.add(quit);

        String explanation = damaged ? texts.format(AppMessageKeys.PROBLEM_CORRUPT, databaseFile,
                newest.map(backup -> backup.day().toString()).orElse("—"))
                : newer ? texts.format(AppMessageKeys.PROBLEM_NEWER, databaseFile)
                : texts.format(AppMessageKeys.PROBLEM_OTHER, databaseFile, Cli.describe(error));
        Alert alert = new Alert(Alert.AlertType.ERROR, explanation, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(texts.get(AppMessageKeys.PROBLEM_TITLE));
        alert.setHeaderText(texts.get(AppMessageKeys.PROBLEM_TITLE));
        alert.getDialogPane().setMinWidth(560);
        ButtonType answer = alert.showAndWait().orElse(quit);
        try {
            if (answer == restore && newest.isPresent()) {
                recovery.restore(newest.get());
                return Optional.of(databaseFile);
            }
            if (answer == fresh) {
                recovery.moveAside();
                return Optional.of(databaseFile);
            }
        } catch (IOException e) {
            LOG.error("Recovery of {} failed", databaseFile, e);
            Alert failed = new Alert(Alert.AlertType.ERROR, texts.format(AppMessageKeys.RECOVERY_FAILED, Cli.describe(e)));
            failed.initOwner(owner);
            failed.showAndWait();
            return Optional.empty();
        }
        return answer == other ? chooseFile(databaseFile) : Optional.empty();
    }

    private Optional<Path> chooseFile(Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(AppMessageKeys.CHOOSE_LIBRARY));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get(AppMessageKeys.LIBRARY_FILES), "*.db"));
        File folder = current.getParent() == null ? null : current.getParent().toFile();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
