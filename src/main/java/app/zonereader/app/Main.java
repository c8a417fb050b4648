package app.zonereader.app;

import app.zonereader.store.CorruptDatabaseException;
import app.zonereader.store.NewerSchemaException;
import app.zonereader.service.AnnotationExporter;
import app.zonereader.ui.BackgroundTask;
import app.zonereader.ui.BackgroundTaskExecutor;
import app.zonereader.ui.DesktopSettings;
import app.zonereader.ui.LibraryInUseAlert;
import app.zonereader.ui.MainWindow;
import app.zonereader.ui.OpeningPane;
import app.zonereader.ui.StartupProblemDialog;
import app.zonereader.ui.StartupProblemDialog.Answer;
import app.zonereader.ui.StartupProblemDialog.Problem;
import app.zonereader.ui.SystemTheme;
import app.zonereader.ui.Texts;
import app.zonereader.ui.ThemeSupport;
import app.zonereader.ui.UserPreferences;
import app.zonereader.ui.UserPreferences.Theme;
import app.zonereader.ui.WindowPlacement;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;

/**
 * The JavaFX application. Opening the library (HanLP dictionaries, migrations) takes seconds, so
 * the window first shows progress and builds the main window when the background task is done. A library that cannot
 * be opened leads to a dialog with the ways on (restore a backup, start fresh, another file), never to a stack trace.
 */
public final class Main extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 780;
    /** How often the window asks whether another process changed the library (one pragma, no table read). */
    private static final javafx.util.Duration LIBRARY_CHECK_PERIOD = javafx.util.Duration.seconds(3);

    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final WindowPlacement placement =
            new WindowPlacement(Preferences.userNodeForPackage(Main.class).node("window"));
    /** The reader's settings (theme, type, language, library file); the window's place keeps its own node. */
    private final UserPreferences preferences =
            new UserPreferences(Preferences.userNodeForPackage(Main.class).node("preferences"));
    /** The desktop's theme, asked in the background (it runs a process); light if it has not answered in time. */
    private final CompletableFuture<Theme> systemTheme = CompletableFuture.supplyAsync(SystemTheme::detect);
    private Path libraryFile;
    private ResourceBundle bundle;
    private Texts texts;
    private Stage stage;
    /** Set by the opening task and on the JavaFX thread, read by the clean-up at shutdown (another thread). */
    private volatile Library library;
    private volatile WindowLock windowLock;
    private final ExitCleanup exitCleanup = ExitCleanup.onShutdown(this::closeEverything);

    public static void main(String[] args) {
        launch(Main.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        bundle = Texts.bundle(preferences.language().orElse(Locale.getDefault()));
        texts = new Texts(bundle);
        stage.setTitle(OpeningPane.windowTitle(texts));
        // A reader who chose dark sees no light flash while the library opens (the system's theme is still being asked).
        preferences.theme().ifPresent(ThemeSupport::applyToApplication);
        open(databaseFile());
        placement.restore(stage);
        stage.setOnHiding(event -> placement.remember(stage));
        stage.show();
    }

    private Path databaseFile() {
        return WindowOptions.parse(getParameters().getRaw()).database(AppPaths.forThisMachine(), preferences.libraryFile());
    }

    /** Opens the library in the background; the stage shows progress meanwhile. */
    private void open(Path databaseFile) {
        if (!lockForThisWindow(databaseFile)) {
            return;
        }
        libraryFile = databaseFile;
        stage.setScene(new Scene(new OpeningPane(texts, databaseFile), WIDTH, HEIGHT));
        executor.execute(BackgroundTask.of(() -> {
                    Library opened = Library.open(databaseFile);
                    library = opened;   // from now on the clean-up closes it, even before it is shown
                    return opened;
                })
                .onSuccess(this::showLibrary)
                .onFailure(error -> handleOpenFailure(databaseFile, error)));
    }

    private void showLibrary(Library opened) {
        AnnotationExporter exporter = new AnnotationExportService(opened.service());
        MainWindow window = new MainWindow(opened.service(), executor, bundle, BundledPages.list(), exporter,
                new DesktopSettings(preferences, systemTheme.getNow(Theme.LIGHT), libraryFile.toString()));
        stage.setScene(window.createScene());
        window.setImportLimit(preferences::importMaxBytes);
        window.watchFolder(preferences.watchFolder());
        window.onWatchFolderChanged(window::watchFolder);
        window.watchLibraryChanges(LIBRARY_CHECK_PERIOD);
        if (StartupProbe.enabled()) {
            StartupProbe.watch(stage.getScene(), opened.service());
        }
        checkAndBackUpInBackground(opened);
    }

    /**
     * Once the window is up, the check an unclean close left pending, then the daily backup: both read the whole file,
     * which must never delay the start, and a damaged file must never become a backup.
     */
    private void checkAndBackUpInBackground(Library opened) {
        executor.execute(BackgroundTask.of(() -> {
            Optional<String> problem = opened.store().deferredCheckProblem();
            if (problem.isEmpty()) {
                opened.store().backUpIfDue();
            }
            return problem;
        }).onSuccess(problem -> problem.ifPresent(found -> damagedAfterStart(opened, found)))
                .onFailure(error -> LOG.warn("The check or the daily backup failed", error)));
    }

    /** The check after opening found damage: the same choices as a library that cannot be opened at all. */
    private void damagedAfterStart(Library opened, String problem) {
        library = null;
        opened.close();
        handleOpenFailure(libraryFile, new CorruptDatabaseException(libraryFile, "quick_check: " + problem, null));
    }

    /**
     * A second window on one library is refused: it says so and quits, touching nothing. The command line may still
     * import into it while the window is open.
     */
    private boolean lockForThisWindow(Path databaseFile) {
        if (windowLock != null) {
            windowLock.close();
            windowLock = null;
        }
        try {
            windowLock = WindowLock.tryAcquire(databaseFile).orElse(null);
        } catch (IOException e) {
            LOG.warn("Cannot create the window lock for {}; opening without it", databaseFile, e);
            return true;
        }
        if (windowLock == null) {
            LOG.warn("{} is already open in another window", databaseFile);
            LibraryInUseAlert.showAndWait(texts, databaseFile);
            Platform.exit();
            return false;
        }
        return true;
    }

    private void handleOpenFailure(Path databaseFile, Throwable error) {
        LOG.error("Cannot open the library {}", databaseFile, error);
        Recovery recovery = new Recovery(databaseFile, Clock.systemUTC());
        Problem problem = error instanceof CorruptDatabaseException ? Problem.DAMAGED
                : error instanceof NewerSchemaException ? Problem.NEWER_VERSION : Problem.OTHER;
        StartupProblemDialog dialog = new StartupProblemDialog(stage, texts);
        Answer answer = dialog.ask(databaseFile, problem,
                recovery.newestBackup().map(backup -> backup.day()), Cli.describe(error));
        try {
            if (answer instanceof Answer.RestoreNewestBackup) {
                recovery.restore(recovery.newestBackup().orElseThrow());
                open(databaseFile);
            } else if (answer instanceof Answer.StartFresh) {
                recovery.moveAside();
                open(databaseFile);
            } else if (answer instanceof Answer.OpenFile other) {
                open(other.file());
            } else {
                Platform.exit();
            }
        } catch (IOException e) {
            LOG.error("Recovery of {} failed", databaseFile, e);
            dialog.showRecoveryFailed(Cli.describe(e));
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        exitCleanup.runNow();
    }

    /** Closing the library's connection folds its write-ahead log into the file, so the next start opens it at once. */
    private void closeEverything() {
        executor.close();
        Library open = library;
        if (open != null) {
            open.close();
        }
        WindowLock lock = windowLock;
        if (lock != null) {
            lock.close();
        }
    }
}
