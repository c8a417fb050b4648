package app.zonereader.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.util.List;
import java.util.Locale;

/**
 * Shows the main window over the fake library, for looking at the UI by eye (not run by the build).
 * Arguments: "annotated" for highlights, notes, a tag and an orphan on the page article ("page"), "en" for English texts, "search:TEXT" to type a search, "open:TEXT" to open its first result, "stats" to open the stats tab,
 * "marks" to add reader's marks (bookmarks, read state, highlights, notes, a user tag, an orphan), "annotations" to open the
 * annotations tab, "tags" to unfold the Tags branch and its first tag, "bookmarks" to unfold the Bookmarks shelf.
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
        long pageArticle = addBundledPageAsOneArticle(library);
        if (args.contains("marks")) {
            addReadersMarks(library, pageArticle);
        }
        if (args.contains("annotated")) {
            annotate(library, pageArticle);
        }
        MainWindow window = new MainWindow(library, executor, Texts.bundle(locale), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.setTitle("ZoneReader demo");
        stage.show();
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
        later.setOnFinished(event -> {
            window.treePane().selectArticle(args.contains("page") ? pageArticle : 1);
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
                } else if (arg.equals("annotations")) {
                    window.tabs().getSelectionModel().select(window.annotationsTab());
                } else if (arg.equals("tags") || arg.equals("bookmarks")) {
                    unfold(window, arg.equals("tags") ? "tags:" : TreeEntry.Bookmarks.KEY);
                }
            }
        });
        later.play();
    }

    /** Highlights in every colour, notes, a reader's tag and an orphaned highlight, to look at. */
    private static void annotate(FakeLibraryService library, long articleId) {
        String text = library.article(articleId).orElseThrow().article().bodyText();
        app.zonereader.model.HighlightColor[] colors = app.zonereader.model.HighlightColor.values();
        for (int i = 0; i < colors.length; i++) {
            int start = 40 + i * 90;
            library.addHighlight(articleId, start, Math.min(text.length(), start + 18), colors[i],
                    i % 2 == 0 ? "值得引用的数据" : "");
        }
        library.saveArticleNote(articleId, "产教融合试点的背景材料，写稿时再核对数字。");
        library.addTag(articleId, "我的选题");
        long orphan = library.addHighlight(1, 0, 10, app.zonereader.model.HighlightColor.PURPLE, "原文已改").id();
        library.orphan(orphan);
    }

    /**
     * The first bundled page, crudely reflowed into one long article (a line ending a sentence ends a paragraph, a
     * short line without punctuation is an intertitle), to look at real text in the reading pane.
     */
    private static long addBundledPageAsOneArticle(FakeLibraryService library) {
        java.util.List<app.zonereader.model.Paragraph> body = new java.util.ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        try (java.io.InputStream in = DemoApp.class.getResourceAsStream("/assets/pages/000_0c56615beea04158.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                if (line.length() <= 8 && !line.matches(".*[，。、“”：；！？,.].*") && paragraph.isEmpty()) {
                    body.add(app.zonereader.model.Paragraph.heading(line));
                    continue;
                }
                paragraph.append(line);
                if (line.endsWith("。") || line.endsWith("”")) {
                    body.add(app.zonereader.model.Paragraph.text(paragraph.toString()));
                    paragraph.setLength(0);
                }
            }
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("bundled page missing", e);
        }
        return library.add("000_0c56615beea04158.txt", new app.zonereader.model.Article(app.zonereader.model.ItemKind.ARTICLE,
                "永川高新区：以《意见》为契机争创全国产教融合试点城市", "西部职业教育基地建设提速", "本报记者 戈清平",
                List.of("戈清平"), java.util.Optional.of(FakeLibraryService.YONGCHUAN), body.subList(0, Math.min(40, body.size())),
                List.of(), List.of("职业教育", "产教融合", "成渝地区双城经济圈", "西部职业教育基地", "技能型社会", "永川区"),
                List.of(new app.zonereader.model.KeyFigure(app.zonereader.model.KeyFigureKind.COUNT, "17所", 17, "所",
                        "永川区现有职业院校17所，在校学生16万人，是重庆市职业教育资源最为集中的区域之一。")),
                List.of(app.zonereader.model.IngestWarning.of(app.zonereader.model.WarningCode.HEADLINE_UNPLACED, "版面上标题位于页尾"))));
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

    /** Bookmarks, read state, highlights in every colour with notes, an article note, a user tag and an orphan. */
    private static void addReadersMarks(FakeLibraryService library, long pageArticle) {
        library.setBookmarked(2, true);
        library.setBookmarked(pageArticle, true);
        library.setRead(1, true);
        library.setRead(4, true);
        library.addTag(3, "数字经济");
        library.addTag(pageArticle, "数字经济");
        String body = library.article(pageArticle).orElseThrow().article().bodyText();
        app.zonereader.model.HighlightColor[] colors = app.zonereader.model.HighlightColor.values();
        String[] quotes = {"职业教育", "产教融合", "西部职业教育基地", "技能型社会", "职业院校"};
        String[] notes = {"核心提法", "与《意见》对照", "", "可做专题", "数据待核"};
        for (int i = 0; i < quotes.length; i++) {
            int start = body.indexOf(quotes[i]);
            if (start >= 0) {
                library.addHighlight(pageArticle, start, start + quotes[i].length(), colors[i], notes[i]);
            }
        }
        library.addHighlight(4, 0, 7, app.zonereader.model.HighlightColor.BLUE, "光谷规划");
        library.saveArticleNote(2, "签约项目值得跟进");
        long gone = library.addHighlight(5, 0, 6, app.zonereader.model.HighlightColor.PINK, "原段落已删").id();
        library.orphan(gone);
    }

    private static void unfold(MainWindow window, String key) {
        window.treePane().treeView().getRoot().getChildren().stream().filter(node -> node.getValue().key().equals(key))
                .findFirst().ifPresent(node -> {
                    node.setExpanded(true);
                    if (!node.getChildren().isEmpty()) {
                        node.getChildren().get(0).setExpanded(true);
                    }
                });
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
