package app.zonereader.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * J, K and N: the next, previous and next unread item in the tree's reading order (province → zone → item, then
 * Other), from the selected one. The shelves on top (Bookmarks, Tags) are shortcuts, not places in that order. A zone
 * whose items are not loaded yet is unfolded, and the step lands once they arrive; for N a zone whose count says
 * it has nothing unread is passed over without loading it.
 */
final class ArticleStepper {
    private final ZoneTreePane pane;
    private final TreeView<TreeEntry> tree;

    ArticleStepper(ZoneTreePane pane) {
        this.pane = pane;
        this.tree = pane.treeView();
    }

    void next() {
        step(true, item -> true, node -> true);
    }

    void previous() {
        step(false, item -> true, node -> true);
    }

    void nextUnread() {
        step(true, item -> !item.summary().read(), ArticleStepper::mayHoldUnread);
    }

    /**
     * Walks the reading order from the selection: the first item that matches is selected (which opens it); a node
     * still loading that may hold one is unfolded and searched when its items come.
     */
    private void step(boolean forward, Predicate<TreeEntry.Item> wanted, Predicate<TreeEntry> worthLoading) {
        List<TreeItem<TreeEntry>> order = readingOrder();
        if (!forward) {
            Collections.reverse(order);
        }
        int from = currentPosition(order);
        for (int i = from + 1; i < order.size(); i++) {
            TreeItem<TreeEntry> node = order.get(i);
            if (node.getValue() instanceof TreeEntry.Item item && wanted.test(item)) {
                select(node);
                return;
            }
            if (isUnloaded(node) && worthLoading.test(node.getValue())) {
                selectWhenLoaded(node, forward, wanted, worthLoading);
                return;
            }
        }
    }

    /** Where the selection is in the order: its own item, or the place of the item a shelf shows; -1 before all. */
    private int currentPosition(List<TreeItem<TreeEntry>> order) {
        TreeItem<TreeEntry> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return -1;
        }
        int own = order.indexOf(selected);
        if (own >= 0 || !(selected.getValue() instanceof TreeEntry.Item shortcut)) {
            return own;
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getValue() instanceof TreeEntry.Item item && item.summary().id() == shortcut.summary().id()) {
                return i;
            }
        }
        return -1;
    }

    /** Provinces, their zones and the zones' items depth first, then Other: the nodes J and K walk through. */
    private List<TreeItem<TreeEntry>> readingOrder() {
        List<TreeItem<TreeEntry>> order = new ArrayList<>();
        for (TreeItem<TreeEntry> top : tree.getRoot().getChildren()) {
            if (top.getValue() instanceof TreeEntry.Group) {
                addDepthFirst(top, order);
            }
        }
        return order;
    }

    private static void addDepthFirst(TreeItem<TreeEntry> node, List<TreeItem<TreeEntry>> order) {
        order.add(node);
        for (TreeItem<TreeEntry> child : node.getChildren()) {
            addDepthFirst(child, order);
        }
    }

    private static boolean isUnloaded(TreeItem<TreeEntry> node) {
        return node.getChildren().size() == 1 && node.getChildren().get(0).getValue() instanceof TreeEntry.Loading;
    }

    private static boolean mayHoldUnread(TreeEntry entry) {
        if (entry instanceof TreeEntry.ZoneGroup zone) {
            return zone.unread() > 0;
        }
        if (entry instanceof TreeEntry.Group group) {
            return group.unread() > 0;
        }
        return true;
    }

    /** Unfolds the node (which loads its items) and takes the first wanted one when they arrive. */
    private void selectWhenLoaded(TreeItem<TreeEntry> node, boolean forward, Predicate<TreeEntry.Item> wanted,
                                  Predicate<TreeEntry> worthLoading) {
        ListChangeListener<TreeItem<TreeEntry>> onLoaded = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends TreeItem<TreeEntry>> change) {
                if (isUnloaded(node)) {
                    return;
                }
                node.getChildren().removeListener(this);
                // After the tree has finished putting its own selection back (it does so while filling the node).
                Platform.runLater(() -> {
                    List<TreeItem<TreeEntry>> items = new ArrayList<>(node.getChildren());
                    if (!forward) {
                        Collections.reverse(items);
                    }
                    items.stream().filter(child -> child.getValue() instanceof TreeEntry.Item item && wanted.test(item))
                            .findFirst()
                            // Nothing wanted there after all (read meanwhile): walk on, past the now loaded node.
                            .ifPresentOrElse(ArticleStepper.this::select, () -> step(forward, wanted, worthLoading));
                });
            }
        };
        node.getChildren().addListener(onLoaded);
        for (TreeItem<TreeEntry> parent = node; parent != null; parent = parent.getParent()) {
            parent.setExpanded(true);
        }
    }

    private void select(TreeItem<TreeEntry> node) {
        pane.choose(node);
    }
}
