package app.zonereader.ui;

import app.zonereader.model.SearchHit;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.util.List;

/**
 * Runs the search for the text in the search field. Each new query cancels the one still running, and a late
 * answer to an old query is thrown away, so the list always matches what the field says.
 */
final class SearchViewModel {
    static final int RESULT_LIMIT = 50;

    /** The results of one query; {@code query} tells which, so the view can say "no results for …". */
    record Results(String query, List<SearchHit> hits) {
        Results {
            hits = List.copyOf(hits);
        }

        static final Results NONE = new Results("", List.of());
    }

    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Results> results = new ReadOnlyObjectWrapper<>(Results.NONE);
    private Task<?> running;
    private String latestQuery = "";

    SearchViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    ReadOnlyObjectProperty<Results> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    Results results() {
        return results.get();
    }

    /** Searches for the text; blank text clears the results without asking the library. */
    void search(String text) {
        String query = text.strip();
        latestQuery = query;
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (query.isEmpty()) {
            results.set(Results.NONE);
            return;
        }
        UiTask<List<SearchHit>> task = UiTask.of(() -> service.search(query, RESULT_LIMIT), hits -> {
            if (query.equals(latestQuery)) {
                results.set(new Results(query, hits));
            }
        }, status, texts.get(MessageKeys.ERROR_SEARCH));
        running = task;
        executor.execute(task);
    }
}
