package app.zonereader.ui;

import app.zonereader.model.Article;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.List;

/**
 * "Copy with citation": the quoted text, then one line saying where it came from (headline, source page, date
 * where known, zone) and the article's URI, which finds it again in any ZoneReader library holding the page.
 */
final class Citation {
    private Citation() {
    }

    /** The quote and its citation line; an empty quote cites the whole body. */
    static String of(String quote, StoredArticle stored, Texts texts) {
        String text = quote.isEmpty() ? stored.article().bodyText() : quote;
        return text + "\n" + line(stored, texts);
    }

    static String line(StoredArticle stored, Texts texts) {
        Article article = stored.article();
        List<String> parts = new ArrayList<>();
        String title = article.displayTitle();
        parts.add(texts.format(MessageKeys.READER_CITATION_TITLE,
                title.isEmpty() ? texts.get(MessageKeys.ARTICLE_UNTITLED) : title));
        parts.add(stored.pageFile());
        if (!stored.pageDate().isEmpty()) {
            parts.add(stored.pageDate());
        }
        article.zone().map(Zone::shortName).ifPresent(parts::add);
        return texts.format(MessageKeys.READER_CITATION_LINE,
                String.join(texts.get(MessageKeys.READER_CITATION_SEPARATOR), parts), stored.key().uri());
    }
}
