package app.zonereader.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

import java.util.List;
import java.util.function.Function;

/**
 * A tree cell: the entry's label, a style class per kind (unread items bold), and a bookmark mark before
 * bookmarked items. The mark is one node made once per cell and only shown or hidden, as cells are reused.
 */
final class TreeEntryCell extends TreeCell<TreeEntry> {
    private static final List<String> KIND_STYLES = List.of("tree-group", "tree-other", "tree-zone", "tree-article",
            "tree-unread", "tree-shelf", "tree-tag", "tree-loading");

    private final Function<TreeEntry, String> labels;
    private final Label bookmarkMark = new Label("★");
    private final Tooltip tooltip = new Tooltip();

    TreeEntryCell(Function<TreeEntry, String> labels) {
        this.labels = labels;
        bookmarkMark.getStyleClass().add("bookmark-mark");
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
        setGraphic(entry instanceof TreeEntry.Item listed && listed.summary().bookmarked() ? bookmarkMark : null);
        getStyleClass().add(styleClass(entry));
        if (entry instanceof TreeEntry.Item listed && !listed.summary().read()) {
            getStyleClass().add("tree-unread");
        }
    }

    private static String styleClass(TreeEntry entry) {
        if (entry instanceof TreeEntry.Group group) {
            return group.other() ? "tree-other" : "tree-group";
        }
        if (entry instanceof TreeEntry.Bookmarks || entry instanceof TreeEntry.Tags) {
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
