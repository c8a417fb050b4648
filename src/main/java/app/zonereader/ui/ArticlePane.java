package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.Article;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.StoredArticle;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reading pane: a toolbar (bookmark, mark unread, copy), then headline, byline and place, tag chips, captions,
 * the body as a selectable styled text, and key figures, all scrolling as one page; the annotations panel beside
 * it. Search terms are marked and the first one is scrolled into view; highlights are drawn in their colours.
 */
final class ArticlePane extends StackPane {
    /** Lines longer than about 45 CJK characters are tiring to read; wide windows get margins instead. */
    private static final double MAX_TEXT_WIDTH = 860;
    /** Notes are saved this long after the last keystroke (the issue allows at most 1 s of typing at risk). */
    static final Duration NOTE_SAVE_DELAY = Duration.millis(500);
    /** The scroll position is saved once the reader stops scrolling for this long. */
    private static final Duration SCROLL_SAVE_DELAY = Duration.millis(800);
    /** Where the divider between the article and the annotations panel starts. */
    private static final double PANEL_DIVIDER = 0.7;
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    private final ArticleViewModel viewModel;
    private final ReaderEdits edits;
    private final Texts texts;
    private final ArticleSections sections;
    private final VBox content = new VBox();
    private final ScrollPane scroller = new ScrollPane();
    private final ArticleBodyView body = new ArticleBodyView();
    private final ArticleToolbar toolbar;
    private final TagEditor tagEditor;
    private final AnnotationsPanel panel;
    private final HighlightPopup popup;
    private final BodyActions actions;
    private final CorrectionMenu corrections;
    private final SplitPane split;
    private final BorderPane reader = new BorderPane();
    private final Label placeholder;
    private final ReadTracker readTracker;
    private final PauseTransition noteTimer = new PauseTransition(NOTE_SAVE_DELAY);
    private final PauseTransition scrollTimer = new PauseTransition(SCROLL_SAVE_DELAY);
    private final ScrollRestore restore;
    /** True while the pane itself moves the scroller (restoring a position), so that is not taken for reading. */
    private boolean scrollingItself;
    private long lastOpenToSpansNanos;

    /**
     * @param readAfter         how long an article must stay open to count as read
     * @param onTagChosen       called with a tag's text when the reader clicks its chip (the window searches for it)
     * @param onSearchWithinTag called from the chip's menu: search only among articles with that tag
     */
    ArticlePane(ArticleViewModel viewModel, ReaderEdits edits, Texts texts, Duration readAfter,
                Consumer<String> onTagChosen, Consumer<String> onSearchWithinTag) {
        this.viewModel = viewModel;
        this.edits = edits;
        this.texts = texts;
        this.sections = new ArticleSections(texts);
        this.toolbar = new ArticleToolbar(texts);
        this.tagEditor = new TagEditor(texts, edits, onTagChosen, onSearchWithinTag);
        this.popup = new HighlightPopup(texts, edits, noteTimer::playFromStart, this::shortcutFromPopup);
        this.actions = new BodyActions(viewModel, body, popup, texts);
        this.corrections = new CorrectionMenu(texts, edits.corrections(), viewModel, () -> body.area().getCaretPosition());
        Icons.decorate(corrections.button(), MessageKeys.CORRECT_MENU);
        toolbar.getItems().add(toolbar.getItems().indexOf(toolbar.panel), corrections.button());
        this.panel = new AnnotationsPanel(texts, this::reveal, note -> {
            edits.editArticleNote(note);
            noteTimer.playFromStart();
        }, new OrphansView(texts, edits, body::selection));
        this.readTracker = new ReadTracker(readAfter, id -> viewModel.setRead(id, true));
        getStyleClass().add("article-pane");
        content.getStyleClass().add("article-content");
        content.setId("articleContent");
        content.setMaxWidth(MAX_TEXT_WIDTH);
        StackPane page = new StackPane(content);
        page.getStyleClass().add("article-page");
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        scroller.setContent(page);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("article-scroller");
        split = new SplitPane(scroller, panel);
        split.setDividerPositions(PANEL_DIVIDER);
        SplitPane.setResizableWithParent(panel, false);
        reader.setTop(toolbar);
        reader.setCenter(split);
        placeholder = new Label(texts.get(MessageKeys.ARTICLE_PLACEHOLDER));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().setAll(placeholder);

        noteTimer.setOnFinished(event -> edits.flushNotes());
        scrollTimer.setOnFinished(event -> viewModel.current()
                .ifPresent(shown -> viewModel.saveScrollPosition(shown.id(), scroller.getVvalue())));
        scroller.vvalueProperty().addListener((observable, old, position) -> scrolled(position.doubleValue()));
        restore = new ScrollRestore(scroller, content);
        wireActions();
        viewModel.shownProperty().addListener((observable, old, shown) -> show(old, shown));
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void wireActions() {
        toolbar.bookmark.setOnAction(event -> viewModel.setBookmarked(toolbar.bookmark.isSelected()));
        toolbar.markUnread.setOnAction(event -> viewModel.current().ifPresent(shown -> {
            readTracker.markedUnread();
            viewModel.setRead(shown.id(), false);
        }));
        toolbar.copyLink.setOnAction(event -> actions.copyLink());
        toolbar.copyCitation.setOnAction(event -> actions.copyWithCitation());
        toolbar.panel.selectedProperty().addListener((observable, was, visible) -> {
            if (visible) {
                split.getItems().setAll(scroller, panel);
                split.setDividerPositions(PANEL_DIVIDER);
            } else {
                split.getItems().setAll(scroller);
            }
        });
        // Text cannot be copied from outside the body, so the page's menu offers the whole article.
        MenuItem copyArticle = new MenuItem(texts.get(MessageKeys.ARTICLE_COPY));
        copyArticle.setId("copyArticle");
        copyArticle.setOnAction(event -> actions.copyArticle());
        scroller.setContextMenu(new ContextMenu(copyArticle));
        body.area().setContextMenu(actions.contextMenu());
        body.area().addEventHandler(MouseEvent.MOUSE_RELEASED, actions::mouseReleased);
        // Moving the caret with the keyboard keeps it in view: the page scrolls, not the area.
        body.area().caretPositionProperty().addListener((observable, old, caret) -> {
            if (body.area().isFocused()) {
                Platform.runLater(this::keepCaretInView);
            }
        });
        // The area has nothing to scroll (it is as tall as its text) but would swallow the wheel: scroll the page.
        body.area().addEventFilter(ScrollEvent.SCROLL, event -> {
            double scrollable = content.getHeight() - scroller.getViewportBounds().getHeight();
            if (scrollable > 0) {
                scroller.setVvalue(Math.max(0, Math.min(1, scroller.getVvalue() - event.getDeltaY() / scrollable)));
            }
            event.consume();
        });
    }

    /** Window-wide shortcuts of the reading pane; text fields keep their own Ctrl+Z and Ctrl+C. */
    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+D"), viewModel::toggleBookmark);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), edits::undo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+C"), actions::copyWithCitation);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+H"), actions::openPopupAtCaret);
        corrections.installShortcuts(scene);
        if (scene.getWindow() != null) {
            saveNotesOnClose(scene.getWindow());
        }
        scene.windowProperty().addListener((observable, old, window) -> {
            if (window != null) {
                saveNotesOnClose(window);
            }
        });
    }

    /** Closing (or quitting) saves the notes typed in the last moment. */
    private void saveNotesOnClose(javafx.stage.Window window) {
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> flushNotes());
        window.addEventFilter(WindowEvent.WINDOW_HIDING, event -> {
            flushNotes();
            readTracker.stop();
            scrollTimer.stop();
        });
    }

    /** Ctrl+C over the colour popup copies the selection; the window's shortcuts work there too. */
    private void shortcutFromPopup(KeyEvent event) {
        if (COPY.match(event)) {
            body.area().copy();
            return;
        }
        getScene().getAccelerators().entrySet().stream().filter(entry -> entry.getKey().match(event)).findFirst()
                .ifPresent(entry -> entry.getValue().run());
    }

    private void flushNotes() {
        noteTimer.stop();
        edits.flushNotes();
    }

    private void show(Optional<ArticleViewModel.Shown> old, Optional<ArticleViewModel.Shown> shown) {
        if (shown.isEmpty()) {
            getChildren().setAll(placeholder);
            return;
        }
        ArticleViewModel.Shown now = shown.get();
        boolean sameView = old.isPresent() && old.get().sameViewAs(now);
        if (sameView) {
            // The reader changed a mark: new styles and lists, the text and the scroll position stay.
            body.restyle(now.body());
        } else {
            flushNotes();
            popup.hide();
            layOut(now);
        }
        showMarks(now.stored(), now.marks(), sameView);
        lastOpenToSpansNanos = System.nanoTime() - now.requestedAtNanos();
        if (!sameView) {
            readTracker.opened(now.id(), now.marks().read());
            edits.loadOrphans();
            placeAfterLayout(now);
        }
    }

    private void showMarks(StoredArticle stored, ArticleMarks marks, boolean sameArticle) {
        toolbar.showBookmarked(marks.bookmarked(), texts);
        toolbar.markUnread.setDisable(!marks.read());
        tagEditor.show(stored.article().tags(), marks.userTags());
        panel.show(marks.articleNote(), marks.highlights(), sameArticle);
    }

    private void layOut(ArticleViewModel.Shown shown) {
        StoredArticle stored = shown.stored();
        List<String> terms = shown.highlightTerms();
        Article article = stored.article();
        content.getChildren().clear();
        add(ArticleSections.flow(article.displayTitle().isEmpty() ? texts.get(MessageKeys.ARTICLE_UNTITLED) : article.displayTitle(),
                terms, "article-title"), "articleTitle");
        if (!article.subtitle().isEmpty()) {
            add(ArticleSections.flow(article.subtitle(), terms, "article-subtitle"), "articleSubtitle");
        }
        if (!shown.corrections().isEmpty()) {
            content.getChildren().add(CorrectionMark.of(shown.corrections(), texts));
        }
        add(sections.metaLine(stored), "articleMeta");
        content.getChildren().add(tagEditor);
        if (!article.warnings().isEmpty()) {
            add(sections.section(MessageKeys.ARTICLE_WARNINGS, article.warnings().stream()
                    .map(w -> ArticleSections.note(new WarningTexts(texts).render(w), "article-warning")).toList()), "articleWarnings");
        }
        if (!article.photoCaptions().isEmpty()) {
            add(sections.section(MessageKeys.ARTICLE_CAPTIONS, article.photoCaptions().stream()
                    .map(c -> ArticleSections.flow(c, terms, "photo-caption")).toList()), "photoCaptions");
        }
        body.show(shown.body());
        content.getChildren().add(body.area());
        // Figures after the text: the reader came for the article; the figures are a summary to come back to.
        if (!article.keyFigures().isEmpty()) {
            add(sections.section(MessageKeys.ARTICLE_KEY_FIGURES, ArticleSections.keyFigureRows(article.keyFigures())), "keyFigures");
        }
        getChildren().setAll(reader);
        scrollTo(0);
    }

    private void add(Node node, String id) {
        node.setId(id);
        content.getChildren().add(node);
    }

    /** Positions are only known after layout: scroll to the first hit, or back to where the reader left off. */
    private void placeAfterLayout(ArticleViewModel.Shown shown) {
        Platform.runLater(() -> {
            if (!shown.highlightTerms().isEmpty()) {
                restore.stop();
                scrollToFirstHit(shown);
            } else {
                restore.restore(shown.marks().scrollPosition());
            }
        });
    }

    private void scrollToFirstHit(ArticleViewModel.Shown shown) {
        Node titleHit = content.lookup(".article-title .search-hit");
        if (titleHit != null) {
            scrollTo(0);
            return;
        }
        List<int[]> hits = BodyStyles.hitRanges(shown.body().text(), shown.highlightTerms());
        if (!hits.isEmpty()) {
            scrollToCharacters(hits.get(0)[0], hits.get(0)[1]);
        }
    }

    /** Scrolls so that {@code body[start, end)} sits a quarter down the view. */
    private void scrollToCharacters(int start, int end) {
        if (getScene() == null) {
            return;
        }
        scroller.applyCss();
        scroller.layout();
        Optional<Bounds> onScreen = body.boundsOnScreen(start, end);
        if (onScreen.isEmpty()) {
            return;
        }
        Bounds inContent = content.screenToLocal(onScreen.get());
        double viewport = scroller.getViewportBounds().getHeight();
        double scrollable = content.getHeight() - viewport;
        if (inContent != null && scrollable > 0) {
            scrollTo(Math.max(0, Math.min(1, (inContent.getMinY() - viewport / 4) / scrollable)));
        }
    }

    private void keepCaretInView() {
        int at = Math.max(0, Math.min(body.area().getCaretPosition(), body.area().getLength() - 1));
        Optional<Bounds> caret = body.boundsOnScreen(at, at + 1).map(content::screenToLocal);
        double viewport = scroller.getViewportBounds().getHeight();
        double scrollable = content.getHeight() - viewport;
        if (caret.isEmpty() || scrollable <= 0) {
            return;
        }
        double top = scroller.getVvalue() * scrollable;
        if (caret.get().getMinY() < top) {
            scrollTo(caret.get().getMinY() / scrollable);
        } else if (caret.get().getMaxY() > top + viewport) {
            scrollTo(Math.min(1, (caret.get().getMaxY() - viewport) / scrollable));
        }
    }

    private void scrollTo(double position) {
        scrollingItself = true;
        try {
            scroller.setVvalue(position);
        } finally {
            scrollingItself = false;
        }
    }

    private void scrolled(double position) {
        if (scrollingItself || restore.holding() || viewModel.current().isEmpty()) {
            return;
        }
        double scrollable = content.getHeight() - scroller.getViewportBounds().getHeight();
        readTracker.scrolled(position, scrollable > 0);
        scrollTimer.playFromStart();
    }

    /** A highlight chosen in the panel: select its text and bring it into view. */
    private void reveal(Annotation highlight) {
        body.select(highlight.anchor().start(), highlight.anchor().end());
        scrollToCharacters(highlight.anchor().start(), highlight.anchor().end());
        body.area().requestFocus();
    }

    // ---- desktop (issue 14): the reader's type and column width --------------------------------------------------

    /** Sets the body's font, size and line spacing and the text column's widest width. */
    void applyReading(ReadingStyle style) {
        body.applyReading(style);
        content.setMaxWidth(style.maxColumnWidth());
    }

    // Package-private views for the tests.
    ArticleBodyView body() {
        return body;
    }

    ArticleToolbar toolbar() {
        return toolbar;
    }

    AnnotationsPanel panel() {
        return panel;
    }

    HighlightPopup popup() {
        return popup;
    }

    CorrectionMenu correctionMenu() {
        return corrections;
    }

    /** Nanoseconds from the last open request to its styles on screen. */
    long lastOpenToSpansNanos() {
        return lastOpenToSpansNanos;
    }
}
