package app.zonereader.service;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ImportReport;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.ZoneCount;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;
import app.zonereader.model.Corrected;
import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.Zone;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * What the UI may ask of the library. Every method may block on I/O: call it from a background task, never
 * from the JavaFX thread. Implementations are thread-safe.
 */
public interface LibraryService {
    /**
     * The sample pages the first start still has to import: all of them in a new library, the rest when an earlier
     * first start was cut short (a crash, a kill, Cancel), none once the library holds any page of the reader's own.
     */
    List<PageSource> firstRunPagesToImport(List<PageSource> samples);

    /** Number of stored items (articles, photos and ads). */
    int articleCount();

    /** Every stored item. */
    List<ArticleSummary> articles();

    /**
     * Items and unread items per province and zone (zone "" for the items about no zone): the tree's levels without
     * their items, from aggregates, so a big library shows its tree at once.
     */
    default List<ZoneCount> zoneCounts() {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (ArticleSummary summary : articles()) {
            int[] count = counts.computeIfAbsent(List.of(summary.province(), summary.zone()), key -> new int[2]);
            count[0]++;
            count[1] += summary.read() ? 0 : 1;
        }
        return counts.entrySet().stream()
                .map(entry -> new ZoneCount(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()[0],
                        entry.getValue()[1])).toList();
    }

    /** The items of one zone ("" for the items about no zone), loaded when the reader unfolds it. */
    default List<ArticleSummary> articlesInZone(String zoneShortName) {
        return articles().stream().filter(summary -> summary.zone().equals(zoneShortName)).toList();
    }

    /** The bookmarked items. */
    default List<ArticleSummary> bookmarkedArticles() {
        return articles().stream().filter(ArticleSummary::bookmarked).toList();
    }

    /** One item's summary (where the tree lists it), if it exists. */
    default Optional<ArticleSummary> summary(long id) {
        return articles().stream().filter(summary -> summary.id() == id).findFirst();
    }

    /**
     * The article as the reader sees it: its tags are the automatic ones the reader did not remove, then the
     * reader's own ({@link #marks(long)} tells which are which).
     */
    Optional<StoredArticle> article(long id);

    /**
     * The largest figures of a kind in the whole library (the biggest investments, the highest shares, …), largest
     * first, each with its article; a figure repeated within one article is listed once.
     */
    List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit);

    /** Articles per zone short name, most first; photos, ads and articles without a zone are not counted. */
    List<CountByName> articlesPerZone();

    /** Articles per province, most first; photos and ads are not counted. */
    List<CountByName> articlesPerProvince();

    /** Full-text search over titles, bodies and tags; plain user text is accepted as is. */
    default List<SearchHit> search(String query, int limit) {
        return search(query, limit, SearchScope.ALL);
    }

    /** The same search, only within a zone, a province and/or a tag. */
    List<SearchHit> search(String query, int limit, SearchScope scope);

    /**
     * Imports the pages one by one, each in its own transaction; a page that fails is reported and the others go on.
     *
     * @param cancelled polled between files; when it answers true the import stops after the current file
     */
    List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled);

    /** The days of the automatic daily backups, newest first. */
    List<LocalDate> backupDays();

    /**
     * Replaces the library with the backup of that day. The current library file is kept beside it, renamed, so a
     * restore can itself be undone by hand.
     *
     * @throws IllegalArgumentException when there is no backup of that day
     */
    void restoreBackup(LocalDate day);

    /**
     * Imports pages like {@link #importPages(List, ImportListener, BooleanSupplier)}; with {@code replace}, a file
     * whose name matches an imported page but whose content differs is a new version of that page (a better OCR):
     * it takes the old version's place (report status REPLACED) and the reader's annotations, bookmarks, tags and
     * read state are re-anchored onto the new text. Without it such a file is added as a page of its own.
     */
    List<ImportReport> importPages(List<PageSource> pages, ImportListener listener, BooleanSupplier cancelled,
                                   boolean replace);

    /**
     * Runs the current page engine again over every stored page's text and re-anchors all user data onto the
     * result. A page that fails keeps its old version and is named in the report.
     *
     * @param listener  told after each page (its report's file name and status IMPORTED or FAILED)
     * @param cancelled polled between pages; pages not reached keep their old version
     */
    ReanchorReport reprocess(ImportListener listener, BooleanSupplier cancelled);

    // ---- Reading state --------------------------------------------------------------------------------------------

    /** What the reader has added to the article: bookmark, read state, highlights, notes, tags. */
    ArticleMarks marks(long articleId);

    /** Bookmarks or un-bookmarks the article. */
    void setBookmarked(long articleId, boolean bookmarked);

    /** Marks the article read or unread. */
    void setRead(long articleId, boolean read);

    /** Marks every item of a zone (short name) read or unread. */
    void setZoneRead(String zoneShortName, boolean read);

    /** Marks every item of a province read or unread. */
    void setProvinceRead(String province, boolean read);

    /** Remembers how far the reader scrolled the article (0 top … 1 end). */
    void saveScrollPosition(long articleId, double position);

    /** The article open when the window last closed; empty when none or when it is gone. */
    OptionalLong lastOpenArticle();

    void setLastOpenArticle(long articleId);

    // ---- Highlights and notes ---------------------------------------------------------------------------------------

    /**
     * Highlights {@code bodyText[start, end)} of the article ({@link app.zonereader.model.Article#bodyText()}).
     *
     * @throws IllegalArgumentException for an empty or out-of-range selection
     */
    Annotation addHighlight(long articleId, int start, int end, HighlightColor color, String note);

    /** Changes a highlight's colour and note; returns it as stored. */
    Annotation updateHighlight(long annotationId, HighlightColor color, String note);

    /** Deletes an annotation of any kind; returns what was deleted, for undo. */
    Optional<Annotation> deleteAnnotation(long annotationId);

    /** Puts a deleted annotation back as it was (same uuid), e.g. on Ctrl+Z. */
    Annotation restoreAnnotation(Annotation deleted);

    /** Sets the note on the whole article; an empty text removes it. */
    void saveArticleNote(long articleId, String text);

    /** Annotations across the library, in article then text order, with their articles. */
    List<AnnotationRow> annotations(AnnotationFilter filter);

    /** Attaches an orphaned (or any) highlight to {@code bodyText[start, end)} of an article; it becomes anchored. */
    Annotation reattach(long annotationId, long articleId, int start, int end);

    /**
     * Adds annotations read from an exchange file (W3C Web Annotation), anchoring each by its quote selector first
     * and its position selector as a hint; one whose uuid is already there is skipped, one whose text is not found
     * is kept as orphaned.
     */
    AnnotationImportReport importAnnotations(List<Annotation> annotations);

    // ---- Tags ---------------------------------------------------------------------------------------------------------

    /** Every tag in the library (automatic and the reader's), with how many items carry it, most first. */
    List<CountByName> tagCounts();

    /**
     * The items that carry this tag as the reader sees it (an automatic tag not removed, or the reader's own), in
     * reading order: what the tree lists under the tag. (Added by the ui-library branch: {@link #search} finds
     * nothing for an empty query, so it cannot list a tag's items.)
     */
    List<ArticleSummary> articlesWithTag(String tag);

    /** Adds the reader's tag to the article (a removed automatic tag of that name comes back). */
    void addTag(long articleId, String tag);

    /** Removes a tag from the article; removing an automatic tag is remembered across re-processing. */
    void removeTag(long articleId, String tag);

    /** Renames a tag everywhere; when {@code to} exists already, the two are merged. */
    void renameTag(String from, String to);

    // ---- Statistics (issue 13): articles only, photos and ads never counted; each narrowed by a filter ---------------

    /**
     * Articles per zone or province (most first; articles without one left out), per month yyyy-MM of their date
     * (oldest first), or per tag as the reader sees them (most first; an article counts once under each of its tags).
     */
    List<CountByName> articleCounts(StatsDimension by, StatsFilter filter);

    /** Articles per month and province, oldest month first; articles without a province count under "". */
    List<CrossCount> articlesPerMonthAndProvince(StatsFilter filter);

    /** The {@code size} busiest zones against the {@code size} commonest tags. */
    ZoneTagMatrix zoneTagMatrix(StatsFilter filter, int size);

    /** Read, bookmarked and annotated articles per zone, most articles first; "" for articles without a zone. */
    List<ZoneReading> readingPerZone(StatsFilter filter);

    /** {@link #largestFigures(KeyFigureKind, int)} within the filtered articles. */
    List<ArticleFigure> largestFigures(KeyFigureKind kind, int limit, StatsFilter filter);

    /** The articles behind a number: those the filter keeps, in page then reading order, at most {@code limit}. */
    List<ArticleSummary> articlesMatching(StatsFilter filter, int limit);

    // ---- corrections branch (issue 12): the reader's corrections and the zones the reader adds ------------------------

    /**
     * Corrects an item: title, subtitle, zone, kind, not an article, split at an offset of its body text, merge with
     * the next item of its page, or reviewed. Kept against the page's content hash and the item's text and replayed
     * after every re-import and re-processing; the page is made again at once, so tree, counts, search and stats
     * show it, and the reader's annotations follow their text.
     *
     * @return the correction as stored, and the items now holding the corrected text
     * @throws IllegalArgumentException when the item is gone or the correction cannot apply (a split at the very start
     *                                  or end of the text, a merge of a page's last item, a zone not in the list)
     */
    Corrected correct(long articleId, CorrectionEdit edit);

    /** Takes corrections back (Ctrl+Z): their items become what the engine and the remaining corrections make. */
    Corrected withdrawCorrections(List<Correction> corrections);

    /** Puts withdrawn corrections back as they were, in their old place in the order (Ctrl+Z of a restore). */
    Corrected reinstateCorrections(List<Correction> corrections);

    /** The engine's version of the item: every correction covering it is withdrawn, and returned for undo. */
    Corrected restoreEngineVersion(long articleId);

    /** The corrections that apply to the item, oldest first, each with the engine's value (the header's mark). */
    List<Correction> corrections(long articleId);

    /** Every correction in the library, applied or not (a page that changed may leave one with nothing to apply to). */
    List<Correction> allCorrections();

    /** The items the engine was unsure of and the reader has neither corrected nor marked reviewed, in page order. */
    List<ArticleSummary> needsReview();

    /** How many items {@link #needsReview()} lists, counted without reading them (the tree shows it at start). */
    default int needsReviewCount() {
        return needsReview().size();
    }

    /** The zone list the picker offers: the bundled gazetteer and the zones the reader added. */
    List<Zone> zones();

    /**
     * The zones whose full name, short name or an alias contains the typed text, in Simplified or Traditional
     * characters (璧山, 璧山高新區, 东湖 for 武汉东湖新技术开发区 …), in list order; all of them for a blank text.
     */
    List<Zone> matchingZones(String typed);

    /** Zone-like names that imports found and the zone list still lacks, with the pages naming each, most first. */
    List<CountByName> unknownZoneNames();

    /**
     * Adds a zone to the library's zone list; the next import and re-processing attribute articles to it.
     *
     * @throws IllegalArgumentException when its short name or a name of it belongs to a zone already listed
     */
    void addZone(Zone zone);
    // --- branch import: files and folders, size limit, another process's changes ---

    /**
     * Imports files and folders as the reader gives them: a folder is read to the bottom, and every file in it whose
     * content is text is a page, whatever its name. Every file that is not imported is reported with its reason
     * (status FAILED, {@link app.zonereader.model.SkipReason}): empty, not text, over {@code maxBytes}, far longer
     * than a page, unreadable, not a regular file, a dangling link, a link loop, gone before it was read. The
     * listener is told about every file, those not imported included, with the total of the whole listing.
     *
     * @param cancelled polled between files; when it answers true the import stops after the current file
     */
    List<ImportReport> importFiles(List<java.nio.file.Path> filesOrFolders, long maxBytes, ImportListener listener,
                                   BooleanSupplier cancelled, boolean replace);

    /**
     * A number that changes whenever another connection (another process) commits a change to the library, and
     * only then: cheap enough to poll every few seconds to notice pages another process imported.
     */
    long dataVersion();
}
