package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.CountByName;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What the reader adds to the library: bookmarks, highlights, notes, tags, reading state. Everything is keyed by
 * {@link ArticleKey}, never by database id, so it outlives re-imports and re-processing. Shares the library's one
 * connection and its lock ({@link LibraryStore}), so it is thread-safe like the store; every method blocks on disk.
 */
public final class ReaderData {
    private final Object lock;
    private final Connection connection;
    private final Clock clock;
    private final ArticleKeys keys;
    private final AnnotationTable annotations;
    private final BookmarkTable bookmarks;
    private final ReadStateTable readState;
    private final TagEdits tags;
    private final Settings settings;
    private final AnnotationList list;
    private final AnnotationImporter importer;

    ReaderData(Object lock, Connection connection, Clock clock, TextFolder folder) {
        this.lock = lock;
        this.connection = connection;
        this.clock = clock;
        this.keys = new ArticleKeys(connection);
        this.annotations = new AnnotationTable(connection);
        this.bookmarks = new BookmarkTable(connection);
        this.readState = new ReadStateTable(connection);
        this.tags = new TagEdits(connection);
        this.settings = new Settings(connection);
        this.list = new AnnotationList(connection, folder);
        this.importer = new AnnotationImporter(connection);
    }

    /** A new global id for something the reader made. */
    static String newUuid() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    public Optional<ArticleKey> keyOf(long articleId) {
        return read(() -> keys.keyOf(articleId));
    }

    public OptionalLong idOf(ArticleKey article) {
        return read(() -> keys.idOf(article));
    }

    // ---- Reading state ----------------------------------------------------------------------------------------------

    /** What the reader added to one article. */
    public ArticleMarks marks(ArticleKey article) {
        return read(() -> {
            ReadStateTable.ReadState state = readState.state(article);
            String note = annotations.articleNote(article).map(Annotation::text).orElse("");
            return new ArticleMarks(bookmarks.isBookmarked(article), state.read(), state.scroll(),
                    annotations.highlights(article), note, tags.userTags(article), tags.removedTags(article));
        });
    }

    public void setBookmarked(ArticleKey article, boolean bookmarked) {
        write("bookmark", () -> bookmarked ? bookmarks.add(article, newUuid(), now()) : bookmarks.remove(article));
    }

    public void setRead(ArticleKey article, boolean read) {
        write("save the read state", () -> {
            readState.setRead(article, read, now());
            return null;
        });
    }

    /** Marks every item of a zone (short name) read or unread; returns how many. */
    public int setZoneRead(String zoneShortName, boolean read) {
        return write("save the read state", () -> readState.setReadWhere(ReadStateTable.Group.ZONE, zoneShortName, read, now()));
    }

    /** Marks every item of a province read or unread; returns how many. */
    public int setProvinceRead(String province, boolean read) {
        return write("save the read state", () -> readState.setReadWhere(ReadStateTable.Group.PROVINCE, province, read, now()));
    }

    /** @param position 0 (top) … 1 (end) */
    public void saveScrollPosition(ArticleKey article, double position) {
        write("save the scroll position", () -> {
            readState.setScroll(article, position, now());
            return null;
        });
    }

    public Optional<ArticleKey> lastOpenArticle() {
        return read(() -> settings.get(Settings.LAST_OPEN_ARTICLE)).map(ArticleKey::fromStorageKey);
    }

    public void setLastOpenArticle(ArticleKey article) {
        write("remember the open article", () -> {
            settings.put(Settings.LAST_OPEN_ARTICLE, article.storageKey());
            return null;
        });
    }

    // ---- Highlights and notes ---------------------------------------------------------------------------------------

    /** Stores a new, anchored highlight with a fresh uuid. */
    public Annotation addHighlight(ArticleKey article, TextAnchor anchor, HighlightColor color, String note) {
        Instant now = now();
        Annotation highlight = new Annotation(0, newUuid(), article, AnnotationKind.HIGHLIGHT, color, anchor, note, now,
                now, AnchorStatus.ANCHORED);
        return write("add the highlight", () -> annotations.insert(highlight));
    }

    public Optional<Annotation> annotation(long id) {
        return read(() -> annotations.find(id));
    }

    /** @throws IllegalArgumentException when there is no annotation with that id */
    public Annotation updateAnnotation(long id, HighlightColor color, String text) {
        return write("change the annotation", () -> {
            existing(id);
            annotations.update(id, color, text, now());
            return existing(id);
        });
    }

    public Optional<Annotation> deleteAnnotation(long id) {
        return write("delete the annotation", () -> {
            Optional<Annotation> deleted = annotations.find(id);
            if (deleted.isPresent()) {
                annotations.delete(id);
            }
            return deleted;
        });
    }

    /**
     * Puts a deleted highlight or note back as it was, same uuid (a new database id).
     *
     * @throws IllegalArgumentException when an annotation with its uuid is there already
     */
    public Annotation restoreAnnotation(Annotation deleted) {
        return write("restore the annotation", () -> {
            if (annotations.hasUuid(deleted.uuid())) {
                throw new IllegalArgumentException("the annotation " + deleted.uuid() + " is still there");
            }
            return annotations.insert(deleted);
        });
    }

    /** Attaches an annotation to a place in an article's text; it becomes anchored. */
    public Annotation reattach(long id, ArticleKey article, TextAnchor anchor) {
        return write("re-attach the annotation", () -> {
            existing(id);
            annotations.place(id, article, anchor, AnchorStatus.ANCHORED);
            annotations.touch(id, now());
            return existing(id);
        });
    }

    /** Sets the note on the whole article; an empty (or blank) text removes it. */
    public void saveArticleNote(ArticleKey article, String text) {
        write("save the note", () -> {
            Optional<Annotation> existing = annotations.articleNote(article);
            if (text.isBlank()) {
                if (existing.isPresent()) {
                    annotations.delete(existing.get().id());
                }
            } else if (existing.isPresent()) {
                annotations.update(existing.get().id(), existing.get().color(), text, now());
            } else {
                Instant now = now();
                annotations.insert(new Annotation(0, newUuid(), article, AnnotationKind.ARTICLE_NOTE,
                        HighlightColor.YELLOW, TextAnchor.WHOLE_ARTICLE, text, now, now, AnchorStatus.ANCHORED));
            }
            return null;
        });
    }

    /** @see AnnotationList#rows(AnnotationFilter) */
    public List<AnnotationRow> annotations(AnnotationFilter filter) {
        return read(() -> list.rows(filter));
    }

    /** @see AnnotationImporter#add(List) */
    public AnnotationImportReport importAnnotations(List<Annotation> incoming) {
        synchronized (lock) {
            return importer.add(incoming);
        }
    }

    // ---- Tags -------------------------------------------------------------------------------------------------------

    public List<CountByName> tagCounts() {
        return read(tags::counts);
    }

    /** The article's tags as the reader sees them: automatic ones not removed, then the reader's own. */
    public List<String> visibleTags(ArticleKey article) {
        return read(() -> tags.visibleTags(article));
    }

    /** @see TagEdits#visibleTags(ArticleKey, List) */
    public List<String> visibleTags(ArticleKey article, List<String> automatic) {
        return read(() -> tags.visibleTags(article, automatic));
    }

    public void addTag(ArticleKey article, String tag) {
        write("add the tag", () -> tags.add(article, tag, newUuid(), now()));
    }

    public void removeTag(ArticleKey article, String tag) {
        write("remove the tag", () -> tags.remove(article, tag));
    }

    /** @see TagEdits#rename(String, String, Instant, java.util.function.Supplier) */
    public void renameTag(String from, String to) {
        write("rename the tag", () -> {
            tags.rename(from, to, now(), ReaderData::newUuid);
            return null;
        });
    }

    private Annotation existing(long id) throws SQLException {
        return annotations.find(id).orElseThrow(() -> new IllegalArgumentException("no annotation with id " + id));
    }

    private Instant now() {
        return clock.instant();
    }

    private <T> T read(Transactions.Work<T> query) {
        return Transactions.readLocked(lock, query);
    }

    private <T> T write(String what, Transactions.Work<T> change) {
        return Transactions.inTransactionLocked(lock, connection, what, change);
    }
}
