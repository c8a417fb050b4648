package app.zonereader.ui;

import app.zonereader.model.ArticleFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.StatsFilter;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * The library's largest figures of the chosen kind, for the stats tab: where the biggest investments, shares and
 * counts were reported, among the articles the stats tab's filter keeps. Choosing another kind or filter fetches that
 * list in the background.
 */
final class KeyFiguresViewModel {
    /** The kinds where "largest first" means something; dates are not ranked. */
    static final List<KeyFigureKind> RANKED_KINDS = List.of(KeyFigureKind.AMOUNT, KeyFigureKind.PERCENT, KeyFigureKind.COUNT);
    /** Rows shown; enough to scroll through, few enough to load at once. */
    static final int LIMIT = 200;

    private final LibraryService service;
    private final StatusModel status;
    private final Texts texts;
    private final ObjectProperty<KeyFigureKind> kind = new SimpleObjectProperty<>(KeyFigureKind.AMOUNT);
    private final ObjectProperty<StatsFilter> filter = new SimpleObjectProperty<>(StatsFilter.ALL);
    private final ReadOnlyObjectWrapper<List<ArticleFigure>> figures = new ReadOnlyObjectWrapper<>(List.of());
    private final NewestWins loads;

    KeyFiguresViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.loads = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
        kind.addListener((observable, old, chosen) -> refresh());
        filter.addListener((observable, old, chosen) -> refresh());
    }

    ObjectProperty<KeyFigureKind> kindProperty() {
        return kind;
    }

    ObjectProperty<StatsFilter> filterProperty() {
        return filter;
    }

    ReadOnlyObjectProperty<List<ArticleFigure>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    void refresh() {
        KeyFigureKind asked = kind.get();
        StatsFilter narrowedTo = filter.get();
        loads.execute(UiTask.of(() -> service.largestFigures(asked, LIMIT, narrowedTo),
                result -> figures.set(List.copyOf(result)), status, texts.get(MessageKeys.ERROR_LOAD_FIGURES)));
    }
}
