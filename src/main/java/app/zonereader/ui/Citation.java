package app.zonereader.ui;

import app.zonereader.model.Article;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.List;

/**
 * "Copy with citation": the quoted text, then one line saying where it came from (headline, the paper or else the
 * page file, date and page number where known, zone) and the article's URI, which finds it again in any ZoneReader library holding the page.
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
        // the paper and page where the page names them (报名, date, 第3版), else the file it came from
        parts.add(stored.printed().paper().isEmpty() ? stored.pageFile() : stored.printed().paper());
        if (!stored.pageDate().isEmpty()) {
            parts.add(stored.pageDate());
        }
        if (!stored.printed().pageLabel().isEmpty()) {
            parts.add(texts.format(MessageKeys.ARTICLE_PAGE, stored.printed().pageLabel()));
        }
        article.zone().map(Zone::shortName).ifPresent(parts::add);
        return texts.format(MessageKeys.READER_CITATION_LINE,
                String.join(texts.get(MessageKeys.READER_CITATION_SEPARATOR), parts), stored.key().uri());
    }
}
