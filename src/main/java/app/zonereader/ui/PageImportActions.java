package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ways pages get into the window: File → Import files…, File → Import folder…, and files and folders dropped on
 * the window. A folder is read to the bottom and its text files are found by content, so nothing is filtered here.
 * The import itself runs in {@link ImportViewModel}; its progress and report are in {@link ImportPane}.
 */
final class PageImportActions {
    private final ImportViewModel importer;
    private final Texts texts;
    private final Supplier<Window> owner;
    private final Runnable afterImport;

    /** @param afterImport run on the JavaFX thread when an import ends, however it ends */
    PageImportActions(ImportViewModel importer, Texts texts, Supplier<Window> owner, Runnable afterImport) {
        this.importer = importer;
        this.texts = texts;
        this.owner = owner;
        this.afterImport = afterImport;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(MessageKeys.IMPORT_CHOOSER_TITLE));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get(MessageKeys.IMPORT_CHOOSER_FILTER), "*.txt", "*.TXT", "*.text"),
                new FileChooser.ExtensionFilter(texts.get(MessageKeys.IMPORT_CHOOSER_ALL_FILES), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            importFiles(files);
        }
    }

    void chooseFolderAndImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get(MessageKeys.IMPORT_FOLDER_CHOOSER_TITLE));
        File folder = chooser.showDialog(owner.get());
        if (folder != null) {
            importFiles(List.of(folder));
        }
    }

    /** Files and folders dragged onto the window are imported as if chosen with File → Import. */
    void acceptDroppedPages(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !importer.importingProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> dropped = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            importFiles(dropped);
            event.setDropCompleted(!dropped.isEmpty());
            event.consume();
        });
    }

    /** Imports files and folders as File → Import does, without the chooser (tests and drag and drop use it). */
    void importFiles(List<File> filesOrFolders) {
        List<Path> paths = filesOrFolders.stream().map(File::toPath).toList();
        importer.importPaths(paths, texts.format(MessageKeys.IMPORT_STARTING, paths.size()), afterImport);
    }
}
