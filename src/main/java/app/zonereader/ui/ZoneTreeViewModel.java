package app.zonereader.ui;

import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;

/** The tree's data: the library's items grouped by province and zone, reloaded in the background on demand. */
final class ZoneTreeViewModel {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<List<TreeEntry.Group>> groups = new ReadOnlyObjectWrapper<>(List.of());

    ZoneTreeViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    ReadOnlyObjectProperty<List<TreeEntry.Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    List<TreeEntry.Group> groups() {
        return groups.get();
    }

    void refresh() {
        executor.execute(UiTask.of(() -> ZoneTreeBuilder.build(service.articles()), groups::set,
                status, texts.get(MessageKeys.ERROR_LOAD_TREE)));
    }

    /** What the tree says while the library holds nothing. */
    String emptyLibraryText() {
        return texts.get(MessageKeys.TREE_EMPTY);
    }

    /** The label of a tree node, e.g. "重庆 (3)", "其他 (2)", or an item's title. */
    String label(TreeEntry entry) {
        if (entry instanceof TreeEntry.Group group) {
            String name = group.other() ? texts.get(MessageKeys.TREE_OTHER)
                    : group.name().isEmpty() ? texts.get(MessageKeys.TREE_UNKNOWN_PROVINCE) : group.name();
            return texts.format(MessageKeys.TREE_GROUP_COUNT, name, group.count());
        }
        if (entry instanceof TreeEntry.ZoneGroup zone) {
            return texts.format(MessageKeys.TREE_GROUP_COUNT, zone.name(), zone.count());
        }
        TreeEntry.Item item = (TreeEntry.Item) entry;
        String title = item.summary().title().isBlank() ? texts.get(MessageKeys.ARTICLE_UNTITLED) : item.summary().title();
        return switch (item.summary().kind()) {
            case ARTICLE -> title;
            case PHOTO -> texts.format(MessageKeys.TREE_PHOTO, title);
            case AD -> texts.format(MessageKeys.TREE_AD, title);
        };
    }
}
