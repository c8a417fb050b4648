package app.zonereader.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search documents one search has read, as stored and folded. Confirming substring candidates and making the
 * hits' snippets need the same articles' text; kept here, each is read and folded once per search (folding is a
 * pass over the whole text, and at 100,000 articles reading and folding twice cost ~2 ms of a 9 ms search).
 */
final class SearchDocuments {
    /** An article's search document as stored, and folded as the index folded it. */
    record Text(String raw, String folded) {
    }

    private final DocumentTexts documents;
    private final TextFolder folder;
    private final Map<Long, Text> read = new HashMap<>();

    SearchDocuments(DocumentTexts documents, TextFolder folder) {
        this.documents = documents;
        this.folder = folder;
    }

    /** The texts of {@code ids} in their order; ids without an article are left out. */
    Map<Long, Text> get(Collection<Long> ids) throws SQLException {
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            if (!read.containsKey(id)) {
                missing.add(id);
            }
        }
        for (Map.Entry<Long, String> document : documents.read(missing).entrySet()) {
            String raw = document.getValue();
            read.put(document.getKey(), new Text(raw, TextFolder.safely(folder, raw)));
        }
        Map<Long, Text> texts = new LinkedHashMap<>();
        for (long id : ids) {
            Text text = read.get(id);
            if (text != null) {
                texts.put(id, text);
            }
        }
        return texts;
    }
}
