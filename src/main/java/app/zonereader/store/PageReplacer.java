package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.Article;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.Page;
import app.zonereader.model.ReanchorReport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a new version of a page in the place of the old one (a better OCR, or the same text through a better engine)
 * and carries the reader's data over, all in one transaction: highlights are found again in the new items' text,
 * everything about a whole article follows the item that took its text; nothing is deleted.
 */
final class PageReplacer {
    private static final Logger LOG = LoggerFactory.getLogger(PageReplacer.class);

    private final Connection connection;
    private final PageWriter writer;
    private final AnnotationTable annotations;
    private final UserDataMover mover;
    private final ArticleKeys keys;
    private final Reanchorer reanchorer = new Reanchorer();

    PageReplacer(Connection connection, PageWriter writer) {
        this.connection = connection;
        this.writer = writer;
        this.annotations = new AnnotationTable(connection);
        this.mover = new UserDataMover(connection);
        this.keys = new ArticleKeys(connection);
    }

    /**
     * @param oldHash     the content hash of the stored page to replace (may equal the new page's, when re-processing)
     * @param page        the new version
     * @param decodedText the new version's text, kept for the next re-processing
     * @throws IllegalArgumentException when no page has {@code oldHash}, or another page already has the new hash
     */
    ReanchorReport replace(String oldHash, Page page, String decodedText) {
        return replace(oldHash, page, decodedText, () -> null);
    }

    /**
     * Like {@link #replace(String, Page, String)}, with more work for the same transaction once the page is in place
     * (the corrections that made it record where they landed).
     */
    ReanchorReport replace(String oldHash, Page page, String decodedText, Transactions.Work<?> alsoInTransaction) {
        return Transactions.inTransaction(connection, "replace the page " + page.fileName(), () -> {
            List<Reanchorer.Candidate> oldItems = keys.itemsOnPage(oldHash);
            if (oldItems.isEmpty() && !pageExists(oldHash)) {
                throw new IllegalArgumentException("no stored page has the hash " + oldHash);
            }
            if (!oldHash.equals(page.contentHash()) && pageExists(page.contentHash())) {
                throw new IllegalArgumentException(page.fileName() + " is already in the library");
            }
            List<Annotation> onPage = annotations.onPage(oldHash);
            writer.delete(oldHash);
            writer.insert(page, Optional.of(decodedText));
            List<Reanchorer.Candidate> newItems = candidates(page);
            Map<ArticleKey, ArticleKey> successors = ArticleSuccessors.of(oldItems, newItems);
            ReanchorReport outcome = reanchor(onPage, newItems, successors);
            mover.move(successors);
            alsoInTransaction.run();
            LOG.info("{}: {} items replaced by {}; annotations {} exact, {} fuzzy, {} orphaned", page.fileName(),
                    oldItems.size(), outcome.items(), outcome.exact(), outcome.fuzzy(), outcome.orphaned());
            return outcome;
        });
    }

    private ReanchorReport reanchor(List<Annotation> onPage, List<Reanchorer.Candidate> newItems,
                             Map<ArticleKey, ArticleKey> successors) throws SQLException {
        int exact = 0;
        int fuzzy = 0;
        int orphaned = 0;
        for (Annotation annotation : onPage) {
            ArticleKey follows = successors.get(annotation.article());
            if (annotation.kind() != AnnotationKind.HIGHLIGHT) {
                // A note on a whole article goes where the article went; it is orphaned only when the article is gone.
                AnchorStatus status = follows != null ? AnchorStatus.ANCHORED : AnchorStatus.ORPHANED;
                annotations.place(annotation.id(), follows != null ? follows : annotation.article(), annotation.anchor(), status);
                exact += follows != null ? 1 : 0;
                orphaned += follows != null ? 0 : 1;
                continue;
            }
            Optional<Reanchorer.Found> found = reanchorer.find(annotation.anchor(), annotation.article(), newItems);
            if (found.isPresent()) {
                annotations.place(annotation.id(), found.get().key(), found.get().anchor(), AnchorStatus.ANCHORED);
                if (found.get().quality() == Reanchorer.Quality.EXACT) {
                    exact++;
                } else {
                    fuzzy++;
                }
            } else {
                // Kept with its quote for the orphan list, under the article that took its article's text if any.
                annotations.place(annotation.id(), follows != null ? follows : annotation.article(), annotation.anchor(),
                        AnchorStatus.ORPHANED);
                orphaned++;
            }
        }
        return new ReanchorReport(1, newItems.size(), exact, fuzzy, orphaned, List.of());
    }

    private static List<Reanchorer.Candidate> candidates(Page page) {
        List<Reanchorer.Candidate> candidates = new ArrayList<>();
        for (int ordinal = 0; ordinal < page.items().size(); ordinal++) {
            Article item = page.items().get(ordinal);
            candidates.add(new Reanchorer.Candidate(new ArticleKey(page.contentHash(), ordinal), item.bodyText()));
        }
        return candidates;
    }

    private boolean pageExists(String contentHash) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM pages WHERE content_hash = ?", contentHash);
    }
}
