package app.zonereader.ui;

import app.zonereader.service.LibraryService;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Renames a tag across the library, from a tag node's context menu: asks for the new name, asks again before
 * merging into a tag that exists already, renames in the background, then lets the window refresh.
 */
final class TagRenameAction {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final Supplier<Window> owner;
    private final Supplier<List<String>> existingTags;
    private final BiConsumer<String, String> afterRename;

    /**
     * @param existingTags the library's tags as the tree last loaded them, to tell a merge from a rename
     * @param afterRename  called on the JavaFX thread with the old and the new name once the library has changed
     */
    TagRenameAction(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts, Supplier<Window> owner,
                    Supplier<List<String>> existingTags, BiConsumer<String, String> afterRename) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.owner = owner;
        this.existingTags = existingTags;
        this.afterRename = afterRename;
    }

    /** Asks for the tag's new name and renames (or merges) it. */
    void run(String tag) {
        TextInputDialog dialog = new TextInputDialog(tag);
        dialog.initOwner(owner.get());
        dialog.setTitle(texts.get(MessageKeys.TAG_RENAME_TITLE));
        dialog.setHeaderText(texts.format(MessageKeys.TAG_RENAME_HEADER, tag));
        dialog.setContentText(texts.get(MessageKeys.TAG_RENAME_LABEL));
        dialog.getDialogPane().setId("renameTagDialog");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty() && !name.equals(tag))
                .ifPresent(name -> {
                    if (!existingTags.get().contains(name) || confirmMerge(tag, name)) {
                        rename(tag, name);
                    }
                });
    }

    private boolean confirmMerge(String from, String into) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, texts.format(MessageKeys.TAG_MERGE_CONFIRM, into, from),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner.get());
        confirm.setTitle(texts.get(MessageKeys.TAG_RENAME_TITLE));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("mergeTagDialog");
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Renames in the background, without asking. */
    void rename(String from, String to) {
        executor.execute(UiTask.of(() -> {
            service.renameTag(from, to);
            return to;
        }, renamed -> {
            status.show(texts.format(MessageKeys.TAG_RENAME_DONE, from, renamed));
            afterRename.accept(from, renamed);
        }, status, texts.get(MessageKeys.ERROR_RENAME_TAG)));
    }
}
