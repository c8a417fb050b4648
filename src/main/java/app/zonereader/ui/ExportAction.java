package app.zonereader.ui;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;
import app.zonereader.service.AnnotationExporter;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File → Export annotations…: the file chooser's type (Markdown, CSV, W3C JSON) picks the format; the export runs in
 * the background and the status bar tells how many annotations went to which file.
 */
final class ExportAction {
    private final AnnotationExporter exporter;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final Supplier<Window> owner;
    private final Map<FileChooser.ExtensionFilter, ExportFormat> formats = new LinkedHashMap<>();

    ExportAction(AnnotationExporter exporter, TaskExecutor executor, StatusModel status, Texts texts, Supplier<Window> owner) {
        this.exporter = exporter;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
        this.owner = owner;
        formats.put(filter(MessageKeys.EXPORT_FILTER_MD, ExportFormat.MARKDOWN), ExportFormat.MARKDOWN);
        formats.put(filter(MessageKeys.EXPORT_FILTER_CSV, ExportFormat.CSV), ExportFormat.CSV);
        formats.put(filter(MessageKeys.EXPORT_FILTER_JSON, ExportFormat.JSON), ExportFormat.JSON);
    }

    private FileChooser.ExtensionFilter filter(String key, ExportFormat format) {
        return new FileChooser.ExtensionFilter(texts.get(key), "*." + format.extension());
    }

    void run() {
        FileChooser chooser = chooser();
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            exportChosen(chooser.getSelectedExtensionFilter(), file.toPath());
        }
    }

    /** The save dialog, offering one file type per format. */
    FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(MessageKeys.EXPORT_TITLE));
        chooser.getExtensionFilters().setAll(formats.keySet());
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        chooser.setInitialFileName("zonereader-annotations." + ExportFormat.MARKDOWN.extension());
        return chooser;
    }

    /**
     * Exports in the format of the chosen file type; a name typed without that type's extension gets it. With no type
     * chosen (some platforms), the name's extension decides, Markdown when it has none.
     */
    void exportChosen(FileChooser.ExtensionFilter chosen, Path file) {
        ExportFormat format = Optional.ofNullable(chosen).map(formats::get).or(() -> formatOfName(file))
                .orElse(ExportFormat.MARKDOWN);
        export(format, withExtension(file, format));
    }

    void export(ExportFormat format, Path file) {
        status.show(texts.format(MessageKeys.EXPORT_RUNNING, file.toString()));
        executor.execute(UiTask.of(() -> exporter.export(format, AnnotationFilter.ALL, file),
                count -> status.show(texts.format(MessageKeys.EXPORT_DONE, count, file.toString())),
                status, texts.get(MessageKeys.ERROR_EXPORT)));
    }

    private static Optional<ExportFormat> formatOfName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : ExportFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }
}
