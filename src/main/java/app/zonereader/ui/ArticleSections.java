package app.zonereader.ui;

import app.zonereader.model.Article;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.StoredArticle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blocks around the body: headline and subtitle with search hits marked, the meta line, titled sections. */
final class ArticleSections {
    private final Texts texts;

    ArticleSections(Texts texts) {
        this.texts = texts;
    }

    Node metaLine(StoredArticle stored) {
        Article article = stored.article();
        HBox line = new HBox();
        line.getStyleClass().add("article-meta");
        if (!article.byline().isEmpty()) {
            line.getChildren().add(note(article.byline(), "article-byline"));
        }
        article.zone().ifPresent(zone -> line.getChildren().add(
                note(texts.format(MessageKeys.ARTICLE_PLACE, zone.shortName(), zone.province()), "article-zone")));
        if (article.zone().isEmpty()) {
            line.getChildren().add(note(texts.get(MessageKeys.ARTICLE_NO_ZONE), "article-zone"));
        }
        String printed = PrintedSourceText.of(stored.printed(), texts);
        if (!printed.isEmpty()) {
            line.getChildren().add(note(printed, "article-paper"));
        }
        if (!stored.pageDate().isEmpty()) {
            line.getChildren().add(note(stored.pageDate(), "article-date"));
        }
        if (!article.source().isEmpty()) {
            line.getChildren().add(note(texts.format(MessageKeys.ARTICLE_PRINTED_SOURCE, article.source()), "article-printed-source"));
        }
        line.getChildren().add(note(texts.format(MessageKeys.ARTICLE_SOURCE, stored.pageFile()), "article-source"));
        return line;
    }

    VBox section(String titleKey, List<? extends Node> rows) {
        Label heading = new Label(texts.get(titleKey));
        heading.getStyleClass().add("section-heading");
        VBox section = new VBox(heading);
        section.getStyleClass().add("article-section");
        section.getChildren().addAll(rows);
        return section;
    }

    /** One row per distinct figure: the figure in bold, then the sentence it came from, cut to one line. */
    static List<Node> keyFigureRows(List<KeyFigure> figures) {
        Map<String, KeyFigure> distinct = new LinkedHashMap<>();
        figures.forEach(figure -> distinct.putIfAbsent(figure.text(), figure));
        return distinct.values().stream().map(figure -> {
            Label value = note(figure.text(), "key-figure-value");
            value.setMinWidth(Label.USE_PREF_SIZE);
            Label sentence = note(figure.sentence(), "key-figure-sentence");
            sentence.setTooltip(new Tooltip(figure.sentence()));
            sentence.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(sentence, Priority.ALWAYS);
            HBox row = new HBox(value, sentence);
            row.getStyleClass().add("key-figure");
            return (Node) row;
        }).toList();
    }

    static Label note(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Text that wraps, with every search term in its own Text node styled "search-hit" over a marker background. */
    static Node flow(String text, List<String> terms, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<TextSegment> segments = TextSegment.highlight(text, terms);
        for (TextSegment segment : segments) {
            Text node = new Text(segment.text());
            node.getStyleClass().add(segment.hit() ? "search-hit" : "article-text");
            flow.getChildren().add(node);
        }
        boolean hasHits = segments.stream().anyMatch(TextSegment::hit);
        return hasHits ? new HighlightedFlow(flow, segments) : flow;
    }
}
