package app.zonereader.ui;

import app.zonereader.model.Article;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * What the reader does with the body's text: the highlight popup over a selection or a highlight (mouse, Ctrl+H,
 * the context menu), and copying (the selection, with its citation, the article's link, the whole article).
 */
final class BodyActions {
    private final ArticleViewModel viewModel;
    private final ArticleBodyView body;
    private final HighlightPopup popup;
    private final Texts texts;

    BodyActions(ArticleViewModel viewModel, ArticleBodyView body, HighlightPopup popup, Texts texts) {
        this.viewModel = viewModel;
        this.body = body;
        this.popup = popup;
        this.texts = texts;
    }

    /**
     * The body's context menu. The shortcuts it shows are the window's (see ArticlePane); the body is no Control,
     * so the menu does not register them a second time.
     */
    ContextMenu contextMenu() {
        return new ContextMenu(
                MenuItems.of(texts, MessageKeys.READER_COPY, "Shortcut+C", () -> body.area().copy()),
                MenuItems.of(texts, MessageKeys.READER_COPY_CITATION, "Shortcut+Shift+C", this::copyWithCitation),
                MenuItems.of(texts, MessageKeys.READER_COPY_LINK, "", this::copyLink),
                MenuItems.of(texts, MessageKeys.READER_HIGHLIGHT, "Shortcut+H", this::openPopupAtCaret));
    }

    void mouseReleased(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (body.selection().isPresent()) {
            openPopupForSelection();
        } else if (event.getClickCount() == 1) {
            body.characterAt(event.getX(), event.getY()).ifPresent(this::openPopupForHighlightAt);
        }
    }

    /** Ctrl+H and the menu: the popup for the selection, else for the highlight at the caret. */
    void openPopupAtCaret() {
        if (body.selection().isPresent()) {
            openPopupForSelection();
        } else {
            openPopupForHighlightAt(body.area().getCaretPosition());
        }
    }

    private void openPopupForSelection() {
        IndexRange range = body.selection().orElseThrow();
        body.boundsOnScreen(range.getStart(), range.getEnd())
                .ifPresent(at -> popup.showForSelection(body.area().getScene().getWindow(), at, range.getStart(), range.getEnd()));
    }

    private void openPopupForHighlightAt(int offset) {
        viewModel.current().flatMap(shown -> BodyStyles.highlightAt(offset, shown.marks().highlights()))
                .ifPresent(highlight -> body.boundsOnScreen(highlight.anchor().start(), highlight.anchor().end())
                        .ifPresent(at -> popup.showForHighlight(body.area().getScene().getWindow(), at, highlight)));
    }

    void copyWithCitation() {
        viewModel.current().ifPresent(shown -> copyToClipboard(Citation.of(body.selectedText(), shown.stored(), texts)));
    }

    void copyLink() {
        viewModel.current().ifPresent(shown -> copyToClipboard(shown.stored().key().uri()));
    }

    private static String articleText(Article article) {
        StringBuilder text = new StringBuilder(article.displayTitle()).append('\n');
        if (!article.subtitle().isEmpty()) {
            text.append(article.subtitle()).append('\n');
        }
        if (!article.byline().isEmpty()) {
            text.append(article.byline()).append('\n');
        }
        return text.append('\n').append(article.bodyText()).toString();
    }

    private static void copyToClipboard(String text) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(text);
        Clipboard.getSystemClipboard().setContent(clip);
    }

    void copyArticle() {
        viewModel.current().ifPresent(shown -> copyToClipboard(articleText(shown.stored().article())));
    }
}
