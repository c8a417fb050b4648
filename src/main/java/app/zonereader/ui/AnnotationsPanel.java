package app.zonereader.ui;

import app.zonereader.model.Annotation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * Beside the body: the note on the whole article, then the article's highlights in text order (colour mark, the
 * quote cut to one line, its note); choosing one (click or Enter) scrolls the body to it and selects it. The orphan
 * list sits at the bottom.
 */
final class AnnotationsPanel extends VBox {
    private final TextArea articleNote = new TextArea();
    private final ListView<Annotation> list = new ListView<>();
    /** True while the note field is filled from the library, so that is not taken for typing. */
    private boolean loading;

    /**
     * @param onChosen  called with the highlight the reader chose
     * @param noteTyped called with the article note's text on every keystroke
     */
    AnnotationsPanel(Texts texts, Consumer<Annotation> onChosen, Consumer<String> noteTyped, OrphansView orphans) {
        getStyleClass().add("annotations-panel");
        setId("annotationsPanel");
        Label noteHeading = heading(texts.get(MessageKeys.READER_ARTICLE_NOTE));
        articleNote.setId("articleNote");
        articleNote.setPromptText(texts.get(MessageKeys.READER_ARTICLE_NOTE_PROMPT));
        articleNote.setWrapText(true);
        articleNote.setPrefRowCount(4);
        articleNote.setMinHeight(72);
        articleNote.textProperty().addListener((observable, old, text) -> {
            if (!loading) {
                noteTyped.accept(text);
            }
        });
        Label listHeading = heading(texts.get(MessageKeys.READER_HIGHLIGHTS));
        list.setId("annotationList");
        list.setPlaceholder(new Label(texts.get(MessageKeys.READER_NO_HIGHLIGHTS)));
        list.setCellFactory(view -> new HighlightCell());
        list.setOnMouseClicked(event -> chosen(onChosen));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                chosen(onChosen);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(noteHeading, articleNote, listHeading, list, orphans);
    }

    /**
     * Shows an article's marks. After a change to the same article, a note the reader is typing in is left alone:
     * the library may not have its newest keystrokes yet.
     */
    void show(String note, List<Annotation> highlights, boolean sameArticle) {
        boolean typing = sameArticle && articleNote.isFocused();
        if (!typing && !articleNote.getText().equals(note)) {
            loading = true;
            try {
                articleNote.setText(note);
            } finally {
                loading = false;
            }
        }
        list.getItems().setAll(highlights);
    }

    private void chosen(Consumer<Annotation> onChosen) {
        Annotation selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            onChosen.accept(selected);
        }
    }

    /** An annotation's quote on one line and its note beneath, the note's line gone when there is none. */
    static void showQuoteAndNote(Annotation annotation, Label quote, Label note) {
        quote.setText(annotation.anchor().exact().replace('\n', ' '));
        note.setText(annotation.text());
        note.setVisible(!annotation.text().isEmpty());
        note.setManaged(!annotation.text().isEmpty());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    /** Colour mark, quote on one line, note beneath; one graphic reused, only its texts change. */
    private static final class HighlightCell extends ListCell<Annotation> {
        private final Region mark = new Region();
        private final Label quote = new Label();
        private final Label note = new Label();
        private final HBox row;

        HighlightCell() {
            mark.getStyleClass().add("color-mark");
            quote.getStyleClass().add("annotation-quote");
            note.getStyleClass().add("annotation-note");
            note.setWrapText(true);
            VBox texts = new VBox(quote, note);
            HBox.setHgrow(texts, Priority.ALWAYS);
            texts.setMinWidth(0);
            row = new HBox(mark, texts);
            row.getStyleClass().add("annotation-row");
            // As wide as the list, never wider: long quotes end in an ellipsis instead of a sideways scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Annotation item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            mark.getStyleClass().setAll("color-mark", BodyStyles.colorClass(item.color()));
            showQuoteAndNote(item, quote, note);
            setGraphic(row);
        }
    }

    ListView<Annotation> list() {
        return list;
    }
}
