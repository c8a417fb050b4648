package app.zonereader.service;

import app.zonereader.model.ArticleFigure;
import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.ImportReport;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StoredArticle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** Every stored item, for the tree. */
    List<ArticleSummary> articles();

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
}
