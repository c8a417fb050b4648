package app.zonereader.app;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.CountByName;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.TextAnchor;
import app.zonereader.store.LibraryStore;
import app.zonereader.store.ReaderData;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The reader's tools on the service side: turns the UI's article ids and selections into article keys and text
 * anchors, checks them, and hands them to the store's {@link ReaderData}. Bad input fails with an
 * {@link IllegalArgumentException} that says what was wrong, and changes nothing.
 */
final class ReadingTools {
    private final LibraryStore store;

    ReadingTools(LibraryStore store) {
        this.store = store;
    }

    /** Asked each time: a restored backup comes with a new connection. */
    private ReaderData data() {
        return store.readerData();
    }

    ArticleMarks marks(long articleId) {
        return data().marks(keyOf(articleId));
    }

    void setBookmarked(long articleId, boolean bookmarked) {
        data().setBookmarked(keyOf(articleId), bookmarked);
    }

    void setRead(long articleId, boolean read) {
        data().setRead(keyOf(articleId), read);
    }

    void setZoneRead(String zoneShortName, boolean read) {
        data().setZoneRead(nonBlank(zoneShortName, "zone"), read);
    }

    void setProvinceRead(String province, boolean read) {
        data().setProvinceRead(nonBlank(province, "province"), read);
    }

    void saveScrollPosition(long articleId, double position) {
        if (!(position >= 0 && position <= 1)) {
            throw new IllegalArgumentException("a scroll position runs from 0 to 1, not " + position);
        }
        data().saveScrollPosition(keyOf(articleId), position);
    }

    OptionalLong lastOpenArticle() {
        Optional<ArticleKey> last = data().lastOpenArticle();
        return last.isPresent() ? data().idOf(last.get()) : OptionalLong.empty();
    }

    void setLastOpenArticle(long articleId) {
        data().setLastOpenArticle(keyOf(articleId));
    }

    Annotation addHighlight(long articleId, int start, int end, HighlightColor color, String note) {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(note, "note");
        StoredArticle article = article(articleId);
        return data().addHighlight(article.key(), anchor(article, start, end), color, note);
    }

    Annotation updateHighlight(long annotationId, HighlightColor color, String note) {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(note, "note");
        return data().updateAnnotation(annotationId, color, note);
    }

    Optional<Annotation> deleteAnnotation(long annotationId) {
        return data().deleteAnnotation(annotationId);
    }

    Annotation restoreAnnotation(Annotation deleted) {
        if (deleted.kind() != AnnotationKind.HIGHLIGHT && deleted.kind() != AnnotationKind.ARTICLE_NOTE) {
            throw new IllegalArgumentException("only highlights and notes are restored this way, not " + deleted.kind());
        }
        return data().restoreAnnotation(deleted);
    }

    void saveArticleNote(long articleId, String text) {
        data().saveArticleNote(keyOf(articleId), Objects.requireNonNull(text, "text"));
    }

    List<AnnotationRow> annotations(AnnotationFilter filter) {
        return data().annotations(filter);
    }

    Annotation reattach(long annotationId, long articleId, int start, int end) {
        Annotation annotation = data().annotation(annotationId)
                .orElseThrow(() -> new IllegalArgumentException("no annotation with id " + annotationId));
        if (annotation.kind() != AnnotationKind.HIGHLIGHT) {
            throw new IllegalArgumentException("only a highlight sits on a passage; this is a " + annotation.kind());
        }
        StoredArticle article = article(articleId);
        return data().reattach(annotationId, article.key(), anchor(article, start, end));
    }

    AnnotationImportReport importAnnotations(List<Annotation> annotations) {
        return data().importAnnotations(annotations);
    }

    List<CountByName> tagCounts() {
        return data().tagCounts();
    }

    void addTag(long articleId, String tag) {
        data().addTag(keyOf(articleId), nonBlank(tag, "tag").strip());
    }

    void removeTag(long articleId, String tag) {
        data().removeTag(keyOf(articleId), nonBlank(tag, "tag").strip());
    }

    void renameTag(String from, String to) {
        String oldName = nonBlank(from, "tag").strip();
        String newName = nonBlank(to, "new tag name").strip();
        if (!oldName.equals(newName)) {
            data().renameTag(oldName, newName);
        }
    }

    private ArticleKey keyOf(long articleId) {
        return data().keyOf(articleId).orElseThrow(() -> noArticle(articleId));
    }

    private StoredArticle article(long articleId) {
        return store.article(articleId).orElseThrow(() -> noArticle(articleId));
    }

    private static TextAnchor anchor(StoredArticle article, int start, int end) {
        String body = article.article().bodyText();
        if (start < 0 || end > body.length() || start >= end) {
            throw new IllegalArgumentException("the selection " + start + ".." + end + " is empty or outside the text of "
                    + body.length() + " characters");
        }
        return TextAnchor.of(body, start, end);
    }

    private static IllegalArgumentException noArticle(long articleId) {
        return new IllegalArgumentException("no article with id " + articleId);
    }

    private static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        return value;
    }
}
