package app.zonereader.ui;

import app.zonereader.model.ArticleFigure;
import app.zonereader.model.KeyFigureKind;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The library's largest figures of one kind as a table under the charts: figure, zone, article and the sentence it
 * came from. Double-click or Enter opens the article with the figure highlighted.
 */
final class KeyFiguresPane extends VBox {
    private final Texts texts;
    private final ComboBox<KeyFigureKind> kindBox = new ComboBox<>();
    private final TableView<ArticleFigure> table = new TableView<>();

    KeyFiguresPane(KeyFiguresViewModel viewModel, Texts texts, Consumer<ArticleFigure> onOpen) {
        this.texts = texts;
        getStyleClass().add("key-figures-pane");

        Label title = new Label(texts.get(MessageKeys.STATS_KEY_FIGURES));
        title.getStyleClass().add("key-figures-title");
        kindBox.setId("figureKind");
        kindBox.getItems().setAll(KeyFiguresViewModel.RANKED_KINDS);
        kindBox.setConverter(new KindNames(texts));
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label(texts.get(MessageKeys.STATS_FIGURES_HINT));
        hint.getStyleClass().add("key-figures-hint");
        HBox header = new HBox(8, title, kindBox, gap, hint);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("key-figures-header");

        table.setId("keyFigureTable");
        table.setPlaceholder(new Label(texts.get(MessageKeys.STATS_FIGURES_EMPTY)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(figureColumn(), textColumn(MessageKeys.STATS_COLUMN_ZONE, this::zoneName, 130),
                textColumn(MessageKeys.STATS_COLUMN_ARTICLE, ArticleFigure::articleTitle, 260),
                textColumn(MessageKeys.STATS_COLUMN_SENTENCE, figure -> figure.figure().sentence(), 360)));
        table.setRowFactory(view -> openableRow(onOpen));
        table.setOnKeyPressed(event -> {
            ArticleFigure selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);

        viewModel.figuresProperty().addListener((observable, old, figures) -> table.getItems().setAll(figures));
    }

    TableView<ArticleFigure> table() {
        return table;
    }

    ComboBox<KeyFigureKind> kindBox() {
        return kindBox;
    }

    /** The figure as printed, but sorted by its value (50亿元 above 43825万元). */
    private TableColumn<ArticleFigure, ArticleFigure> figureColumn() {
        TableColumn<ArticleFigure, ArticleFigure> column = new TableColumn<>(texts.get(MessageKeys.STATS_COLUMN_FIGURE));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparingDouble(figure -> figure.figure().value()));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(ArticleFigure item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.figure().text());
            }
        });
        column.getStyleClass().add("figure-column");
        column.setPrefWidth(120);
        return column;
    }

    /** A plain text column; long text is cut with an ellipsis and shown whole in a tooltip. */
    private TableColumn<ArticleFigure, String> textColumn(String key, Function<ArticleFigure, String> value, double width) {
        TableColumn<ArticleFigure, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    private TableRow<ArticleFigure> openableRow(Consumer<ArticleFigure> onOpen) {
        TableRow<ArticleFigure> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                onOpen.accept(row.getItem());
            }
        });
        return row;
    }

    private String zoneName(ArticleFigure figure) {
        return figure.zone().isEmpty() ? texts.get(MessageKeys.TREE_OTHER) : figure.zone();
    }

    /** Kind names in the reader's language. */
    private static final class KindNames extends StringConverter<KeyFigureKind> {
        private final Texts texts;

        KindNames(Texts texts) {
            this.texts = texts;
        }

        @Override
        public String toString(KeyFigureKind kind) {
            if (kind == null) {
                return "";
            }
            return texts.get(switch (kind) {
                case AMOUNT -> MessageKeys.STATS_KIND_AMOUNT;
                case PERCENT -> MessageKeys.STATS_KIND_PERCENT;
                case COUNT -> MessageKeys.STATS_KIND_COUNT;
                case DATE -> MessageKeys.STATS_KIND_DATE;
            });
        }

        @Override
        public KeyFigureKind fromString(String text) {
            throw new UnsupportedOperationException("the kind box is not editable");
        }
    }
}
