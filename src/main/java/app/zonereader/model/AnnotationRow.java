package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * An annotation with what lists and exports show beside it: its article as it is now.
 *
 * @param annotation the annotation
 * @param articleId  the article's database id; 0 when no stored article has its key any more
 * @param title      the article's display title ("" when gone)
 * @param zone       zone short name ("" when none)
 * @param province   province ("" when none)
 * @param pageDate   the issue date, ISO yyyy-MM-dd ("" when unknown)
 * @param pageFile   the page file's name ("" when gone)
 * @param tags       the article's tags as the reader sees them (automatic ones not removed, plus the reader's own)
 */
public record AnnotationRow(Annotation annotation, long articleId, String title, String zone, String province,
                            String pageDate, String pageFile, List<String> tags) {
    public AnnotationRow {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(pageDate, "pageDate");
        Objects.requireNonNull(pageFile, "pageFile");
        tags = List.copyOf(tags);
    }
}
