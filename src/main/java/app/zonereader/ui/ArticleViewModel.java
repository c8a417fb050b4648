package app.zonereader.ui;

import app.zonereader.model.StoredArticle;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.util.List;
import java.util.Optional;

/** Which article the reading pane shows, loaded in the background; the newest request wins. */
final class ArticleViewModel {
    /** An article on screen, with the search terms to highlight in it (none when opened from the tree). */
    record Shown(StoredArticle stored, List<String> highlightTerms) {
        Shown {
            highlightTerms = List.copyOf(highlightTerms);
        }
    }

    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Optional<Shown>> shown = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Task<?> running;

    ArticleViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    ReadOnlyObjectProperty<Optional<Shown>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Opens an article from the tree; does nothing when it is already on screen (keeps its highlights). */
    void open(long articleId) {
        boolean alreadyShown = shown.get().map(current -> current.stored().id() == articleId).orElse(false);
        if (!alreadyShown) {
            open(articleId, List.of());
        }
    }

    /** Opens an article with search terms highlighted. */
    void open(long articleId, List<String> highlightTerms) {
        if (running != null) {
            running.cancel();
        }
        UiTask<Optional<StoredArticle>> task = UiTask.of(() -> service.article(articleId), found -> {
            if (found.isPresent()) {
                shown.set(Optional.of(new Shown(found.get(), highlightTerms)));
            } else {
                status.show(texts.format(MessageKeys.ERROR_ARTICLE_GONE, articleId));
            }
        }, status, texts.get(MessageKeys.ERROR_LOAD_ARTICLE));
        running = task;
        executor.execute(task);
    }
}
