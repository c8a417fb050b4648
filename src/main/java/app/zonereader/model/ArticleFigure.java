package app.zonereader.model;

import java.util.Objects;

/**
 * A key figure together with the article it was printed in, for lists of figures across the library.
 *
 * @param articleId    the stored article
 * @param articleTitle its one-line title
 * @param zone         the article's zone short name, "" when it has none
 * @param figure       the figure and its sentence
 */
public record ArticleFigure(long articleId, String articleTitle, String zone, KeyFigure figure) {
    public ArticleFigure {
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(figure, "figure");
    }
}
