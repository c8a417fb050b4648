package app.zonereader.ui;

import app.zonereader.model.CountByName;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;

/** Article counts per zone and per province for the charts, fetched together in one background task. */
final class StatsViewModel {
    record Counts(List<CountByName> perZone, List<CountByName> perProvince) {
        Counts {
            perZone = List.copyOf(perZone);
            perProvince = List.copyOf(perProvince);
        }

        static final Counts NONE = new Counts(List.of(), List.of());
    }

    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(Counts.NONE);

    StatsViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    void refresh() {
        executor.execute(UiTask.of(() -> new Counts(service.articlesPerZone(), service.articlesPerProvince()),
                counts::set, status, texts.get(MessageKeys.ERROR_LOAD_STATS)));
    }
}
