package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The tree's data: the Bookmarks shelf, the library's tags, and the items grouped by province and zone, each
 * reloaded in the background on demand; plus the reading-state changes the tree's context menu makes.
 */
final class ZoneTreeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ZoneTreeViewModel.class);
    /** Where the tree is with the library: loading it the first time, showing it, or unable to read it. */
    enum LoadState { LOADING, LOADED, FAILED }

    /** What one load of the items gives the tree. */
    record Content(TreeEntry.Bookmarks bookmarks, List<TreeEntry.Group> groups, TreeEntry.NeedsReview needsReview) {
        static final Content EMPTY = new Content(new TreeEntry.Bookmarks(List.of()), List.of());

        Content {
            groups = List.copyOf(groups);
        }

        Content(TreeEntry.Bookmarks bookmarks, List<TreeEntry.Group> groups) {
            this(bookmarks, groups, new TreeEntry.NeedsReview(0));
        }
    }

    private final LibraryService service;
    private final TaskExecutor executor;
    private final NewestWins contentLoads;
    private final NewestWins tagLoads;
    private final NewestWins reviewCounts;
    private final StatusModel status;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(Content.EMPTY);
    private final ReadOnlyObjectWrapper<List<CountByName>> tags = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<LoadState> loadState = new ReadOnlyObjectWrapper<>(LoadState.LOADING);

    ZoneTreeViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.executor = executor;
        this.contentLoads = new NewestWins(executor);
        this.tagLoads = new NewestWins(executor);
        this.reviewCounts = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
    }

    ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    List<TreeEntry.Group> groups() {
        return content.get().groups();
    }

    /** Every tag in the library with its count, most first. */
    ReadOnlyObjectProperty<List<CountByName>> tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LoadState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    /**
     * Reloads the items and, separately, the tags: a library that cannot list its tags still shows its articles.
     */
    void refresh() {
        load(true);
    }

    /**
     * Reloads the tree after the reader's marks changed (read, bookmark, tags): as {@link #refresh()}, but the
     * Needs-review count stays, since marks never change which items need review, and counting it reads every
     * article's text (about half a second at 100,000 articles), while an article is marked read every few seconds.
     */
    void refreshMarks() {
        load(false);
    }

    private void load(boolean recountReview) {
        UiTask<Content> load = UiTask.of(this::readContent, loaded -> show(loaded, recountReview), status,
                texts.get(MessageKeys.ERROR_LOAD_TREE));
        load.onFailure(this::loadFailed);
        contentLoads.execute(load);
        loadTags();
    }

    /**
     * The items' top level as the library has it now. Call in the background: {@link #showFirstLoad} shows it.
     * Counts only: a zone's items are read when it is unfolded, so a library of any size shows its tree at once.
     */
    Content readContent() {
        return new Content(ZoneTreeBuilder.bookmarks(service.bookmarkedArticles()), ZoneTreeBuilder.build(service.zoneCounts()));
    }

    /**
     * Shows the first load, read by the window's start-up task with its first-run check (so it is read while the first
     * frame is styled rather than after it), and loads the tags. A load started meanwhile wins: nothing is shown then.
     */
    void showFirstLoad(Content loaded) {
        if (loadState.get() != LoadState.LOADING || contentLoads.isPending()) {
            return;
        }
        show(loaded, true);
        loadTags();
    }

    /** The first load failed where {@link #showFirstLoad} would have shown it: the tree says so. */
    void firstLoadFailed(Throwable error) {
        if (!contentLoads.isPending()) {
            loadFailed(error);
        }
    }

    private void show(Content loaded, boolean recountReview) {
        // The shelf keeps its last count until the new one is in.
        content.set(new Content(loaded.bookmarks(), loaded.groups(), content.get().needsReview()));
        loadState.set(LoadState.LOADED);
        // Counting the items to check reads every article's text: after the tree is drawn, not before it.
        if (recountReview) {
            reviewCounts.execute(UiTask.of(this::needsReviewCount, count -> content.set(new Content(
                    content.get().bookmarks(), content.get().groups(), new TreeEntry.NeedsReview(count))), status,
                    texts.get(MessageKeys.ERROR_LOAD_TREE)));
        }
    }

    /** Only a failed first load leaves the tree without content; later failures keep what it shows. */
    private void loadFailed(Throwable error) {
        status.error(texts.get(MessageKeys.ERROR_LOAD_TREE), error);
        if (loadState.get() == LoadState.LOADING) {
            loadState.set(LoadState.FAILED);
        }
    }

    private void loadTags() {
        tagLoads.execute(UiTask.of(service::tagCounts, tags::set, status, texts.get(MessageKeys.ERROR_LOAD_TAGS)));
    }

    /** How many items to check; a library that cannot count them still shows its tree (the log says why). */
    private int needsReviewCount() {
        try {
            return service.needsReviewCount();
        } catch (RuntimeException e) {
            LOG.warn("Could not count the items that need review", e);
            return 0;
        }
    }

    /** Loads the items to check, for unfolding the Needs review shelf ({@code ignored}: the shelf has no name). */
    void loadNeedsReview(String ignored, Consumer<List<ArticleSummary>> onLoaded) {
        executor.execute(UiTask.of(service::needsReview, onLoaded, status, texts.get(MessageKeys.ERROR_LOAD_TREE)));
    }

    /** Loads the items of a zone ("" for Other) in reading order, for unfolding its node. */
    void loadZone(String zone, Consumer<List<ArticleSummary>> onLoaded) {
        executor.execute(UiTask.of(() -> ZoneTreeBuilder.inReadingOrder(service.articlesInZone(zone)), onLoaded, status,
                texts.get(MessageKeys.ERROR_LOAD_TREE)));
    }

    /** Looks up where an item is listed, to unfold its zone before selecting it; nothing when it is gone. */
    void loadSummary(long articleId, Consumer<ArticleSummary> onFound) {
        executor.execute(UiTask.of(() -> service.summary(articleId), found -> found.ifPresent(onFound), status,
                texts.get(MessageKeys.ERROR_LOAD_TREE)));
    }

    /** Loads the items that carry a tag, for unfolding its node. */
    void loadTag(String tag, Consumer<List<ArticleSummary>> onLoaded) {
        executor.execute(UiTask.of(() -> service.articlesWithTag(tag), onLoaded, status, texts.get(MessageKeys.ERROR_LOAD_TREE)));
    }

    void setRead(long articleId, boolean read) {
        changeThenRefresh(() -> service.setRead(articleId, read));
    }

    void setZoneRead(String zone, boolean read) {
        changeThenRefresh(() -> service.setZoneRead(zone, read));
    }

    void setProvinceRead(String province, boolean read) {
        changeThenRefresh(() -> service.setProvinceRead(province, read));
    }

    private void changeThenRefresh(Runnable change) {
        Callable<Boolean> work = () -> {
            change.run();
            return true;
        };
        executor.execute(UiTask.of(work, done -> refresh(), status, texts.get(MessageKeys.ERROR_MARK_READ)));
    }

    /** A text of the tree's menus, in the reader's language. */
    String text(String key) {
        return texts.get(key);
    }

    /** What the tree says where it would show the library: loading, empty, or unreadable. */
    String placeholderText(LoadState state) {
        return switch (state) {
            case LOADING -> texts.get(MessageKeys.TREE_LOADING);
            case LOADED -> texts.get(MessageKeys.TREE_EMPTY);
            case FAILED -> texts.get(MessageKeys.ERROR_LOAD_TREE);
        };
    }

    /** The label of a tree node, e.g. "重庆 (3) · 未读 2", "书签 (1)", or an item's title. */
    String label(TreeEntry entry) {
        if (entry instanceof TreeEntry.Group group) {
            String name = group.other() ? texts.get(MessageKeys.TREE_OTHER)
                    : group.name().isEmpty() ? texts.get(MessageKeys.TREE_UNKNOWN_PROVINCE) : group.name();
            return countLabel(name, group.count(), group.unread());
        }
        if (entry instanceof TreeEntry.ZoneGroup zone) {
            return countLabel(zone.name(), zone.count(), zone.unread());
        }
        if (entry instanceof TreeEntry.Bookmarks bookmarks) {
            return texts.format(MessageKeys.TREE_BOOKMARKS, bookmarks.articles().size());
        }
        if (entry instanceof TreeEntry.NeedsReview review) {
            return texts.format(MessageKeys.TREE_NEEDS_REVIEW, review.count());
        }
        if (entry instanceof TreeEntry.Tags all) {
            return texts.format(MessageKeys.TREE_TAGS, all.tags().size());
        }
        if (entry instanceof TreeEntry.Tag tag) {
            return texts.format(MessageKeys.TREE_GROUP_COUNT, tag.name(), tag.count());
        }
        if (entry instanceof TreeEntry.Loading) {
            return texts.get(MessageKeys.TREE_LOADING);
        }
        TreeEntry.Item item = (TreeEntry.Item) entry;
        String title = item.summary().title().isBlank() ? texts.get(MessageKeys.ARTICLE_UNTITLED) : item.summary().title();
        return switch (item.summary().kind()) {
            case ARTICLE -> title;
            case PHOTO -> texts.format(MessageKeys.TREE_PHOTO, title);
            case AD -> texts.format(MessageKeys.TREE_AD, title);
        };
    }

    private String countLabel(String name, int count, int unread) {
        return unread == 0 ? texts.format(MessageKeys.TREE_GROUP_COUNT, name, count)
                : texts.format(MessageKeys.TREE_GROUP_COUNT_UNREAD, name, count, unread);
    }
}
