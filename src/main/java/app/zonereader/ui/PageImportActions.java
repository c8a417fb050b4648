package app.zonereader.ui;

import app.zonereader.model.ImportReport;
import app.zonereader.service.FilePageSource;
import app.zonereader.service.PageSource;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The ways pages get into the window: File → Import pages…, files dropped on the window, and the dialog listing the
 * pages an import could not read. The import itself runs in {@link ImportViewModel}.
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
        importer.failuresProperty().addListener((observable, old, failed) -> showFailures(failed));
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(MessageKeys.IMPORT_CHOOSER_TITLE));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get(MessageKeys.IMPORT_CHOOSER_FILTER), "*.txt"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Page files dragged onto the window are imported as if chosen with File → Import. */
    void acceptDroppedPages(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !pageFiles(event.getDragboard().getFiles()).isEmpty()
                    && !importer.importingProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> pages = pageFiles(event.getDragboard().getFiles());
            importFiles(pages);
            event.setDropCompleted(!pages.isEmpty());
            event.consume();
        });
    }

    /** The plain-text page files among dropped files; folders and other files are ignored. */
    static List<File> pageFiles(List<File> files) {
        return files.stream().filter(File::isFile)
                .filter(file -> file.getName().toLowerCase(Locale.ROOT).endsWith(".txt")).toList();
    }

    /** Imports the files as File → Import does, without the chooser (tests and drag and drop use it). */
    void importFiles(List<File> files) {
        List<PageSource> pages = files.stream().map(file -> (PageSource) new FilePageSource(file.toPath())).toList();
        importer.importPages(pages, texts.format(MessageKeys.IMPORT_STARTING, pages.size()), afterImport);
    }

    private void showFailures(List<ImportReport> failed) {
        if (failed.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner.get());
        alert.setTitle(texts.get(MessageKeys.IMPORT_FAILED_TITLE));
        alert.setHeaderText(texts.get(MessageKeys.IMPORT_FAILED_HEADER));
        alert.setContentText(failed.stream()
                .map(report -> texts.format(MessageKeys.IMPORT_FAILED_LINE, report.fileName(), report.message()))
                .collect(Collectors.joining("\n")));
        alert.show();
    }
}
