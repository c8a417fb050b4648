package app.zonereader.ui;

import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import app.zonereader.service.LibraryService;
import app.zonereader.service.PageSource;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Imports page files in the background, one import at a time, reporting "Importing 3/5 …" and the progress
 * fraction to the status bar. The import can be cancelled; it then stops after the file it is working on.
 */
final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<ImportReport>> failures = new ReadOnlyObjectWrapper<>(List.of());
    private Runnable stop = () -> { };

    ImportViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The files that failed in the last import (set once it ends), for the window to show in a dialog. */
    ReadOnlyObjectProperty<List<ImportReport>> failuresProperty() {
        return failures.getReadOnlyProperty();
    }

    /**
     * Starts importing, unless an import is already running.
     *
     * @param startMessage what the status bar says until the first file is done
     * @param afterwards   run on the JavaFX thread when the import ends, however it ends (the library may have changed)
     */
    void importPages(List<PageSource> pages, String startMessage, Runnable afterwards) {
        if (importing.get() || pages.isEmpty()) {
            return;
        }
        AtomicBoolean stopRequested = new AtomicBoolean(false);
        BackgroundTask<List<ImportReport>> task = BackgroundTask.reporting(progress -> {
            progress.updateMessage(startMessage);
            progress.updateProgress(-1, pages.size());
            return service.importPages(pages, (done, total, report) -> {
                progress.updateProgress(done, total);
                progress.updateMessage(texts.format(MessageKeys.IMPORT_PROGRESS, done, total, report.fileName()));
            }, () -> stopRequested.get() || progress.isCancelled());
        });
        status.follow(task);
        // Cancelling only raises a flag: the import ends normally after its current file, so the summary and the
        // refresh see exactly what was stored.
        task.onSuccess(reports -> finish(afterwards, () -> summarize(reports, stopRequested.get())))
                .onCancelled(() -> finish(afterwards, () -> status.show(texts.get(MessageKeys.IMPORT_CANCELLED))))
                .onFailure(error -> finish(afterwards, () -> status.error(texts.get(MessageKeys.ERROR_IMPORT), error)));
        stop = () -> stopRequested.set(true);
        importing.set(true);
        status.show(startMessage);
        executor.execute(task);
    }

    /** Asks the running import to stop after its current file. */
    void cancel() {
        stop.run();
    }

    private void finish(Runnable afterwards, Runnable report) {
        status.stopFollowing();
        importing.set(false);
        stop = () -> { };
        report.run();
        afterwards.run();
    }

    private void summarize(List<ImportReport> reports, boolean stopped) {
        long imported = reports.stream().filter(r -> r.status() == ImportStatus.IMPORTED).count();
        int items = reports.stream().mapToInt(ImportReport::articleCount).sum();
        long present = reports.stream().filter(r -> r.status() == ImportStatus.ALREADY_PRESENT).count();
        List<ImportReport> failed = reports.stream().filter(r -> r.status() == ImportStatus.FAILED).toList();
        String done = texts.format(MessageKeys.IMPORT_DONE, imported, items, present, failed.size());
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
        failed.forEach(report -> LOG.warn("Import of {} failed: {}", report.fileName(), report.message()));
        failures.set(failed);
    }
}
