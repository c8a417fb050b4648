package app.zonereader.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * The bar above an open article: bookmark (a toggle showing the state), mark unread, copy link, and the
 * annotations panel's toggle. Every action also has a shortcut, named in its tooltip.
 */
final class ArticleToolbar extends ToolBar {
    final ToggleButton bookmark;
    final Button markUnread;
    final Button copyLink;
    final Button copyCitation;
    final ToggleButton panel;

    ArticleToolbar(Texts texts) {
        getStyleClass().add("article-toolbar");
        setId("articleToolbar");
        bookmark = new ToggleButton(texts.get(MessageKeys.READER_BOOKMARK));
        bookmark.setId("bookmarkButton");
        bookmark.getStyleClass().add("bookmark-button");
        bookmark.setTooltip(new Tooltip(texts.get(MessageKeys.READER_BOOKMARK_TIP)));
        markUnread = button(texts, MessageKeys.READER_MARK_UNREAD, "markUnread");
        copyLink = button(texts, MessageKeys.READER_COPY_LINK, "copyLink");
        copyCitation = button(texts, MessageKeys.READER_COPY_CITATION, "copyCitation");
        copyCitation.setTooltip(new Tooltip(texts.get(MessageKeys.READER_COPY_CITATION_TIP)));
        panel = new ToggleButton(texts.get(MessageKeys.READER_PANEL));
        panel.setId("togglePanel");
        panel.setSelected(true);
        getItems().addAll(bookmark, markUnread, copyCitation, copyLink, panel);
        decorate(texts);
    }

    /** desktop (issue 14): an icon on every button, and a tooltip saying what it does (with its shortcut, if any). */
    private void decorate(Texts texts) {
        Icons.decorate(bookmark, MessageKeys.READER_BOOKMARK);
        Icons.decorate(markUnread, MessageKeys.READER_MARK_UNREAD);
        Icons.decorate(copyCitation, MessageKeys.READER_COPY_CITATION);
        Icons.decorate(copyLink, MessageKeys.READER_COPY_LINK);
        Icons.decorate(panel, MessageKeys.READER_PANEL);
        markUnread.setTooltip(new Tooltip(texts.get(MessageKeys.READER_MARK_UNREAD_TIP)));
        copyLink.setTooltip(new Tooltip(texts.get(MessageKeys.READER_COPY_LINK_TIP)));
        panel.setTooltip(new Tooltip(texts.get(MessageKeys.READER_PANEL_TIP)));
    }

    private static Button button(Texts texts, String key, String id) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        return button;
    }

    /** Shows the bookmark state; the button's text says which it is, not only its look. */
    void showBookmarked(boolean bookmarked, Texts texts) {
        bookmark.setSelected(bookmarked);
        bookmark.setText(texts.get(bookmarked ? MessageKeys.READER_BOOKMARKED : MessageKeys.READER_BOOKMARK));
    }
}
