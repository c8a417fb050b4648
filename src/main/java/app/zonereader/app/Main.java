package app.zonereader.app;

import app.zonereader.store.CorruptDatabaseException;
import app.zonereader.store.NewerSchemaException;
import app.zonereader.ui.BackgroundTaskExecutor;
import app.zonereader.ui.MainWindow;
import app.zonereader.ui.Texts;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The JavaFX application. Opening the library (HanLP dictionaries, migrations, the daily backup) takes seconds, so
 * the window first shows a progress indicator and builds the main window when the background task is done. A library
 * that cannot be opened leads to {@link StartupProblemDialog}, never to a stack trace.
 */
public final class Main extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private ResourceBundle bundle;
    private Texts texts;
    private Stage stage;
    private Library library;

    public static void main(String[] args) {
        launch(Main.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        bundle = Texts.bundle(Locale.getDefault());
        texts = new Texts(bundle);
        stage.setTitle(texts.get(AppMessageKeys.WINDOW_TITLE));
        stage.setOnCloseRequest(event -> Platform.exit());
        open(databaseFile());
        stage.show();
    }

    private Path databaseFile() {
        CommandLine line = CommandLine.parse(getParameters().getRaw(), java.util.Set.of(), java.util.Set.of("--db"));
        return AppPaths.forThisMachine().database(line.option("--db"));
    }

    /** Opens the library in the background; the stage shows progress meanwhile. */
    private void open(Path databaseFile) {
        stage.setScene(openingScene(databaseFile));
        Task<Library> opening = new Task<>() {
            @Override
            protected Library call() {
                Library opened = Library.open(databaseFile);
                opened.store().backUpIfDue();
                return opened;
            }
        };
        opening.setOnSucceeded(event -> showLibrary(opening.getValue()));
        opening.setOnFailed(event -> handleOpenFailure(databaseFile, opening.getException()));
        executor.execute(opening);
    }

    private Scene openingScene(Path databaseFile) {
        Label message = new Label(texts.format(AppMessageKeys.OPENING, databaseFile));
        message.setWrapText(true);
        VBox box = new VBox(16, new ProgressIndicator(), message);
        box.getStyleClass().add("opening-pane");
        box.setStyle("-fx-alignment: center; -fx-padding: 40;");
        return new Scene(box, 1200, 780);
    }

    private void showLibrary(Library opened) {
        library = opened;
        MainWindow window = new MainWindow(opened.service(), executor, bundle, BundledPages.list());
        stage.setScene(window.createScene());
    }

    private void handleOpenFailure(Path databaseFile, Throwable error) {
        LOG.error("Cannot open the library {}", databaseFile, error);
        StartupProblemDialog dialog = new StartupProblemDialog(stage, texts, new Recovery(databaseFile, Clock.systemUTC()));
        Optional<Path> next = dialog.ask(databaseFile, error,
                error instanceof CorruptDatabaseException, error instanceof NewerSchemaException);
        next.ifPresentOrElse(this::open, Platform::exit);
    }

    @Override
    public void stop() {
        executor.close();
        if (library != null) {
            library.close();
        }
    }
}
