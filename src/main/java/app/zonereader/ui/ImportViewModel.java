package app.zonereader.ui;

import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.ImportSummary;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import app.zonereader.service.ImportListener;
import app.zonereader.service.LibraryService;
import app.zonereader.service.PageSource;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Imports page files, or files and folders, in the background, one import at a time: "Importing 3/5 …" and the
 * fraction in the status bar, files done of total, the current file and the articles found for the progress view,
 * and at the end the report (per zone, duplicates, replaced, every file not imported and why). Cancelling stops
 * after the file being worked on; what finished stays and is in the report.
 */
final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportProgress> progress = new ReadOnlyObjectWrapper<>(ImportProgress.NONE);
    private final ReadOnlyObjectWrapper<Optional<ImportSummary>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    /** The newest progress not yet shown; the FX thread takes it, so a fast import posts at most one update a frame. */
    private final AtomicReference<ImportProgress> pendingProgress = new AtomicReference<>();
    private LongSupplier maxBytes = () -> UserPreferences.DEFAULT_IMPORT_MAX_BYTES;
    private Runnable stop = () -> { };

    ImportViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    /** Where the size limit comes from (the reader's preference); read when an import starts. */
    void setMaxBytes(LongSupplier maxBytes) {
        this.maxBytes = maxBytes;
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ImportProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The report of the last import, set when it ends (also when cancelled); empty until then. */
    ReadOnlyObjectProperty<Optional<ImportSummary>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Forgets the last report (the reader closed it). */
    void dismissReport() {
        report.set(Optional.empty());
    }

    /**
     * Starts importing page sources (the first run's sample pages), unless an import is already running. The status
     * line says how it went; the report pane opens only when a page was not imported, since the reader did not
     * choose these pages.
     *
     * @param startMessage what the status bar says until the first file is done
     * @param afterwards   run on the JavaFX thread when the import ends, however it ends (the library may have changed)
     */
    void importPages(List<PageSource> pages, String startMessage, Runnable afterwards) {
        if (!pages.isEmpty()) {
            start(startMessage, afterwards, (listener, cancelled) -> service.importPages(pages, listener, cancelled),
                    summary -> {
                        if (!summary.notImported().isEmpty()) {
                            showReport(summary);
                        }
                    });
        }
    }

    /** Starts importing files and folders (read to the bottom, text files by content) with the size limit. */
    void importPaths(List<Path> filesOrFolders, String startMessage, Runnable afterwards) {
        importPaths(filesOrFolders, startMessage, afterwards, this::showReport);
    }

    /**
     * Imports files like {@link #importPaths(List, String, Runnable)}, but hands the report to {@code reportTo}
     * instead of the report pane (the watch folder says in the status line what it imported).
     *
     * @return false when another import is running (nothing started)
     */
    boolean importPaths(List<Path> filesOrFolders, String startMessage, Runnable afterwards,
                        Consumer<ImportSummary> reportTo) {
        if (filesOrFolders.isEmpty() || importing.get()) {
            return false;
        }
        long limit = maxBytes.getAsLong();
        start(startMessage, afterwards, (listener, cancelled) ->
                service.importFiles(filesOrFolders, limit, listener, cancelled, false), reportTo);
        return true;
    }

    private void showReport(ImportSummary summary) {
        report.set(Optional.of(summary));
    }

    private void start(String startMessage, Runnable afterwards,
                       BiFunction<ImportListener, BooleanSupplier, List<ImportReport>> importing,
                       Consumer<ImportSummary> reportTo) {
        if (this.importing.get()) {
            return;
        }
        AtomicBoolean stopRequested = new AtomicBoolean(false);
        int[] articles = {0};
        BackgroundTask<List<ImportReport>> task = BackgroundTask.reporting(progress -> {
            progress.updateMessage(startMessage);
            progress.updateProgress(-1, 1);
            return importing.apply((done, total, fileReport) -> {
                articles[0] += fileReport.articleCount();
                progress.updateProgress(done, total);
                progress.updateMessage(texts.format(MessageKeys.IMPORT_PROGRESS, done, total, fileReport.fileName()));
                publish(new ImportProgress(done, total, fileReport.fileName(), articles[0]));
            }, () -> stopRequested.get() || progress.isCancelled());
        });
        status.follow(task);
        // Cancelling only raises a flag: the import ends normally after its current file, so the report and the
        // refresh see exactly what was stored.
        task.onSuccess(reports -> finish(afterwards, () -> reportTo.accept(summarize(reports, stopRequested.get()))))
                .onCancelled(() -> finish(afterwards, () -> status.show(texts.get(MessageKeys.IMPORT_CANCELLED))))
                .onFailure(error -> finish(afterwards, () -> status.error(texts.get(MessageKeys.ERROR_IMPORT), error)));
        stop = () -> stopRequested.set(true);
        progress.set(ImportProgress.NONE);
        report.set(Optional.empty());
        this.importing.set(true);
        status.show(startMessage);
        executor.execute(task);
    }

    /** Asks the running import to stop after its current file. */
    void cancel() {
        stop.run();
    }

    private void publish(ImportProgress next) {
        if (Platform.isFxApplicationThread()) {
            progress.set(next);
        } else if (pendingProgress.getAndSet(next) == null) {
            Platform.runLater(() -> progress.set(pendingProgress.getAndSet(null)));
        }
    }

    private void finish(Runnable afterwards, Runnable summary) {
        status.stopFollowing();
        importing.set(false);
        stop = () -> { };
        summary.run();
        afterwards.run();
    }

    /** Says in the status line how the import went, and returns its report. */
    private ImportSummary summarize(List<ImportReport> reports, boolean stopped) {
        ImportSummary summary = ImportSummary.of(reports, stopped);
        String done = texts.format(MessageKeys.IMPORT_DONE, summary.newPages(), summary.newArticles(),
                summary.duplicates(), summary.notImported().size());
        List<String> unknownZones = reports.stream().flatMap(r -> r.unknownZones().stream()).distinct().toList();
        if (!unknownZones.isEmpty()) {
            // Articles about these places got no zone; saying so tells the reader why, and what the list lacks.
            done += " " + texts.format(MessageKeys.IMPORT_UNKNOWN_ZONES, String.join("、", unknownZones));
        }
        // the unknown names were just listed; the other warnings are counted, the first one shown as an example
        List<IngestWarning> warnings = reports.stream().flatMap(r -> r.warnings().stream())
                .filter(warning -> warning.code() != WarningCode.UNKNOWN_ZONE_NAMES).toList();
        if (!warnings.isEmpty()) {
            done += " " + texts.format(MessageKeys.IMPORT_WARNINGS, warnings.size(),
                    new WarningTexts(texts).render(warnings.get(0)));
        }
        status.show(stopped ? texts.get(MessageKeys.IMPORT_CANCELLED) + " " + done : done);
        reports.stream().filter(r -> r.status() == ImportStatus.FAILED)
                .forEach(r -> LOG.info("{} not imported: {} {}", r.fileName(), r.reason(), r.message()));
        return summary;
    }
}
