package app.zonereader.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tree's context menu (right click, the menu key or Shift+F10), built for the selected node: mark an item read
 * or unread, mark a zone or a province read, rename a tag (also F2 on a tag). Nodes with nothing to offer show no
 * menu.
 */
final class TreeContextMenu {
    private final ZoneTreeViewModel viewModel;
    private final ContextMenu menu = new ContextMenu();
    private Consumer<String> onRenameTag = tag -> { };
    private boolean renameOffered;

    TreeContextMenu(TreeView<TreeEntry> tree, ZoneTreeViewModel viewModel) {
        this.viewModel = viewModel;
        menu.setId("treeContextMenu");
        tree.setOnContextMenuRequested(event -> {
            List<MenuItem> items = Optional.ofNullable(tree.getSelectionModel().getSelectedItem())
                    .map(selected -> itemsFor(selected.getValue())).orElse(List.of());
            menu.getItems().setAll(items);
            if (!items.isEmpty()) {
                menu.show(tree, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            TreeItem<TreeEntry> selected = tree.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.F2 && renameOffered && selected != null
                    && selected.getValue() instanceof TreeEntry.Tag tag) {
                onRenameTag.accept(tag.name());
                event.consume();
            }
        });
    }

    /** Offers "Rename…" on tag nodes, calling back with the tag's name. */
    void onRenameTag(Consumer<String> action) {
        onRenameTag = action;
        renameOffered = true;
    }

    ContextMenu menu() {
        return menu;
    }

    /** The menu items for a node; empty when it offers nothing. */
    List<MenuItem> itemsFor(TreeEntry entry) {
        List<MenuItem> items = new ArrayList<>();
        if (entry instanceof TreeEntry.Item item) {
            long id = item.summary().id();
            items.add(item(MessageKeys.TREE_MARK_READ, () -> viewModel.setRead(id, true), !item.summary().read()));
            items.add(item(MessageKeys.TREE_MARK_UNREAD, () -> viewModel.setRead(id, false), item.summary().read()));
        } else if (entry instanceof TreeEntry.ZoneGroup zone) {
            items.add(item(MessageKeys.TREE_MARK_ALL_READ, () -> viewModel.setZoneRead(zone.name(), true), zone.unread() > 0));
        } else if (entry instanceof TreeEntry.Group group && !group.other()) {
            items.add(item(MessageKeys.TREE_MARK_ALL_READ, () -> viewModel.setProvinceRead(group.name(), true), group.unread() > 0));
        } else if (entry instanceof TreeEntry.Tag tag && renameOffered) {
            items.add(item(MessageKeys.TREE_RENAME_TAG, () -> onRenameTag.accept(tag.name()), true));
        }
        return items;
    }

    private MenuItem item(String key, Runnable action, boolean enabled) {
        MenuItem item = new MenuItem(viewModel.text(key));
        item.setId(key);
        item.setDisable(!enabled);
        item.setOnAction(event -> action.run());
        return item;
    }
}
