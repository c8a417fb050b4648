package app.zonereader.ui;

import app.zonereader.model.HighlightColor;
import app.zonereader.service.LibraryService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes typed but not saved yet. Typing only records the newest text per note; a debounce timer (at most 1 s), an
 * article change and the window closing take the drafts and save them, so at most the last second of typing is
 * at risk. Plain data, free of the toolkit.
 */
final class NoteDrafts {
    /** A note waiting to be written: on a highlight, or on the whole article. */
    sealed interface Draft permits HighlightNote, ArticleNote {
        void save(LibraryService service);
    }

    record HighlightNote(long annotationId, HighlightColor color, String text) implements Draft {
        @Override
        public void save(LibraryService service) {
            service.updateHighlight(annotationId, color, text);
        }
    }

    record ArticleNote(long articleId, String text) implements Draft {
        @Override
        public void save(LibraryService service) {
            service.saveArticleNote(articleId, text);
        }
    }

    private final Map<String, Draft> pending = new LinkedHashMap<>();

    /** Records the newest text of a note; an older unsaved text of the same note is dropped. */
    synchronized void edit(Draft draft) {
        String key = draft instanceof HighlightNote h ? "h" + h.annotationId() : "a" + ((ArticleNote) draft).articleId();
        pending.remove(key);
        pending.put(key, draft);
    }

    /** The drafts to save now, oldest first; afterwards nothing is pending. */
    synchronized List<Draft> take() {
        List<Draft> drafts = new ArrayList<>(pending.values());
        pending.clear();
        return drafts;
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }
}
