package app.zonereader.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.util.List;
import java.util.Locale;

/**
 * Shows the main window over the fake library, for looking at the UI by eye (not run by the build).
 * Arguments: "en" for English texts, "search:TEXT" to type a search, "open:TEXT" to open its first result, "stats" to open the stats tab.
 */
public final class DemoApp extends Application {
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Locale locale = args.contains("en") ? Locale.ENGLISH : Locale.CHINESE;
        FakeLibraryService library = FakeLibraryService.withSampleArticles();
        MainWindow window = new MainWindow(library, executor, Texts.bundle(locale), List.of());
        stage.setScene(window.createScene());
        stage.setTitle("ZoneReader demo");
        stage.show();
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
        later.setOnFinished(event -> {
            window.treePane().selectArticle(1);
            for (String arg : args) {
                if (arg.startsWith("search:")) {
                    window.searchBar().field().setText(arg.substring("search:".length()));
                } else if (arg.startsWith("open:")) {
                    // Search, then press Enter again once the results are in: the article opens with hits marked.
                    window.searchBar().field().setText(arg.substring("open:".length()));
                    pressEnter(window);
                    javafx.animation.PauseTransition open = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                    open.setOnFinished(e -> pressEnter(window));
                    open.play();
                } else if (arg.equals("stats")) {
                    window.tabs().getSelectionModel().select(1);
                }
            }
        });
        later.play();
    }

    private static void pressEnter(MainWindow window) {
        window.searchBar().field().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.ENTER, false, false, false, false));
    }

    @Override
    public void stop() {
        executor.close();
    }

    /** A plain main class, because the java launcher refuses an Application subclass on the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(DemoApp.class, args);
        }
    }
}
