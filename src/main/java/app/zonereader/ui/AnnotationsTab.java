package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.CountByName;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The "Annotations" tab: every highlight and note of the library in a table (colour, quote, note, article, zone,
 * issue date, last change) under a filter bar. Double-click or Enter opens a row in its article; orphaned rows are
 * marked and say where to re-attach them instead. The list is asked for when the tab is chosen, not before.
 */
final class AnnotationsTab extends Tab {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AnnotationsViewModel viewModel;
    private final Texts texts;
    private final TableView<AnnotationRow> table = new TableView<>();
    private final AnnotationFilterBar filterBar;
    private final Label count = new Label();

    AnnotationsTab(AnnotationsViewModel viewModel, Texts texts, ObservableValue<ZoneTreeViewModel.Content> treeContent,
                   ObservableValue<List<CountByName>> treeTags, Consumer<AnnotationRow> onOpen) {
        super(texts.get(MessageKeys.TAB_ANNOTATIONS));
        this.viewModel = viewModel;
        this.texts = texts;
        setId("annotationsTab");
        filterBar = new AnnotationFilterBar(viewModel, texts, treeContent, treeTags);
        table.setId("annotationTable");
        table.setPlaceholder(new Label(texts.get(MessageKeys.ANNOTATIONS_EMPTY)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(colorColumn());
        table.getColumns().add(textColumn(MessageKeys.ANNOTATIONS_COLUMN_QUOTE, 220, this::quote));
        table.getColumns().add(textColumn(MessageKeys.ANNOTATIONS_COLUMN_NOTE, 180, row -> row.annotation().text()));
        table.getColumns().add(textColumn(MessageKeys.ANNOTATIONS_COLUMN_ARTICLE, 180, AnnotationRow::title));
        table.getColumns().add(textColumn(MessageKeys.ANNOTATIONS_COLUMN_ZONE, 100, AnnotationRow::zone));
        table.getColumns().add(textColumn(MessageKeys.ANNOTATIONS_COLUMN_DATE, 95, AnnotationRow::pageDate));
        table.getColumns().add(textColumn(MessageKeys.ANNOTATIONS_COLUMN_MODIFIED, 135,
                row -> MODIFIED.format(row.annotation().modified().atZone(ZoneId.systemDefault()))));
        table.setRowFactory(view -> orphanAwareRow());
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected(onOpen);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(onOpen);
                event.consume();
            }
        });
        count.getStyleClass().add("annotations-count");
        count.setId("annotationCount");
        viewModel.rowsProperty().addListener((observable, old, rows) -> show(rows));
        show(viewModel.rowsProperty().get());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(filterBar, table, count);
        content.getStyleClass().add("annotations-tab");
        FirstShown.tabContent(this, content);
        setOnSelectionChanged(event -> refreshIfShown());
    }

    /** Reloads the list when the tab is on screen; otherwise choosing the tab will. */
    void refreshIfShown() {
        if (isSelected()) {
            viewModel.refresh();
        }
    }

    private void show(List<AnnotationRow> rows) {
        table.setItems(FXCollections.observableArrayList(rows));
        count.setText(texts.format(MessageKeys.ANNOTATIONS_COUNT, rows.size()));
    }

    private void openSelected(Consumer<AnnotationRow> onOpen) {
        AnnotationRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.open(row, onOpen);
        }
    }

    private String quote(AnnotationRow row) {
        Annotation annotation = row.annotation();
        return annotation.kind() == AnnotationKind.ARTICLE_NOTE ? texts.get(MessageKeys.ANNOTATIONS_WHOLE_ARTICLE)
                : annotation.anchor().exact();
    }

    private TableColumn<AnnotationRow, String> textColumn(String key, double width, Function<AnnotationRow, String> value) {
        TableColumn<AnnotationRow, String> column = new TableColumn<>(texts.get(key));
        column.setId(key);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A swatch of the highlight's colour (one node per cell, recoloured as the cell is reused). */
    private TableColumn<AnnotationRow, AnnotationRow> colorColumn() {
        TableColumn<AnnotationRow, AnnotationRow> column = new TableColumn<>(texts.get(MessageKeys.ANNOTATIONS_COLUMN_COLOR));
        column.setId(MessageKeys.ANNOTATIONS_COLUMN_COLOR);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        column.setPrefWidth(56);
        column.setMaxWidth(70);
        column.setCellFactory(view -> new TableCell<>() {
            private final Region swatch = new Region();

            @Override
            protected void updateItem(AnnotationRow row, boolean empty) {
                super.updateItem(row, empty);
                swatch.getStyleClass().setAll("color-swatch");
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                if (row.annotation().kind() == AnnotationKind.HIGHLIGHT) {
                    swatch.getStyleClass().add("swatch-" + row.annotation().color().code());
                } else {
                    swatch.getStyleClass().add("swatch-note");
                }
                setGraphic(swatch);
                setText(row.annotation().isOrphaned() ? "⚠" : null);
            }
        });
        return column;
    }

    /** Rows of orphaned annotations look set aside and say why in a tooltip. */
    private TableRow<AnnotationRow> orphanAwareRow() {
        Tooltip orphaned = new Tooltip(texts.get(MessageKeys.ANNOTATIONS_ORPHANED));
        return new TableRow<>() {
            @Override
            protected void updateItem(AnnotationRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean orphan = !empty && row != null && row.annotation().isOrphaned();
                getStyleClass().remove("orphaned-annotation");
                if (orphan) {
                    getStyleClass().add("orphaned-annotation");
                }
                setTooltip(orphan ? orphaned : null);
            }
        };
    }

    TableView<AnnotationRow> table() {
        return table;
    }

    AnnotationFilterBar filterBar() {
        return filterBar;
    }
}
