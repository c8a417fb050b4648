package app.zonereader.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.function.Function;

/**
 * A tree cell: the entry's label, a style class per kind (unread items bold), and before an item a dot when it is
 * unread and a star when it is bookmarked. The marks are made once per cell and only shown or hidden, as cells are
 * reused; the dot is there because many CJK fonts have no bold face to tell unread from read.
 */
final class TreeEntryCell extends TreeCell<TreeEntry> {
    private static final List<String> KIND_STYLES = List.of("tree-group", "tree-other", "tree-zone", "tree-article",
            "tree-unread", "tree-shelf", "tree-tag", "tree-loading");

    private final Function<TreeEntry, String> labels;
    private final Label unreadMark = new Label("●");
    private final Label bookmarkMark = new Label("★");
    private final HBox marks = new HBox(unreadMark, bookmarkMark);
    private final Tooltip tooltip = new Tooltip();

    TreeEntryCell(Function<TreeEntry, String> labels) {
        this.labels = labels;
        unreadMark.getStyleClass().add("unread-mark");
        bookmarkMark.getStyleClass().add("bookmark-mark");
        marks.getStyleClass().add("tree-marks");
        // Fit cells to the tree's width so long headlines end in "…" (full text in the tooltip) instead of
        // pushing a horizontal scroll bar under the whole tree.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll(KIND_STYLES);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(labels.apply(entry));
        boolean item = entry instanceof TreeEntry.Item;
        // Long headlines are cut by the narrow tree; the tooltip shows them whole.
        tooltip.setText(getText());
        setTooltip(item ? tooltip : null);
        getStyleClass().add(styleClass(entry));
        if (entry instanceof TreeEntry.Item listed) {
            boolean unread = !listed.summary().read();
            show(unreadMark, unread);
            show(bookmarkMark, listed.summary().bookmarked());
            setGraphic(marks);
            if (unread) {
                getStyleClass().add("tree-unread");
            }
        } else {
            setGraphic(null);
        }
    }

    /** Hidden marks keep their room, so titles line up whether an item is read or bookmarked. */
    private static void show(Label mark, boolean shown) {
        mark.setVisible(shown);
    }

    private static String styleClass(TreeEntry entry) {
        if (entry instanceof TreeEntry.Group group) {
            return group.other() ? "tree-other" : "tree-group";
        }
        if (entry instanceof TreeEntry.Bookmarks || entry instanceof TreeEntry.Tags || entry instanceof TreeEntry.NeedsReview) {
            return "tree-shelf";
        }
        if (entry instanceof TreeEntry.Tag) {
            return "tree-tag";
        }
        if (entry instanceof TreeEntry.Loading) {
            return "tree-loading";
        }
        return entry instanceof TreeEntry.ZoneGroup ? "tree-zone" : "tree-article";
    }
}
