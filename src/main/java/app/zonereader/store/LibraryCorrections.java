package app.zonereader.store;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.Correction;
import app.zonereader.model.CountByName;
import app.zonereader.model.Page;
import app.zonereader.model.ReanchorReport;
import app.zonereader.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reader's corrections and added zones (schema V9), and the pages they are replayed on. Shares the library's one
 * connection and its lock ({@link LibraryStore}), so it is thread-safe like the store; every method blocks on disk.
 */
public final class LibraryCorrections {
    /** An article with less text than this is listed for review: the engine probably cut it wrong. */
    public static final int SHORT_ARTICLE_CHARS = 80;

    private final Object lock;
    private final Connection connection;
    private final Clock clock;
    private final CorrectionTable corrections;
    private final UserZoneTable userZones;
    private final PageReplacer replacer;
    private final ArticleReader reader;

    LibraryCorrections(Object lock, Connection connection, Clock clock, PageReplacer replacer, ArticleReader reader) {
        this.lock = lock;
        this.connection = connection;
        this.clock = clock;
        this.corrections = new CorrectionTable(connection);
        this.userZones = new UserZoneTable(connection);
        this.replacer = replacer;
        this.reader = reader;
    }

    /** The corrections of a page, in the order the reader made them. */
    public List<Correction> onPage(String pageHash) {
        return read(() -> corrections.onPage(pageHash));
    }

    /** Every correction in the library, by page and item. */
    public List<Correction> all() {
        return read(corrections::all);
    }

    /** The text a stored page was made from, when the library kept it. */
    public Optional<StoredPage> storedPage(String pageHash) {
        return read(() -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT p.file_name, t.text FROM pages p LEFT JOIN page_texts t ON t.content_hash = p.content_hash
                    WHERE p.content_hash = ?""")) {
                select.setString(1, pageHash);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String text = row.getString(2);
                    return Optional.of(new StoredPage(pageHash, row.getString(1), text != null, text == null ? "" : text));
                }
            }
        });
    }

    /**
     * Puts the corrected page in the place of the stored one and records the corrections as they landed, in one
     * transaction: the reader's data is re-anchored as for any new version of a page (a highlight follows its text
     * through a split or a merge).
     *
     * @param placed  every correction of the page as the replay left it (new ones with id 0 are inserted)
     * @param removed ids of corrections the reader withdrew
     * @return how the annotations fared, and the stored corrections with their ids
     */
    public Replaced replacePage(String oldHash, Page page, String decodedText, Collection<Correction> placed,
                                Collection<Long> removed) {
        synchronized (lock) {
            List<List<Correction>> saved = new ArrayList<>();
            ReanchorReport report = replacer.replace(oldHash, page, decodedText, () -> {
                corrections.delete(removed);
                saved.add(corrections.save(placed));
                return null;
            });
            return new Replaced(report, saved.get(0));
        }
    }

    /** What {@link #replacePage} did. */
    public record Replaced(ReanchorReport report, List<Correction> corrections) {
    }

    /** Records where corrections landed on a page stored by an import. */
    public void record(Collection<Correction> placed) {
        if (placed.isEmpty()) {
            return;
        }
        write("record corrections", () -> corrections.save(placed));
    }

    /** The items the engine was unsure of and the reader has not corrected or marked reviewed, in page order. */
    public List<ArticleSummary> needsReview() {
        return read(() -> reader.summariesNeedingReview(SHORT_ARTICLE_CHARS));
    }

    /** How many items {@link #needsReview()} lists. */
    public int needsReviewCount() {
        return read(() -> reader.countNeedingReview(SHORT_ARTICLE_CHARS));
    }

    /** The zones the reader added, oldest first. */
    public List<Zone> userZones() {
        return read(userZones::all);
    }

    /** Adds a zone of the reader's to the gazetteer kept in the library. */
    public void addUserZone(Zone zone) {
        write("add the zone " + zone.shortName(), () -> {
            userZones.add(zone, clock.instant());
            return null;
        });
    }

    /** The zone-like names imports found and the gazetteer lacked, with the number of pages naming each, most first. */
    public List<CountByName> unknownZoneNames() {
        return read(() -> {
            List<CountByName> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT u.value, count(*) FROM pages p, json_each(p.unknown_zones) u
                    GROUP BY u.value ORDER BY count(*) DESC, u.value""");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    names.add(new CountByName(row.getString(1), row.getInt(2)));
                }
            }
            return names;
        });
    }

    private <T> T read(Transactions.Work<T> query) {
        return Transactions.readLocked(lock, query);
    }

    private <T> T write(String what, Transactions.Work<T> change) {
        return Transactions.inTransactionLocked(lock, connection, what, change);
    }
}
