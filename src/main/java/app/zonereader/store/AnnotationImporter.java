package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.TextAnchor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds annotations read from an exchange file. Each is anchored by its quote and context in the items of its page
 * (its offsets break ties); one whose text is not there is kept as an orphan; one whose uuid is known is skipped.
 */
final class AnnotationImporter {
    private final Connection connection;
    private final AnnotationTable annotations;
    private final BookmarkTable bookmarks;
    private final TagEdits tags;
    private final ArticleKeys keys;
    private final Reanchorer reanchorer = new Reanchorer();

    AnnotationImporter(Connection connection) {
        this.connection = connection;
        this.annotations = new AnnotationTable(connection);
        this.bookmarks = new BookmarkTable(connection);
        this.tags = new TagEdits(connection);
        this.keys = new ArticleKeys(connection);
    }

    /** All in one transaction: a failure adds none of them. A tag without a name is reported and skipped. */
    AnnotationImportReport add(List<Annotation> incoming) {
        return Transactions.inTransaction(connection, "add the annotations", () -> {
            int anchored = 0;
            int orphaned = 0;
            int duplicates = 0;
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < incoming.size(); i++) {
                Annotation annotation = incoming.get(i);
                if (annotation.kind() == AnnotationKind.TAG && annotation.text().isBlank()) {
                    problems.add("annotation " + (i + 1) + " (" + annotation.uuid() + "): a tag without a name");
                    continue;
                }
                if (known(annotation.uuid())) {
                    duplicates++;
                    continue;
                }
                Optional<AnchorStatus> status = add(annotation);
                if (status.isEmpty()) {
                    duplicates++;
                } else if (status.get() == AnchorStatus.ANCHORED) {
                    anchored++;
                } else {
                    orphaned++;
                }
            }
            return new AnnotationImportReport(incoming.size(), anchored, orphaned, duplicates, problems);
        });
    }

    /** @return how it was added, or empty when the article already had it (a bookmark, a tag) */
    private Optional<AnchorStatus> add(Annotation annotation) throws SQLException {
        ArticleKey article = annotation.article();
        AnchorStatus present = keys.idOf(article).isPresent() ? AnchorStatus.ANCHORED : AnchorStatus.ORPHANED;
        switch (annotation.kind()) {
            case BOOKMARK -> {
                return bookmarks.add(article, annotation.uuid(), annotation.created()) ? Optional.of(present) : Optional.empty();
            }
            case TAG -> {
                return tags.add(article, annotation.text().strip(), annotation.uuid(), annotation.created())
                        ? Optional.of(present) : Optional.empty();
            }
            case ARTICLE_NOTE -> {
                annotations.insert(placed(annotation, article, annotation.anchor(), present));
                return Optional.of(present);
            }
            case HIGHLIGHT -> {
                Optional<Reanchorer.Found> found = reanchorer.find(annotation.anchor(), article,
                        keys.itemsOnPage(article.pageHash()));
                Annotation placed = found
                        .map(place -> placed(annotation, place.key(), place.anchor(), AnchorStatus.ANCHORED))
                        .orElseGet(() -> placed(annotation, article, annotation.anchor(), AnchorStatus.ORPHANED));
                annotations.insert(placed);
                return Optional.of(placed.status());
            }
            default -> throw new IllegalArgumentException("unknown kind " + annotation.kind());
        }
    }

    private boolean known(String uuid) throws SQLException {
        return annotations.hasUuid(uuid) || bookmarks.hasUuid(uuid) || tags.hasUuid(uuid);
    }

    private static Annotation placed(Annotation annotation, ArticleKey article, TextAnchor anchor, AnchorStatus status) {
        return new Annotation(0, annotation.uuid(), article, annotation.kind(), annotation.color(), anchor,
                annotation.text(), annotation.created(), annotation.modified(), status);
    }
}
