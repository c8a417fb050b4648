package app.zonereader.ui;

import app.zonereader.model.SearchScope;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * The left-hand tree: province → zone → item. Choosing an item opens it; the selection and the expanded nodes
 * survive a refresh, so an import never throws the reader out of the article they are reading.
 */
final class ZoneTreePane extends BorderPane {
    private final ZoneTreeViewModel viewModel;
    private final TreeView<TreeEntry> tree = new TreeView<>(new TreeItem<>());
    /** True while a refresh puts the old selection back; that is no new choice of the reader's. */
    private boolean restoring;

    ZoneTreePane(ZoneTreeViewModel viewModel, LongConsumer onArticleChosen) {
        this.viewModel = viewModel;
        getStyleClass().add("zone-tree-pane");
        tree.setId("zoneTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new EntryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (!restoring && selected != null && selected.getValue() instanceof TreeEntry.Item item) {
                onArticleChosen.accept(item.summary().id());
            }
        });
        Label empty = new Label(viewModel.emptyLibraryText());
        empty.setId("emptyLibrary");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.groups().isEmpty(), viewModel.groupsProperty()));
        empty.setMouseTransparent(true);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        setCenter(new StackPane(tree, empty));
        viewModel.groupsProperty().addListener((observable, old, groups) -> rebuild(groups));
        rebuild(viewModel.groups());
    }

    /** Calls back with the search scopes that fit each new selection (zone and province, or province alone). */
    void onScopesChanged(Consumer<List<SearchScope>> listener) {
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) ->
                listener.accept(selected == null ? List.of() : scopesFor(selected.getValue())));
    }

    static List<SearchScope> scopesFor(TreeEntry entry) {
        if (entry instanceof TreeEntry.Group group && !group.other()) {
            return List.of(SearchScope.province(group.name()));
        }
        if (entry instanceof TreeEntry.ZoneGroup zone) {
            return List.of(SearchScope.zone(zone.name()), SearchScope.province(zone.province()));
        }
        if (entry instanceof TreeEntry.Item item && !item.summary().zone().isEmpty()) {
            return List.of(SearchScope.zone(item.summary().zone()), SearchScope.province(item.summary().province()));
        }
        return List.of();
    }

    TreeView<TreeEntry> treeView() {
        return tree;
    }

    /** Selects the zone node with this short name and unfolds it; false when the tree has no such zone. */
    boolean selectZone(String zoneName) {
        Optional<TreeItem<TreeEntry>> zone = find(node -> node instanceof TreeEntry.ZoneGroup group && group.name().equals(zoneName));
        zone.ifPresent(item -> item.setExpanded(true));
        return select(zone);
    }

    /** Selects and shows the province node with this name; false when the tree has no such province. */
    boolean selectProvince(String province) {
        return select(find(node -> node instanceof TreeEntry.Group group && !group.other() && group.name().equals(province)));
    }

    /** Selects and shows the item with this id; false when the tree does not hold it. */
    boolean selectArticle(long articleId) {
        return select(find(node -> node instanceof TreeEntry.Item item && item.summary().id() == articleId));
    }

    private void rebuild(List<TreeEntry.Group> groups) {
        Optional<String> selectedKey = Optional.ofNullable(tree.getSelectionModel().getSelectedItem())
                .map(item -> item.getValue().key());
        Set<String> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        boolean firstFill = tree.getRoot().getChildren().isEmpty();

        TreeItem<TreeEntry> root = new TreeItem<>();
        for (TreeEntry.Group group : groups) {
            TreeItem<TreeEntry> groupItem = new TreeItem<>(group);
            for (TreeEntry child : group.children()) {
                TreeItem<TreeEntry> childItem = new TreeItem<>(child);
                if (child instanceof TreeEntry.ZoneGroup zone) {
                    zone.articles().forEach(article -> childItem.getChildren().add(new TreeItem<>(new TreeEntry.Item(article))));
                    childItem.setExpanded(expanded.contains(zone.key()));
                }
                groupItem.getChildren().add(childItem);
            }
            // On first fill open the provinces so the zones show; afterwards respect what the reader folded.
            groupItem.setExpanded(firstFill || expanded.contains(group.key()));
            root.getChildren().add(groupItem);
        }
        root.setExpanded(true);
        restoring = true;
        try {
            tree.setRoot(root);
            selectedKey.ifPresent(key -> select(find(entry -> entry.key().equals(key))));
        } finally {
            restoring = false;
        }
    }

    private static void collectExpanded(TreeItem<TreeEntry> item, Set<String> keys) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            if (child.isExpanded()) {
                keys.add(child.getValue().key());
            }
            collectExpanded(child, keys);
        }
    }

    private Optional<TreeItem<TreeEntry>> find(Predicate<TreeEntry> matches) {
        return find(tree.getRoot(), matches);
    }

    private static Optional<TreeItem<TreeEntry>> find(TreeItem<TreeEntry> item, Predicate<TreeEntry> matches) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            if (matches.test(child.getValue())) {
                return Optional.of(child);
            }
            Optional<TreeItem<TreeEntry>> below = find(child, matches);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private boolean select(Optional<TreeItem<TreeEntry>> found) {
        found.ifPresent(item -> {
            for (TreeItem<TreeEntry> parent = item.getParent(); parent != null; parent = parent.getParent()) {
                parent.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        });
        return found.isPresent();
    }

    private final class EntryCell extends TreeCell<TreeEntry> {
        EntryCell() {
            // Fit cells to the tree's width so long headlines end in "…" (full text in the tooltip) instead of
            // pushing a horizontal scroll bar under the whole tree.
            setPrefWidth(0);
        }

        private static final List<String> KIND_STYLES = List.of("tree-group", "tree-other", "tree-zone", "tree-article");

        @Override
        protected void updateItem(TreeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll(KIND_STYLES);
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(viewModel.label(entry));
            // Long headlines are cut by the narrow tree; the tooltip shows them whole.
            setTooltip(entry instanceof TreeEntry.Item ? new Tooltip(getText()) : null);
            getStyleClass().add(styleClass(entry));
        }

        private static String styleClass(TreeEntry entry) {
            if (entry instanceof TreeEntry.Group group) {
                return group.other() ? "tree-other" : "tree-group";
            }
            return entry instanceof TreeEntry.ZoneGroup ? "tree-zone" : "tree-article";
        }
    }
}
