package app.zonereader.ui;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.HighlightColor;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The library-wide annotations view: every highlight and note, narrowed by colour, zone, tag and text. Each change of
 * a filter asks the library again; the newest request wins, so a slow answer to an old filter never replaces the
 * answer to the filter on screen.
 */
final class AnnotationsViewModel {
    private final LibraryService service;
    private final StatusModel status;
    private final Texts texts;
    private final ObjectProperty<Set<HighlightColor>> colors = new SimpleObjectProperty<>(Set.of());
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<AnnotationRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final NewestWins loads;

    AnnotationsViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.loads = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
        colors.addListener((observable, old, now) -> refresh());
        zone.addListener((observable, old, now) -> refresh());
        tag.addListener((observable, old, now) -> refresh());
        text.addListener((observable, old, now) -> refresh());
    }

    /** Highlight colours to show; empty shows all. */
    ObjectProperty<Set<HighlightColor>> colorsProperty() {
        return colors;
    }

    /** A zone's short name, "" for all zones. */
    StringProperty zoneProperty() {
        return zone;
    }

    /** A tag, "" for all. */
    StringProperty tagProperty() {
        return tag;
    }

    /** Text the quote or the note must contain, "" for any. */
    StringProperty textProperty() {
        return text;
    }

    ReadOnlyObjectProperty<List<AnnotationRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    AnnotationFilter filter() {
        return AnnotationFilter.NOTES_AND_HIGHLIGHTS.withColors(colors.get()).withZone(zone.get()).withTag(tag.get())
                .withText(text.get().strip());
    }

    /** Asks the library for the annotations the filters keep. */
    void refresh() {
        AnnotationFilter filter = filter();
        loads.execute(UiTask.of(() -> service.annotations(filter), rows::set, status,
                texts.get(MessageKeys.ERROR_LOAD_ANNOTATIONS)));
    }

    /**
     * Opens the row's annotation in its article, unless it is orphaned: its text is in no article, so the status bar
     * says where to re-attach it instead.
     */
    void open(AnnotationRow row, Consumer<AnnotationRow> opener) {
        if (row.annotation().isOrphaned() || row.articleId() == 0) {
            status.show(texts.get(MessageKeys.ANNOTATIONS_ORPHAN_NOT_OPENABLE));
        } else {
            opener.accept(row);
        }
    }

    /** The words to mark when the row's article opens: the quote of a highlight, nothing for an article note. */
    static List<String> termsToMark(AnnotationRow row) {
        return row.annotation().kind() == AnnotationKind.HIGHLIGHT ? List.of(row.annotation().anchor().exact()) : List.of();
    }
}
