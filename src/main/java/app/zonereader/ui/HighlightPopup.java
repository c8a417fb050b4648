package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.HighlightColor;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The small popup beside a selection or a highlight. Over a selection: five colour swatches (highlight in that
 * colour) and "Add note". Over a highlight: the swatches change its colour, a note field saves as the reader types
 * (through {@link ReaderEdits} and the pane's debounce), and Delete removes it. Esc or a click elsewhere closes it.
 */
final class HighlightPopup {
    private final Texts texts;
    private final ReaderEdits edits;
    private final Runnable noteTyped;
    private final Popup popup = new Popup();
    private final VBox box = new VBox();
    /** The highlight being edited, while the popup shows one. */
    private Annotation editing;
    private HighlightColor editingColor = HighlightColor.YELLOW;
    private TextArea noteField;

    /**
     * @param noteTyped     called on every keystroke in the note field (the pane restarts its save timer)
     * @param shortcutsLeft a shortcut pressed over the colour choice (Ctrl+C, Ctrl+Shift+C, …): the popup closes and
     *                      the pane handles it, since the popup holds the keyboard while it shows
     */
    HighlightPopup(Texts texts, ReaderEdits edits, Runnable noteTyped, Consumer<KeyEvent> shortcutsLeft) {
        this.texts = texts;
        this.edits = edits;
        this.noteTyped = noteTyped;
        box.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (editing == null && event.isShortcutDown() && !event.getCode().isModifierKey()) {
                popup.hide();
                shortcutsLeft.accept(event);
                event.consume();
            }
        });
        box.getStyleClass().add("highlight-popup");
        box.setId("highlightPopup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(event -> finishEditing());
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    /** Offers colours and "Add note" for {@code body[start, end)}, shown under {@code at} (screen bounds). */
    void showForSelection(Window owner, Bounds at, int start, int end) {
        finishEditing();
        Button addNote = button(MessageKeys.READER_ADD_NOTE, "addNoteButton");
        addNote.setOnAction(event -> {
            popup.hide();
            edits.addHighlight(start, end, HighlightColor.YELLOW, added -> showForHighlight(owner, at, added));
        });
        box.getChildren().setAll(swatches(Optional.empty(), color -> {
            popup.hide();
            edits.addHighlight(start, end, color, added -> { });
        }), addNote);
        show(owner, at);
        box.getChildren().get(0).lookup(".swatch").requestFocus();
    }

    /** Offers to recolour, annotate or delete a highlight. */
    void showForHighlight(Window owner, Bounds at, Annotation highlight) {
        finishEditing();
        editing = highlight;
        editingColor = highlight.color();
        noteField = new TextArea(highlight.text());
        noteField.setId("highlightNote");
        noteField.setPromptText(texts.get(MessageKeys.READER_NOTE_PROMPT));
        noteField.setPrefRowCount(3);
        noteField.setWrapText(true);
        noteField.textProperty().addListener((observable, old, text) -> {
            edits.editNote(highlight, editingColor, text);
            noteTyped.run();
        });
        Button delete = button(MessageKeys.READER_DELETE, "deleteHighlight");
        delete.setOnAction(event -> {
            Annotation doomed = editing;
            popup.hide();
            edits.delete(doomed);
        });
        box.getChildren().setAll(swatches(Optional.of(highlight.color()), color -> {
            editingColor = color;
            Annotation before = editing;
            String note = noteField.getText();
            editing = null;
            edits.recolor(before, color, note);
            popup.hide();
        }), noteField, delete);
        show(owner, at);
        noteField.requestFocus();
        noteField.end();
    }

    /** The note being edited ends: its last text is saved and one undo step remembers the note before. */
    private void finishEditing() {
        if (editing != null && noteField != null) {
            Annotation before = editing;
            editing = null;
            edits.noteEditFinished(before, noteField.getText());
            edits.flushNotes();
        }
    }

    private HBox swatches(Optional<HighlightColor> current, Consumer<HighlightColor> chosen) {
        HBox row = new HBox();
        row.getStyleClass().add("swatches");
        for (HighlightColor color : HighlightColor.values()) {
            Button swatch = new Button();
            swatch.getStyleClass().setAll("swatch", BodyStyles.colorClass(color));
            swatch.setId("swatch-" + color.code());
            String name = texts.get(colorNameKey(color));
            swatch.setTooltip(new Tooltip(name));
            swatch.setAccessibleText(name);
            if (current.filter(color::equals).isPresent()) {
                swatch.getStyleClass().add("current");
            }
            swatch.setOnAction(event -> chosen.accept(color));
            row.getChildren().add(swatch);
        }
        return row;
    }

    /** The name of a highlight colour, for swatch tooltips. */
    private static String colorNameKey(HighlightColor color) {
        return switch (color) {
            case YELLOW -> MessageKeys.COLOR_YELLOW;
            case GREEN -> MessageKeys.COLOR_GREEN;
            case BLUE -> MessageKeys.COLOR_BLUE;
            case PINK -> MessageKeys.COLOR_PINK;
            case PURPLE -> MessageKeys.COLOR_PURPLE;
        };
    }

    private Button button(String key, String id) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        return button;
    }

    private void show(Window owner, Bounds at) {
        popup.show(owner, at.getMinX(), at.getMaxY() + 4);
    }
}
