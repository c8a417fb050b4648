package app.zonereader.ui;

import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
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
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Results> results = new ReadOnlyObjectWrapper<>(Results.NONE);
    private final ObjectProperty<SearchScope> scope = new SimpleObjectProperty<>(SearchScope.ALL);
    private final ObservableList<SearchScope> scopeChoices = FXCollections.observableArrayList(SearchScope.ALL);
    private final NewestWins searches;
    private String latestQuery = "";

    SearchViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.searches = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
        // A new scope answers the same question again, within the new bounds.
        scope.addListener((observable, old, now) -> {
            if (now == null) {
                scope.set(SearchScope.ALL);
            } else if (!latestQuery.isEmpty()) {
                search(latestQuery);
            }
        });
    }

    /** Where the search looks; the choices follow what the reader has selected in the tree. */
    ObjectProperty<SearchScope> scopeProperty() {
        return scope;
    }

    ObservableList<SearchScope> scopeChoices() {
        return scopeChoices;
    }

    /** Offers the scopes that fit the tree's selection, beside "everywhere" and the scope in force. */
    void offerScopes(List<SearchScope> offered) {
        SearchScope current = scope.get();
        List<SearchScope> choices = new ArrayList<>();
        choices.add(SearchScope.ALL);
        offered.stream().filter(choice -> !choices.contains(choice)).forEach(choices::add);
        if (!choices.contains(current)) {
            choices.add(current);
        }
        scopeChoices.setAll(choices);
        scope.set(current);
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
        if (query.isEmpty()) {
            searches.cancel();
            results.set(Results.NONE);
            return;
        }
        SearchScope scopeNow = scope.get();
        searches.execute(UiTask.of(() -> service.search(query, RESULT_LIMIT, scopeNow),
                hits -> results.set(new Results(query, hits)), status, texts.get(MessageKeys.ERROR_SEARCH)));
    }
}
