package app.zonereader.ui;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.ExportFormat;
import app.zonereader.service.AnnotationExporter;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An exporter for UI tests: records each call and answers a fixed count, writing nothing. */
final class RecordingExporter implements AnnotationExporter {
    record Call(ExportFormat format, AnnotationFilter filter, Path file) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final int count;

    RecordingExporter() {
        this(0);
    }

    RecordingExporter(int count) {
        this.count = count;
    }

    @Override
    public int export(ExportFormat format, AnnotationFilter filter, Path file) {
        calls.add(new Call(format, filter, file));
        return count;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }
}
