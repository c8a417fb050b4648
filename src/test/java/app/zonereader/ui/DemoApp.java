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
        if (args.contains("many")) {
            addManyZones(library);
        }
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

    /** Forty made-up zones in eight provinces, to see how the charts and the tree cope with a full library. */
    private static void addManyZones(FakeLibraryService library) {
        String[] provinces = {"江苏", "浙江", "广东", "山东", "四川", "湖南", "河南", "黑龙江"};
        String[] places = {"苏州工业园", "杭州滨江", "深圳南山", "济南齐鲁", "成都天府", "长沙麓谷", "郑州金水", "哈尔滨松北",
                "无锡太湖", "宁波甬江"};
        for (int i = 0; i < 40; i++) {
            String province = provinces[i % provinces.length];
            String zoneName = places[i % places.length] + (i / places.length + 1) + "高新区";
            app.zonereader.model.Zone zone = new app.zonereader.model.Zone(zoneName + "全称", zoneName, List.of(), province, province, 2000);
            for (int n = 0; n <= i % 7; n++) {
                library.add("many.txt", FakeLibraryService.article(zoneName + "第" + (n + 1) + "篇报道", java.util.Optional.of(zone), "正文。"));
            }
        }
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
