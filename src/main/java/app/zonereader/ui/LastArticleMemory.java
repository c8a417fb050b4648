package app.zonereader.ui;

import app.zonereader.service.LibraryService;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.OptionalLong;
import java.util.function.LongConsumer;

/** Remembers in the library which article is open, and opens it again at the next start. */
final class LastArticleMemory {
    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private long remembered = -1;

    LastArticleMemory(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        this.texts = texts;
    }

    /** Stores the open article, once per article (re-showing the same one writes nothing). */
    void remember(long articleId) {
        if (articleId == remembered) {
            return;
        }
        remembered = articleId;
        executor.execute(UiTask.of(() -> {
            service.setLastOpenArticle(articleId);
            return articleId;
        }, stored -> { }, status, texts.get(MessageKeys.ERROR_LAST_ARTICLE)));
    }

    /** Calls back with the article open when the window last closed, if the library still has it. */
    void recall(LongConsumer open) {
        executor.execute(UiTask.<OptionalLong>of(service::lastOpenArticle, last -> last.ifPresent(id -> {
            remembered = id;
            open.accept(id);
        }), status, texts.get(MessageKeys.ERROR_LAST_ARTICLE)));
    }

    /** Recalls the article (see {@link #recall}) the first time the tree has loaded, so it can be selected there. */
    void recallOnceLoaded(ObservableValue<ZoneTreeViewModel.LoadState> treeState, LongConsumer open) {
        treeState.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ZoneTreeViewModel.LoadState> observable,
                                ZoneTreeViewModel.LoadState old, ZoneTreeViewModel.LoadState state) {
                if (state == ZoneTreeViewModel.LoadState.LOADED) {
                    observable.removeListener(this);
                    recall(open);
                }
            }
        });
    }
}
