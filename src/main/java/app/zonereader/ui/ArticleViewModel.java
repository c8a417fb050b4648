package app.zonereader.ui;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.Correction;
import app.zonereader.model.StoredArticle;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Which article the reading pane shows, with what the reader added to it, loaded in the background; the newest
 * request wins. The body's styles are computed in the same background task, so the pane only applies them.
 * Also the simple marks: bookmark, read state, scroll position.
 */
final class ArticleViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleViewModel.class);
    /**
     * An article on screen.
     *
     * @param highlightTerms   search terms to mark in it (none when opened from the tree)
     * @param marks            the reader's bookmark, read state, highlights, note and tags
     * @param body             the body's text and styles, ready to apply
     * @param requestedAtNanos {@link System#nanoTime()} when the open was asked for, to measure it
     * @param marksMissing     the marks could not be read; the article is shown without them
     * @param corrections      the reader's corrections of the item, with the engine's values (the header's mark)
     */
    record Shown(StoredArticle stored, List<String> highlightTerms, ArticleMarks marks, BodyStyles body,
                 long requestedAtNanos, boolean marksMissing, List<Correction> corrections) {
        Shown {
            highlightTerms = List.copyOf(highlightTerms);
            corrections = List.copyOf(corrections);
        }

        long id() {
            return stored.id();
        }

        /**
         * Whether this is the same article, on screen the same way, as {@code other}: only the reader's marks may
         * differ. A corrected page is stored again, and its first item may get its old id back, so the text, header
         * and corrections are compared too.
         */
        boolean sameViewAs(Shown other) {
            Article mine = stored.article();
            Article theirs = other.stored.article();
            return id() == other.id() && stored.key().equals(other.stored.key())
                    && highlightTerms.equals(other.highlightTerms) && mine.kind() == theirs.kind()
                    && mine.title().equals(theirs.title()) && mine.subtitle().equals(theirs.subtitle())
                    && mine.zone().equals(theirs.zone()) && mine.bodyText().equals(theirs.bodyText())
                    && corrections.equals(other.corrections);
        }
    }

    private final LibraryService service;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Texts texts;
    private final Runnable onMarksChanged;
    private final Runnable onPageReshaped;
    private final ReadOnlyObjectWrapper<Optional<Shown>> shown = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final NewestWins loads;
    /** Whether the newest of {@link #loads} opens an article (rather than reloading the open one's marks). */
    private boolean openInFlight;

    /**
     * @param onMarksChanged called on the FX thread after the reader changed an article's bookmark, read state or
     *                       tags (the window refreshes the tree)
     */
    ArticleViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts,
                     Runnable onMarksChanged) {
        this(service, executor, status, texts, onMarksChanged, onMarksChanged);
    }

    /**
     * @param onPageReshaped called on the FX thread after a correction made a page again (items may have come or
     *                       gone: the window refreshes the tree, the counts and the stats)
     */
    ArticleViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts,
                     Runnable onMarksChanged, Runnable onPageReshaped) {
        this.service = service;
        this.executor = executor;
        this.loads = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
        this.onMarksChanged = onMarksChanged;
        this.onPageReshaped = onPageReshaped;
    }

    ReadOnlyObjectProperty<Optional<Shown>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    Optional<Shown> current() {
        return shown.get();
    }

    /** Opens an article from the tree; does nothing when it is already on screen (keeps its highlights). */
    void open(long articleId) {
        boolean alreadyShown = shown.get().map(current -> current.id() == articleId).orElse(false);
        if (!alreadyShown) {
            open(articleId, List.of());
        }
    }

    /** Opens an article with search terms highlighted. */
    void open(long articleId, List<String> highlightTerms) {
        load(articleId, highlightTerms, System.nanoTime(), true);
    }

    /**
     * Loads the open article's marks again after a change, keeping its search terms (the pane keeps its place).
     * While another article is being opened there is nothing to reload: that open reads fresh marks.
     */
    void reload() {
        if (loads.isPending() && openInFlight) {
            return;
        }
        shown.get().ifPresent(current -> load(current.id(), current.highlightTerms(), System.nanoTime(), false));
    }

    private void load(long articleId, List<String> highlightTerms, long requestedAt, boolean isOpen) {
        openInFlight = isOpen;
        loads.execute(UiTask.of(() -> service.article(articleId).map(stored -> {
            Optional<ArticleMarks> marks = marks(articleId);
            ArticleMarks known = marks.orElse(ArticleMarks.NONE);
            return new Shown(stored, highlightTerms, known,
                    BodyStyles.of(stored.article(), highlightTerms, known.highlights()), requestedAt, marks.isEmpty(),
                    corrections(articleId));
        }), found -> {
            if (found.isPresent()) {
                shown.set(found);
                if (found.get().marksMissing()) {
                    status.show(texts.get(MessageKeys.ERROR_LOAD_MARKS));
                }
            } else {
                status.show(texts.format(MessageKeys.ERROR_ARTICLE_GONE, articleId));
            }
        }, status, texts.get(MessageKeys.ERROR_LOAD_ARTICLE)));
    }

    /** The reader's marks; when they cannot be read the article still opens, without them (and the log says why). */
    private Optional<ArticleMarks> marks(long articleId) {
        try {
            return Optional.of(service.marks(articleId));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the marks of article {}", articleId, e);
            return Optional.empty();
        }
    }

    /** The item's corrections; when they cannot be read the article still opens, without the mark. */
    private List<Correction> corrections(long articleId) {
        try {
            return service.corrections(articleId);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the corrections of article {}", articleId, e);
            return List.of();
        }
    }

    /**
     * Runs a correction in the background: its page is made again, so the article comes back under a new id, which
     * is then opened (with the same search terms); the window refreshes the tree, counts and stats. An item left out
     * as not an article leaves the pane empty.
     *
     * @param work the correction; answers the ids of the items now holding the text, first to be shown
     */
    void reshape(Callable<List<Long>> work) {
        List<String> terms = shown.get().map(Shown::highlightTerms).orElse(List.of());
        executor.execute(UiTask.of(work, ids -> {
            if (ids.isEmpty()) {
                shown.set(Optional.empty());
            } else {
                load(ids.get(0), terms, System.nanoTime(), true);
            }
            onPageReshaped.run();
        }, status, texts.get(MessageKeys.ERROR_CORRECT)));
    }

    void setBookmarked(boolean bookmarked) {
        shown.get().ifPresent(current -> change(() -> {
            service.setBookmarked(current.id(), bookmarked);
            return null;
        }, true, ignored -> { }));
    }

    void toggleBookmark() {
        shown.get().ifPresent(current -> setBookmarked(!current.marks().bookmarked()));
    }

    void setRead(long articleId, boolean read) {
        boolean isCurrent = shown.get().map(current -> current.id() == articleId).orElse(false);
        if (isCurrent && shown.get().get().marks().read() == read) {
            return;
        }
        change(() -> {
            service.setRead(articleId, read);
            return null;
        }, true, ignored -> { });
    }

    /** Remembers the scroll position quietly: nothing on screen depends on it. */
    void saveScrollPosition(long articleId, double position) {
        executor.execute(UiTask.of(() -> {
            service.saveScrollPosition(articleId, position);
            return null;
        }, ignored -> { }, status, texts.get(MessageKeys.ERROR_SAVE_MARKS)));
    }

    /**
     * Runs a change in the background, then reloads the open article's marks (and tells the window when the tree
     * shows what changed).
     */
    <V> void change(Callable<V> work, boolean treeShowsIt, Consumer<V> then) {
        executor.execute(UiTask.of(work, result -> {
            then.accept(result);
            reload();
            if (treeShowsIt) {
                onMarksChanged.run();
            }
        }, status, texts.get(MessageKeys.ERROR_SAVE_MARKS)));
    }
}
