package app.zonereader.ui;

import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.CountByName;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StoredArticle;
import app.zonereader.service.AnnotationExporter;
import app.zonereader.service.LibraryService;
import app.zonereader.service.PageSource;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The main window: menu and search on top, the zone tree on the left, the article and the stats as tabs on the
 * right, and a status bar with the article count and import progress. It wires the panes to each other; each
 * pane talks to the library only through its own view model.
 */
public final class MainWindow {
    /** The stylesheet on the classpath. */
    public static final String STYLESHEET = "/app/zonereader/ui/zonereader.css";
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 780;

    private final LibraryService service;
    private final TaskExecutor executor;
    private final NewestWins articleCountLoads;
    private final Texts texts;
    private final List<PageSource> firstRunPages;
    private final StatusModel status = new StatusModel();
    private final ImportViewModel importer;
    private final PageImportActions pageImport;
    private final ZoneTreeViewModel treeModel;
    private final ArticleViewModel articleModel;
    private final ReaderEdits readerEdits;
    /** How long an article must stay open to count as read; tests shorten it. */
    private javafx.util.Duration readAfter = ReadTracker.READ_AFTER;
    private final StatsViewModel statsModel;
    private final KeyFiguresViewModel figuresModel;
    private final SearchViewModel searchModel;
    private final Label articleCount = new Label();
    // ui-library (issue 9)
    private final AnnotationExporter exporter;
    private final AnnotationsViewModel annotationsModel;
    private final LastArticleMemory lastArticle;
    private ReprocessAction reprocess;
    private AnnotationsTab annotationsTab;
    // import (issue 12): progress and report pane, another process's changes, the watch folder
    private final LibraryChangeWatcher changeWatcher;
    private final WatchFolder watchFolder;
    private ImportPane importPane;

    private ZoneTreePane treePane;
    private ArticlePane articlePane;
    private StatsPane statsPane;
    private KeyFiguresPane figuresPane;
    private SearchBar searchBar;
    private TabPane tabs;
    private Tab statsTab;
    /** The reader's marks changed while the stats tab was hidden: refresh it when it is shown. */
    private boolean statsStale;
    private Tab articleTab;
    private StatusBar statusBar;
    private MenuItem importItem;
    private MenuBar menuBar;
    /** The search scopes the tree's selection suggests (its zone, its province). */
    private List<SearchScope> treeScopes = List.of();
    /** The search scopes the open article suggests (its tags). */
    private List<SearchScope> tagScopes = List.of();
    // desktop (issue 14): theme, reading type, keyboard, preferences, layout memory
    private final DesktopChrome chrome;
    private SplitPane mainSplit;
    private SplitPane statsSplit;

    /**
     * @param service       the library; called only from background tasks
     * @param executor      runs those tasks (a {@link BackgroundTaskExecutor} in the app)
     * @param bundle        the UI texts, see {@link Texts#bundle}
     * @param firstRunPages imported automatically when the library is empty at start
     * @param exporter      writes File → Export annotations…; called only from background tasks
     */
    public MainWindow(LibraryService service, TaskExecutor executor, ResourceBundle bundle, List<PageSource> firstRunPages,
                      AnnotationExporter exporter) {
        this(service, executor, bundle, firstRunPages, exporter, DesktopSettings.unsaved());
    }

    /**
     * @param desktop the reader's preferences (theme, type, layout) and what the About dialog shows; see
     *                {@link DesktopSettings#unsaved()} for a window that remembers nothing
     */
    public MainWindow(LibraryService service, TaskExecutor executor, ResourceBundle bundle, List<PageSource> firstRunPages,
                      AnnotationExporter exporter, DesktopSettings desktop) {
        this.service = Objects.requireNonNull(service, "service");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.articleCountLoads = new NewestWins(executor);
        this.texts = new Texts(Objects.requireNonNull(bundle, "bundle"));
        this.firstRunPages = List.copyOf(firstRunPages);
        this.importer = new ImportViewModel(service, executor, status, texts);
        this.pageImport = new PageImportActions(importer, texts, this::window, this::refreshAll);
        this.treeModel = new ZoneTreeViewModel(service, executor, status, texts);
        this.articleModel = new ArticleViewModel(service, executor, status, texts, this::onMarksChanged, this::refreshAll);
        this.readerEdits = new ReaderEdits(service, executor, status, texts, articleModel);
        this.statsModel = new StatsViewModel(service, executor, status, texts);
        this.figuresModel = new KeyFiguresViewModel(service, executor, status, texts);
        this.searchModel = new SearchViewModel(service, executor, status, texts);
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.annotationsModel = new AnnotationsViewModel(service, executor, status, texts);
        this.lastArticle = new LastArticleMemory(service, executor, status, texts);
        this.chrome = new DesktopChrome(Objects.requireNonNull(desktop, "desktop"), texts, executor, status);
        this.changeWatcher = new LibraryChangeWatcher(service, executor, status, texts, this::refreshAll);
        this.watchFolder = new WatchFolder(executor, status, texts, importer, this::refreshAll,
                WatchFolder.DEFAULT_PERIOD);
    }

    /**
     * Builds the window's scene and starts loading the library (importing {@code firstRunPages} first when it is
     * empty). Call once, on the JavaFX thread.
     */
    public Scene createScene() {
        treePane = new ZoneTreePane(treeModel, this::openFromTree);
        articlePane = new ArticlePane(articleModel, readerEdits, texts, readAfter, tag -> searchBar.searchFor(tag),
                this::searchWithinTag);
        searchBar = new SearchBar(searchModel, texts, this::openSearchHit);
        treePane.onScopesChanged(scopes -> {
            treeScopes = scopes;
            offerScopes();
        });
        articleModel.shownProperty().addListener((observable, old, shown) -> {
            tagScopes = shown.map(s -> s.stored().article().tags().stream().map(SearchScope::tag).toList()).orElse(List.of());
            offerScopes();
            shown.ifPresent(s -> lastArticle.remember(s.stored().id()));
        });
        TagRenameAction tagRename = new TagRenameAction(service, executor, status, texts, this::window,
                () -> treeModel.tagsProperty().get().stream().map(CountByName::name).toList(), this::afterTagRenamed);
        treePane.onRenameTag(tagRename::run);
        // At start, once the tree is there, select and open the article that was open when the window closed.
        lastArticle.recallOnceLoaded(treeModel.loadStateProperty(), this::openRemembered);

        articleTab = new Tab(texts.get(MessageKeys.TAB_ARTICLE), articlePane);
        articleTab.setId("articleTab");
        // The stats follow the tree's selection; the figures table follows the stats' filter.
        statsPane = new StatsPane(statsModel, executor, status, texts, treePane::selectZone, treePane::selectProvince,
                this::openFromTree);
        treePane.onScopesChanged(statsModel::followTree);
        figuresModel.filterProperty().bind(statsModel.filterProperty());
        figuresPane = new KeyFiguresPane(figuresModel, texts, this::openFigure);
        // Charts on top, the figures table below: both answer "where is the most happening".
        statsSplit = new SplitPane(statsPane, figuresPane);
        statsSplit.setOrientation(Orientation.VERTICAL);
        statsSplit.setDividerPositions(0.72);
        statsTab = new Tab(texts.get(MessageKeys.TAB_STATS));
        statsTab.setId("statsTab");
        FirstShown.tabContent(statsTab, statsSplit);
        statsTab.setOnSelectionChanged(event -> {
            if (statsTab.isSelected() && statsStale) {
                statsStale = false;
                statsModel.refresh();
                figuresModel.refresh();
            }
        });
        annotationsTab = new AnnotationsTab(annotationsModel, texts, treeModel.contentProperty(), treeModel.tagsProperty(),
                this::openAnnotation);
        tabs = new TabPane(articleTab, statsTab, annotationsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(treePane, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(treePane, false);
        mainSplit = split;

        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setStyle(CjkFont.rootStyle());
        root.setTop(new VBox(menuBar(), searchBar));
        root.setCenter(split);
        importPane = new ImportPane(importer, texts);
        root.setBottom(new VBox(importPane, statusBar()));

        Scene scene = new Scene(root, WIDTH, HEIGHT);
        pageImport.acceptDroppedPages(scene);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET), STYLESHEET).toExternalForm());
        chrome.install(scene, new DesktopChrome.Parts(treePane, articlePane, searchBar, tabs,
                List.of(articleTab, statsTab, annotationsTab), mainSplit, statsSplit, menuBar));
        start();
        return scene;
    }

    /** True while an import runs, e.g. for asking before quitting. */
    public boolean isImporting() {
        return importer.importingProperty().get();
    }

    /** The status line's current text, e.g. "Importing 3/5 …". */
    public String statusMessage() {
        return status.message();
    }

    private MenuBar menuBar() {
        importItem = menuItem(MessageKeys.MENU_IMPORT, "Shortcut+O", pageImport::chooseAndImport);
        reprocess = new ReprocessAction(service, executor, status, texts, this::window, this::afterReprocess);
        // One long job at a time: importing and re-processing both rewrite pages.
        var busy = importer.importingProperty().or(reprocess.runningProperty());
        importItem.disableProperty().bind(busy);
        MenuItem importFolderItem = menuItem(MessageKeys.MENU_IMPORT_FOLDER, "Shortcut+Shift+O",
                pageImport::chooseFolderAndImport);
        importFolderItem.disableProperty().bind(busy);
        MenuItem reprocessItem = menuItem(MessageKeys.MENU_REPROCESS, "", reprocess::run);
        reprocessItem.disableProperty().bind(busy);
        ExportAction export = new ExportAction(exporter, executor, status, texts, this::window);
        MenuItem exportItem = menuItem(MessageKeys.MENU_EXPORT, "Shortcut+Shift+E", export::run);
        RestoreBackupAction restore = new RestoreBackupAction(service, executor, status, texts, this::window, this::refreshAll);
        MenuItem restoreItem = menuItem(MessageKeys.MENU_RESTORE, "", restore::run);
        restoreItem.disableProperty().bind(busy);
        Menu file = new Menu(texts.get(MessageKeys.MENU_FILE), null, importItem, importFolderItem, reprocessItem, exportItem, restoreItem,
                new SeparatorMenuItem(), menuItem(MessageKeys.MENU_QUIT, "Shortcut+Q", this::closeWindow));
        Menu edit = new Menu(texts.get(MessageKeys.MENU_EDIT), null,
                menuItem(MessageKeys.MENU_FIND, "Shortcut+F", () -> searchBar.focusField()));
        Menu help = new Menu(texts.get(MessageKeys.MENU_HELP), null, menuItem(MessageKeys.MENU_ABOUT, "", this::showAbout));
        menuBar = new MenuBar(file, edit, help);
        chrome.addMenus(menuBar, edit, help);
        return menuBar;
    }

    /** A menu item whose id is its text's key, so tests can find it in any language. */
    private MenuItem menuItem(String key, String accelerator, Runnable action) {
        return MenuItems.of(texts, key, accelerator, action);
    }

    private StatusBar statusBar() {
        statusBar = new StatusBar();
        statusBar.setId("statusBar");
        status.show(texts.get(MessageKeys.STATUS_READY));
        statusBar.textProperty().bind(status.messageProperty());
        statusBar.progressProperty().bind(status.progressProperty());
        articleCount.setId("articleCount");
        articleCount.getStyleClass().add("article-count");
        Button cancel = new Button(texts.get(MessageKeys.IMPORT_CANCEL));
        cancel.setId("cancelImport");
        cancel.visibleProperty().bind(importer.importingProperty().or(reprocess.runningProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> {
            importer.cancel();
            reprocess.cancel();
        });
        statusBar.getRightItems().addAll(cancel, articleCount);
        return statusBar;
    }

    /** What the start-up task found: the sample pages still to import, else the tree's first load. */
    private record FirstLook(List<PageSource> missing, Optional<ZoneTreeViewModel.Content> tree) {
    }

    /**
     * The first-run import (or what an interrupted one left undone), then fill every pane. With nothing to import, the
     * same background task reads the tree's top level, while the first frame is still being styled on this thread;
     * waiting for the check's answer here first put the tree's queries after that frame.
     */
    private void start() {
        UiTask<FirstLook> firstLook = UiTask.of(() -> {
            List<PageSource> missing = service.firstRunPagesToImport(firstRunPages);
            return new FirstLook(missing, missing.isEmpty() ? Optional.of(treeModel.readContent()) : Optional.empty());
        }, first -> first.tree().ifPresentOrElse(tree -> {
            treeModel.showFirstLoad(tree);
            refreshAllButTree();
        }, () -> importer.importPages(first.missing(), texts.get(MessageKeys.IMPORT_FIRST_RUN), this::refreshAll)),
                status, texts.get(MessageKeys.ERROR_LOAD_TREE));
        firstLook.onFailure(treeModel::firstLoadFailed);
        executor.execute(firstLook);
    }

    /** Reloads the tree, the charts and the article count from the library. */
    void refreshAll() {
        treeModel.refresh();
        refreshAllButTree();
    }

    private void refreshAllButTree() {
        refreshStatsWhenShown();
        articleCountLoads.execute(UiTask.of(service::articleCount,
                count -> articleCount.setText(texts.format(MessageKeys.STATUS_ARTICLE_COUNT, count)),
                status, texts.get(MessageKeys.ERROR_COUNT)));
        if (annotationsTab != null) {
            annotationsTab.refreshIfShown();
        }
    }

    // ---- import (issue 12) --------------------------------------------------------------------------------------------

    /** Where the import size limit comes from (the reader's preference, {@link UserPreferences#importMaxBytes()}). */
    public void setImportLimit(java.util.function.LongSupplier maxBytes) {
        importer.setMaxBytes(maxBytes);
    }

    /**
     * Watches {@code folder} for new and changed page files and imports them (empty: watches nothing). Call at start
     * with {@link UserPreferences#watchFolder()} and whenever the reader changes that preference.
     */
    public void watchFolder(Optional<java.nio.file.Path> folder) {
        watchFolder.follow(folder);
    }

    /**
     * Refreshes the tree and counts when another process (the command-line import) changed the library: checks
     * every {@code period}, and when the window gets the focus. Call once the scene is shown.
     */
    public void watchLibraryChanges(javafx.util.Duration period) {
        changeWatcher.start(period);
        // the status bar is a direct child of the scene's root, so its scene is there as soon as the scene is
        Scene scene = statusBar.getScene();
        if (scene.getWindow() != null) {
            checkOnFocus(scene.getWindow());
        } else {
            scene.windowProperty().addListener((observable, old, window) -> checkOnFocus(window));
        }
    }

    private void checkOnFocus(Window window) {
        window.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                changeWatcher.check();
            }
        });
    }

    /**
     * The charts and the figures table load when their tab is shown: at start they would build a thousand bars and
     * compete with the tree for the library, for a tab the reader may never open.
     */
    private void refreshStatsWhenShown() {
        if (statsTab.isSelected()) {
            statsModel.refresh();
            figuresModel.refresh();
        } else {
            statsStale = true;
        }
    }

    /** Sets how long an article must stay open to count as read; call before {@link #createScene()} (tests). */
    void setReadDelay(javafx.util.Duration delay) {
        readAfter = delay;
    }

    // ---- ui-library (issue 9): marks, tags, annotations view, last open article -------------------------------------

    /**
     * The reader changed an article's bookmark, read state or tags: the tree shows the marks, and the search box
     * offers the article's tags as they are now (the reader's own among them).
     */
    void onMarksChanged() {
        treeModel.refreshMarks();
        // The reading chart counts read state, bookmarks and annotations; its queries wait until the tab is shown,
        // since an article is marked read every few seconds while the reader reads.
        if (statsTab.isSelected()) {
            statsModel.refresh();
        } else {
            statsStale = true;
        }
        annotationsTab.refreshIfShown();
        articleModel.shownProperty().get().ifPresent(shown -> {
            long id = shown.stored().id();
            executor.execute(UiTask.of(() -> service.article(id), found -> found.filter(this::isOpen).ifPresent(article -> {
                tagScopes = article.article().tags().stream().map(SearchScope::tag).toList();
                offerScopes();
            }), status, texts.get(MessageKeys.ERROR_LOAD_ARTICLE)));
        });
    }

    private boolean isOpen(StoredArticle article) {
        return articleModel.shownProperty().get().map(shown -> shown.stored().id() == article.id()).orElse(false);
    }

    /** A renamed tag: the tree, the open article's chips and the search scope follow the new name. */
    private void afterTagRenamed(String from, String to) {
        if (searchModel.scopeProperty().get().equals(SearchScope.tag(from))) {
            searchModel.scopeProperty().set(SearchScope.tag(to));
        }
        treeModel.refresh();
        annotationsTab.refreshIfShown();
        articleModel.shownProperty().get().ifPresent(shown -> articleModel.open(shown.stored().id(), shown.highlightTerms()));
    }

    /** Re-processing renumbers items: reload everything, then reopen the article the reader had open, by its key. */
    private void afterReprocess() {
        refreshAll();
        lastArticle.recall(this::openRemembered);
    }

    private void openRemembered(long articleId) {
        tabs.getSelectionModel().select(articleTab);
        treePane.revealArticle(articleId);
        articleModel.open(articleId);
    }

    /** Opens an annotation's article in the reader tab, its tree node selected and its quote marked. */
    private void openAnnotation(AnnotationRow row) {
        tabs.getSelectionModel().select(articleTab);
        treePane.revealArticle(row.articleId());
        articleModel.open(row.articleId(), AnnotationsViewModel.termsToMark(row));
    }

    /** Imports files and folders as File → Import does, without the chooser (tests use it). */
    void importFiles(List<File> files) {
        pageImport.importFiles(files);
    }

    private void openFromTree(long articleId) {
        tabs.getSelectionModel().select(articleTab);
        articleModel.open(articleId);
    }

    private void openSearchHit(SearchHit hit) {
        tabs.getSelectionModel().select(articleTab);
        treePane.revealArticle(hit.articleId());
        articleModel.open(hit.articleId(), hit.terms());
    }

    /** Offers the scopes of the tree's selection and of the open article's tags in the search bar. */
    private void offerScopes() {
        List<SearchScope> offered = new ArrayList<>(treeScopes);
        offered.addAll(tagScopes);
        searchModel.offerScopes(offered);
    }

    /**
     * Narrows the search to one tag and puts the caret in the field, so the reader can type what to find there. The
     * tag is the open article's, so it is already among the offered scopes.
     */
    private void searchWithinTag(String tag) {
        searchModel.scopeProperty().set(SearchScope.tag(tag));
        searchBar.focusField();
    }

    /** Opens the article a figure came from, with the figure highlighted and scrolled into view. */
    private void openFigure(ArticleFigure figure) {
        tabs.getSelectionModel().select(articleTab);
        treePane.revealArticle(figure.articleId());
        articleModel.open(figure.articleId(), List.of(figure.figure().text()));
    }

    private void showAbout() {
        chrome.showAbout(treePane.getScene());
    }

    // ---- desktop (issue 14): theme, reading type, keyboard, preferences, layout memory ------------------------------

    /** Sets the hook the preferences call when the watch folder changes (the folder watcher restarts on it). */
    public void onWatchFolderChanged(Consumer<Optional<Path>> hook) {
        chrome.onWatchFolderChanged(hook);
    }

    DesktopChrome chrome() {
        return chrome;
    }

    /** Closes the window the way its close button does, so the application's shutdown hooks run. */
    private void closeWindow() {
        Window window = window();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private Window window() {
        return treePane.getScene().getWindow();
    }

    // Package-private views for the tests.
    ZoneTreePane treePane() {
        return treePane;
    }

    ArticlePane articlePane() {
        return articlePane;
    }

    StatsPane statsPane() {
        return statsPane;
    }

    KeyFiguresPane figuresPane() {
        return figuresPane;
    }

    SearchBar searchBar() {
        return searchBar;
    }

    TabPane tabs() {
        return tabs;
    }

    MenuItem importMenuItem() {
        return importItem;
    }

    MenuItem menuItem(String key) {
        return menuBar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> key.equals(item.getId())).findFirst().orElseThrow();
    }

    StatusModel statusModel() {
        return status;
    }

    ArticleViewModel articleModel() {
        return articleModel;
    }

    AnnotationsTab annotationsTab() {
        return annotationsTab;
    }

    ReprocessAction reprocessAction() {
        return reprocess;
    }

    ImportPane importPane() {
        return importPane;
    }

    /** Checks for another process's changes now, as the timer and the window's focus do. */
    void checkForOtherWriters() {
        changeWatcher.check();
    }

    /** Looks at the watch folder now, as its timer does. */
    void pollWatchFolder() {
        watchFolder.poll();
    }

    StatusBar statusBarControl() {
        return statusBar;
    }
}
