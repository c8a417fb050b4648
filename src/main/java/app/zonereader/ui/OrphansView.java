package app.zonereader.ui;

import app.zonereader.model.AnnotationRow;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * "孤立批注 / Orphaned annotations": highlights whose text is gone from their article. A section of the annotations
 * panel (not a dialog), so the reader can select the passage in the open article and press "Re-attach to
 * selection" without anything covering the text; Delete can be undone with Ctrl+Z.
 */
final class OrphansView extends TitledPane {
    private final ListView<AnnotationRow> list = new ListView<>();
    private final Texts texts;

    /** @param selection the body's current selection in the open article */
    OrphansView(Texts texts, ReaderEdits edits, Supplier<Optional<IndexRange>> selection) {
        this.texts = texts;
        setId("orphans");
        getStyleClass().add("orphans");
        list.setId("orphanList");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label(texts.get(MessageKeys.READER_NO_ORPHANS)));
        list.setCellFactory(view -> new OrphanCell());
        Button reattach = new Button(texts.get(MessageKeys.READER_REATTACH));
        reattach.setId("reattachOrphan");
        Button delete = new Button(texts.get(MessageKeys.READER_DELETE));
        delete.setId("deleteOrphan");
        reattach.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label();
        hint.getStyleClass().add("orphans-hint");
        hint.setWrapText(true);
        reattach.setOnAction(event -> {
            AnnotationRow orphan = list.getSelectionModel().getSelectedItem();
            Optional<IndexRange> range = selection.get();
            if (range.isEmpty()) {
                hint.setText(texts.get(MessageKeys.READER_SELECT_FIRST));
            } else {
                hint.setText("");
                edits.reattach(orphan.annotation(), range.get().getStart(), range.get().getEnd());
            }
        });
        delete.setOnAction(event -> edits.delete(list.getSelectionModel().getSelectedItem().annotation()));
        reattach.setMinWidth(Button.USE_PREF_SIZE);
        delete.setMinWidth(Button.USE_PREF_SIZE);
        // The panel is narrow: the two buttons wrap rather than being cut to "…".
        FlowPane actions = new FlowPane(6, 6, reattach, delete);
        setContent(new VBox(6, list, actions, hint));
        textProperty().bind(Bindings.createStringBinding(
                () -> texts.format(MessageKeys.READER_ORPHANS, edits.orphansProperty().get().size()), edits.orphansProperty()));
        list.itemsProperty().bind(Bindings.createObjectBinding(
                () -> javafx.collections.FXCollections.observableArrayList(edits.orphansProperty().get()), edits.orphansProperty()));
        setExpanded(false);
    }

    ListView<AnnotationRow> list() {
        return list;
    }

    /** Quote, note and the article it belonged to. */
    private final class OrphanCell extends ListCell<AnnotationRow> {
        private final Label quote = new Label();
        private final Label note = new Label();
        private final Label from = new Label();
        private final VBox box = new VBox(quote, note, from);

        OrphanCell() {
            quote.getStyleClass().add("annotation-quote");
            note.getStyleClass().add("annotation-note");
            from.getStyleClass().add("annotation-source");
            setPrefWidth(0); // as wide as the list: long lines end in "…", no sideways scroll bar
        }

        @Override
        protected void updateItem(AnnotationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            AnnotationsPanel.showQuoteAndNote(row.annotation(), quote, note);
            from.setText(texts.format(MessageKeys.READER_ORPHAN_FROM,
                    row.title().isEmpty() ? texts.get(MessageKeys.READER_ARTICLE_GONE) : row.title()));
            setGraphic(box);
        }
    }
}
