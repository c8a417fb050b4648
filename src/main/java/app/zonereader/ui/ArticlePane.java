package app.zonereader.ui;

import app.zonereader.model.Article;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.Paragraph;
import app.zonereader.model.StoredArticle;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reading pane: headline, byline and place, tag chips, captions and key figures, then the body as paragraphs
 * with bold intertitles. Search terms are marked wherever they occur and the first one is scrolled into view.
 */
final class ArticlePane extends StackPane {
    private final Texts texts;
    private final Consumer<String> onTagChosen;
    private final Consumer<String> onSearchWithinTag;
    /** Lines longer than about 45 CJK characters are tiring to read; wide windows get margins instead. */
    private static final double MAX_TEXT_WIDTH = 860;
    /** Chinese paragraphs open with a two-character indent (首行缩进); TextFlow has no text-indent, so use spaces. */
    private static final String PARAGRAPH_INDENT = "\u3000\u3000";

    private final VBox content = new VBox();
    private final ScrollPane scroller = new ScrollPane();
    private final Label placeholder;

    /**
     * @param onTagChosen       called with a tag's text when the reader clicks its chip (the window searches for it)
     * @param onSearchWithinTag called from the chip's menu: search only among articles with that tag
     */
    ArticlePane(ArticleViewModel viewModel, Texts texts, Consumer<String> onTagChosen, Consumer<String> onSearchWithinTag) {
        this.texts = texts;
        this.onTagChosen = onTagChosen;
        this.onSearchWithinTag = onSearchWithinTag;
        getStyleClass().add("article-pane");
        content.getStyleClass().add("article-content");
        content.setId("articleContent");
        content.setMaxWidth(MAX_TEXT_WIDTH);
        StackPane page = new StackPane(content);
        page.getStyleClass().add("article-page");
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        scroller.setContent(page);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("article-scroller");
        placeholder = new Label(texts.get(MessageKeys.ARTICLE_PLACEHOLDER));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().setAll(placeholder);
        // TextFlow text cannot be selected, so offer the whole article for copying instead.
        MenuItem copy = new MenuItem(texts.get(MessageKeys.ARTICLE_COPY));
        copy.setId("copyArticle");
        copy.setOnAction(event -> viewModel.shownProperty().get().ifPresent(shown -> copyToClipboard(shown.stored().article())));
        scroller.setContextMenu(new ContextMenu(copy));
        viewModel.shownProperty().addListener((observable, old, shown) -> show(shown));
    }

    private void show(Optional<ArticleViewModel.Shown> shown) {
        if (shown.isEmpty()) {
            getChildren().setAll(placeholder);
            return;
        }
        StoredArticle stored = shown.get().stored();
        List<String> terms = shown.get().highlightTerms();
        Article article = stored.article();
        content.getChildren().clear();

        add(flow(article.displayTitle().isEmpty() ? texts.get(MessageKeys.ARTICLE_UNTITLED) : article.displayTitle(),
                terms, "article-title"), "articleTitle");
        if (!article.subtitle().isEmpty()) {
            add(flow(article.subtitle(), terms, "article-subtitle"), "articleSubtitle");
        }
        add(metaLine(stored), "articleMeta");
        if (!article.tags().isEmpty()) {
            add(tagChips(article.tags()), "tagChips");
        }
        if (!article.warnings().isEmpty()) {
            add(section(MessageKeys.ARTICLE_WARNINGS, article.warnings().stream()
                    .map(w -> note(new WarningTexts(texts).render(w), "article-warning")).toList()), "articleWarnings");
        }
        if (!article.photoCaptions().isEmpty()) {
            add(section(MessageKeys.ARTICLE_CAPTIONS,
                    article.photoCaptions().stream().map(c -> (Node) flow(c, terms, "photo-caption")).toList()), "photoCaptions");
        }
        VBox body = new VBox();
        body.getStyleClass().add("article-body");
        body.setId("articleBody");
        for (Paragraph paragraph : article.body()) {
            body.getChildren().add(paragraph(paragraph, terms));
        }
        content.getChildren().add(body);
        // Figures after the text: the reader came for the article; the figures are a summary to come back to.
        if (!article.keyFigures().isEmpty()) {
            add(section(MessageKeys.ARTICLE_KEY_FIGURES, keyFigureRows(article.keyFigures())), "keyFigures");
        }

        getChildren().setAll(scroller);
        scroller.setVvalue(0);
        if (!terms.isEmpty()) {
            // The first hit's position is only known after layout, so scroll once this pulse has laid the text out.
            Platform.runLater(this::scrollToFirstHit);
        }
    }

    private void add(Node node, String id) {
        node.setId(id);
        content.getChildren().add(node);
    }

    private Node metaLine(StoredArticle stored) {
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
        if (!stored.pageDate().isEmpty()) {
            line.getChildren().add(note(stored.pageDate(), "article-date"));
        }
        line.getChildren().add(note(texts.format(MessageKeys.ARTICLE_SOURCE, stored.pageFile()), "article-source"));
        return line;
    }

    /**
     * Chips are buttons, so a tag can be searched for by mouse or keyboard; the context menu (right click, or the
     * menu key) also offers to search only among the articles with that tag.
     */
    private FlowPane tagChips(List<String> tags) {
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("tag-chips");
        for (String tag : tags) {
            Button chip = new Button(tag);
            chip.getStyleClass().setAll("tag-chip");
            chip.setTooltip(new Tooltip(texts.format(MessageKeys.ARTICLE_TAG_SEARCH, tag)));
            chip.setOnAction(event -> onTagChosen.accept(tag));
            MenuItem searchFor = new MenuItem(texts.format(MessageKeys.ARTICLE_TAG_SEARCH, tag));
            searchFor.setOnAction(event -> onTagChosen.accept(tag));
            MenuItem within = new MenuItem(texts.format(MessageKeys.ARTICLE_TAG_SEARCH_WITHIN, tag));
            within.setOnAction(event -> onSearchWithinTag.accept(tag));
            chip.setContextMenu(new ContextMenu(searchFor, within));
            chips.getChildren().add(chip);
        }
        return chips;
    }

    private VBox section(String titleKey, List<? extends Node> rows) {
        Label heading = new Label(texts.get(titleKey));
        heading.getStyleClass().add("section-heading");
        VBox section = new VBox(heading);
        section.getStyleClass().add("article-section");
        section.getChildren().addAll(rows);
        return section;
    }

    /** One row per distinct figure: the figure in bold, then the sentence it came from, cut to one line. */
    private static List<Node> keyFigureRows(List<KeyFigure> figures) {
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

    private static Label note(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Node paragraph(Paragraph paragraph, List<String> terms) {
        return paragraph.heading()
                ? flow(paragraph.text(), terms, "article-heading")
                : flow(PARAGRAPH_INDENT + paragraph.text().strip(), terms, "article-paragraph");
    }

    /** Text that wraps, with every search term in its own Text node styled "search-hit" over a marker background. */
    private static Node flow(String text, List<String> terms, String styleClass) {
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

    private static void copyToClipboard(Article article) {
        StringBuilder text = new StringBuilder(article.displayTitle()).append('\n');
        if (!article.subtitle().isEmpty()) {
            text.append(article.subtitle()).append('\n');
        }
        if (!article.byline().isEmpty()) {
            text.append(article.byline()).append('\n');
        }
        text.append('\n').append(article.bodyText());
        ClipboardContent content = new ClipboardContent();
        content.putString(text.toString());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void scrollToFirstHit() {
        Node hit = content.lookup(".search-hit");
        if (hit == null || getScene() == null) {
            return;
        }
        scroller.applyCss();
        scroller.layout();
        Bounds inContent = content.sceneToLocal(hit.localToScene(hit.getBoundsInLocal()));
        double scrollable = content.getHeight() - scroller.getViewportBounds().getHeight();
        if (scrollable > 0) {
            double marginAbove = scroller.getViewportBounds().getHeight() / 4;
            scroller.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - marginAbove) / scrollable)));
        }
    }
}
