package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.SearchScope;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * The left-hand tree: the Bookmarks shelf, the Tags branch, then province → zone → item. Choosing an item opens it;
 * the selection and the expanded nodes survive a refresh, so an import never throws the reader out of the article
 * they are reading.
 */
final class ZoneTreePane extends BorderPane {
    private final ZoneTreeViewModel viewModel;
    private final TreeView<TreeEntry> tree = new TreeView<>(new TreeItem<>());
    private final TreeContextMenu contextMenu;
    /** True while a refresh puts the old selection back; that is no new choice of the reader's. */
    private boolean restoring;
    /** The key of a selection a refresh could not put back yet, because it lies under a tag still loading. */
    private Optional<String> pendingSelection = Optional.empty();
    /** The key of an item to choose (open) when its zone's items arrive: {@link #selectArticle} before they came. */
    private Optional<String> pendingChoice = Optional.empty();
    /** desktop (issue 14): the nodes unfolded when the window was last closed, unfolded again at the first fill. */
    private Set<String> expandAtFirstFill = Set.of();

    ZoneTreePane(ZoneTreeViewModel viewModel, LongConsumer onArticleChosen) {
        this.viewModel = viewModel;
        getStyleClass().add("zone-tree-pane");
        tree.setId("zoneTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new TreeEntryCell(viewModel::label));
        contextMenu = new TreeContextMenu(tree, viewModel);
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (!restoring && selected != null && selected.getValue() instanceof TreeEntry.Item item) {
                onArticleChosen.accept(item.summary().id());
            }
        });
        // Until the library has answered, the tree says it is loading: "the library is empty" would be untrue.
        Label placeholder = new Label();
        placeholder.setId("emptyLibrary");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.placeholderText(viewModel.loadStateProperty().get()), viewModel.loadStateProperty()));
        placeholder.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.loadStateProperty().get() != ZoneTreeViewModel.LoadState.LOADED || viewModel.groups().isEmpty(),
                viewModel.loadStateProperty(), viewModel.contentProperty()));
        placeholder.setMouseTransparent(true);
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        setCenter(new StackPane(tree, placeholder));
        viewModel.contentProperty().addListener((observable, old, content) -> rebuild());
        viewModel.tagsProperty().addListener((observable, old, tags) -> rebuild());
        rebuild();
    }

    /** Offers "Rename…" in a tag node's context menu, calling back with the tag. */
    void onRenameTag(Consumer<String> action) {
        contextMenu.onRenameTag(action);
    }

    TreeContextMenu contextMenu() {
        return contextMenu;
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

    /** The province (and Other) nodes, below the Bookmarks and Tags shelves. */
    List<TreeItem<TreeEntry>> provinceNodes() {
        return tree.getRoot().getChildren().stream().filter(node -> node.getValue() instanceof TreeEntry.Group).toList();
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

    /**
     * Selects and shows the item with this id under its zone (or Other), which counts as the reader's choice (the
     * article opens). When its zone is not loaded yet, the zone is unfolded and the item chosen once it arrives.
     */
    void selectArticle(long articleId) {
        if (!select(findItem(articleId))) {
            viewModel.loadSummary(articleId, summary -> reveal(summary, true));
        }
    }

    /** Selects and shows the item like {@link #selectArticle}, quietly: for an article that is being opened anyway. */
    void revealArticle(long articleId) {
        Optional<TreeItem<TreeEntry>> found = findItem(articleId);
        if (found.isPresent()) {
            restoring = true;
            try {
                select(found);
            } finally {
                restoring = false;
            }
        } else {
            viewModel.loadSummary(articleId, summary -> reveal(summary, false));
        }
    }

    private Optional<TreeItem<TreeEntry>> findItem(long articleId) {
        return find(node -> node instanceof TreeEntry.Item item && item.summary().id() == articleId && !item.isShortcut());
    }

    /** Unfolds the zone (or Other) that lists the item, which loads it; the item is selected when it is there. */
    private void reveal(ArticleSummary summary, boolean choose) {
        String parentKey = summary.zone().isEmpty() ? TreeEntry.Group.OTHER_KEY
                : new TreeEntry.ZoneGroup(summary.zone(), summary.province(), 0, 0).key();
        String key = new TreeEntry.Item(summary, parentKey).key();
        if (choose) {
            pendingChoice = Optional.of(key);
        } else {
            pendingSelection = Optional.of(key);
        }
        find(entry -> entry.key().equals(parentKey)).ifPresent(node -> {
            for (TreeItem<TreeEntry> item = node; item != null; item = item.getParent()) {
                item.setExpanded(true);
            }
        });
    }

    private void rebuild() {
        Optional<String> selectedKey = Optional.ofNullable(tree.getSelectionModel().getSelectedItem())
                .map(item -> item.getValue().key());
        Set<String> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        boolean firstFill = tree.getRoot().getChildren().isEmpty();
        if (firstFill && !expandAtFirstFill.isEmpty()) {
            expanded.addAll(expandAtFirstFill);
            firstFill = false; // the reader's own folding, not "every province open"
        }

        TreeItem<TreeEntry> root = new TreeItem<>();
        ZoneTreeViewModel.Content content = viewModel.contentProperty().get();
        if (!content.groups().isEmpty()) {
            root.getChildren().add(bookmarksNode(content.bookmarks(), expanded));
            if (content.needsReview().count() > 0) {
                root.getChildren().add(lazyNode(content.needsReview(), expanded, viewModel::loadNeedsReview, ""));
            }
            root.getChildren().add(tagsNode(viewModel.tagsProperty().get(), expanded));
        }
        for (TreeEntry.Group group : content.groups()) {
            if (group.other()) {
                root.getChildren().add(lazyNode(group, expanded, viewModel::loadZone, ""));
                continue;
            }
            TreeItem<TreeEntry> groupItem = new TreeItem<>(group);
            for (TreeEntry child : group.children()) {
                TreeEntry.ZoneGroup zone = (TreeEntry.ZoneGroup) child;
                groupItem.getChildren().add(lazyNode(zone, expanded, viewModel::loadZone, zone.name()));
            }
            // On first fill open the provinces so the zones show; afterwards respect what the reader folded.
            groupItem.setExpanded(firstFill || expanded.contains(group.key()));
            root.getChildren().add(groupItem);
        }
        root.setExpanded(true);
        restoring = true;
        try {
            tree.setRoot(root);
            pendingSelection = selectedKey.filter(key -> !select(find(entry -> entry.key().equals(key))));
        } finally {
            restoring = false;
        }
    }

    // ---- desktop (issue 14): unfolded nodes remembered across restarts -------------------------------------------

    /** The nodes to unfold when the tree is first filled (the ones unfolded when the window last closed). */
    void expandAtFirstFill(Set<String> keys) {
        expandAtFirstFill = Set.copyOf(keys);
    }

    /** Selects the node (which opens an item), unfolding what is above it and scrolling it into view. */
    void choose(TreeItem<TreeEntry> node) {
        select(Optional.of(node));
    }

    /** The keys of the nodes unfolded now. */
    Set<String> expandedKeys() {
        Set<String> keys = new HashSet<>();
        collectExpanded(tree.getRoot(), keys);
        return keys;
    }

    private static TreeItem<TreeEntry> itemNode(ArticleSummary article, String parentKey) {
        return new TreeItem<>(new TreeEntry.Item(article, parentKey));
    }

    private static TreeItem<TreeEntry> bookmarksNode(TreeEntry.Bookmarks bookmarks, Set<String> expanded) {
        return shelfNode(bookmarks, bookmarks.articles(), expanded);
    }

    /** A shelf listing items found elsewhere in the tree too: Bookmarks, Needs review. */
    private static TreeItem<TreeEntry> shelfNode(TreeEntry shelf, List<ArticleSummary> articles, Set<String> expanded) {
        TreeItem<TreeEntry> node = new TreeItem<>(shelf);
        articles.forEach(article -> node.getChildren().add(itemNode(article, shelf.key())));
        node.setExpanded(expanded.contains(shelf.key()));
        return node;
    }

    private TreeItem<TreeEntry> tagsNode(List<CountByName> tags, Set<String> expanded) {
        TreeEntry.Tags all = new TreeEntry.Tags(tags);
        TreeItem<TreeEntry> node = new TreeItem<>(all);
        for (CountByName tag : tags) {
            TreeEntry.Tag entry = new TreeEntry.Tag(tag.name(), tag.count());
            node.getChildren().add(lazyNode(entry, expanded, viewModel::loadTag, tag.name()));
        }
        node.setExpanded(expanded.contains(all.key()));
        return node;
    }

    /**
     * A node whose items are loaded when it is unfolded (again after each refresh, as they change with the reader's
     * marks): a zone, Other, or a tag. Until then a "Loading…" child makes it unfoldable.
     */
    private TreeItem<TreeEntry> lazyNode(TreeEntry entry, Set<String> expanded,
                                         BiConsumer<String, Consumer<List<ArticleSummary>>> loader, String name) {
        TreeItem<TreeEntry> node = new TreeItem<>(entry);
        node.getChildren().add(new TreeItem<>(new TreeEntry.Loading(entry.key())));
        node.expandedProperty().addListener((observable, wasExpanded, isExpanded) -> {
            if (isExpanded) {
                loader.accept(name, articles -> fill(node, articles));
            }
        });
        node.setExpanded(expanded.contains(entry.key()));
        return node;
    }
    /**
     * Puts a node's items in place of its "Loading…" child. TreeView's selection does not follow a replacement above
     * it (it lands on a neighbour, which would open another article), so the selection is held and put back.
     */
    private void fill(TreeItem<TreeEntry> node, List<ArticleSummary> articles) {
        TreeItem<TreeEntry> selected = tree.getSelectionModel().getSelectedItem();
        restoring = true;
        try {
            node.getChildren().setAll(articles.stream().map(article -> itemNode(article, node.getValue().key())).toList());
            if (selected != null && tree.getRow(selected) >= 0) {
                tree.getSelectionModel().select(selected);
            }
            pendingSelection.flatMap(key -> node.getChildren().stream().filter(child -> child.getValue().key().equals(key))
                    .findFirst()).ifPresent(child -> {
                        select(Optional.of(child));
                        pendingSelection = Optional.empty();
                    });
        } finally {
            restoring = false;
        }
        pendingChoice.flatMap(key -> node.getChildren().stream().filter(child -> child.getValue().key().equals(key))
                .findFirst()).ifPresent(child -> {
                    pendingChoice = Optional.empty();
                    select(Optional.of(child));
                });
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
}
