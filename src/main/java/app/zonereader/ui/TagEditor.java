package app.zonereader.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The article's tags as chips, automatic ones outlined and the reader's filled (each with a tooltip saying which),
 * each with a remove button; then a field to add a tag, completing from the tags in the library. A chip searches
 * for its tag; its menu also searches within the tag or removes it.
 */
final class TagEditor extends FlowPane {
    private static final int MAX_SUGGESTIONS = 12;

    private final Texts texts;
    private final ReaderEdits edits;
    private final Consumer<String> onTagChosen;
    private final Consumer<String> onSearchWithinTag;
    private final TextField addField = new TextField();
    private List<String> libraryTags = List.of();
    private List<String> shownTags = List.of();
    private List<String> shownUserTags = List.of();

    TagEditor(Texts texts, ReaderEdits edits, Consumer<String> onTagChosen, Consumer<String> onSearchWithinTag) {
        this.texts = texts;
        this.edits = edits;
        this.onTagChosen = onTagChosen;
        this.onSearchWithinTag = onSearchWithinTag;
        setId("tagChips");
        getStyleClass().add("tag-chips");
        addField.setId("addTag");
        addField.getStyleClass().add("add-tag");
        addField.setPromptText(texts.get(MessageKeys.READER_ADD_TAG));
        addField.setPrefColumnCount(8);
        addField.setOnAction(event -> {
            edits.addTag(addField.getText());
            addField.clear();
        });
        // The library's tags change as the reader tags; fetch them again whenever the field is entered.
        addField.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                edits.loadTagNames(names -> libraryTags = names);
            }
        });
        TextFields.bindAutoCompletion(addField, request -> suggestions(libraryTags, shownTags, request.getUserText()));
        getChildren().add(addField);
    }

    /** Library tags containing what was typed (ignoring case), those already on the article left out, best first. */
    static List<String> suggestions(List<String> libraryTags, List<String> onArticle, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String tag : libraryTags) {
            String folded = tag.toLowerCase(Locale.ROOT);
            if (onArticle.contains(tag) || !folded.contains(wanted)) {
                continue;
            }
            (folded.startsWith(wanted) ? starting : containing).add(tag);
        }
        starting.addAll(containing);
        return starting.subList(0, Math.min(MAX_SUGGESTIONS, starting.size()));
    }

    /** Shows the article's tags; {@code userTags} are the ones the reader added. */
    void show(List<String> tags, List<String> userTags) {
        if (tags.equals(shownTags) && userTags.equals(shownUserTags)) {
            return; // a reload for another change: keep the chips, and the keyboard focus on one of them
        }
        shownTags = List.copyOf(tags);
        shownUserTags = List.copyOf(userTags);
        List<Node> chips = new ArrayList<>();
        for (String tag : tags) {
            chips.add(chip(tag, userTags.contains(tag)));
        }
        chips.add(addField);
        getChildren().setAll(chips);
    }

    private Node chip(String tag, boolean users) {
        Button chip = new Button(tag);
        chip.getStyleClass().setAll("tag-chip", users ? "tag-user" : "tag-auto");
        String kind = texts.get(users ? MessageKeys.READER_TAG_USER : MessageKeys.READER_TAG_AUTO);
        chip.setTooltip(new Tooltip(kind + "\n" + texts.format(MessageKeys.ARTICLE_TAG_SEARCH, tag)));
        chip.setOnAction(event -> onTagChosen.accept(tag));
        MenuItem searchFor = new MenuItem(texts.format(MessageKeys.ARTICLE_TAG_SEARCH, tag));
        searchFor.setOnAction(event -> onTagChosen.accept(tag));
        MenuItem within = new MenuItem(texts.format(MessageKeys.ARTICLE_TAG_SEARCH_WITHIN, tag));
        within.setOnAction(event -> onSearchWithinTag.accept(tag));
        MenuItem remove = new MenuItem(texts.format(MessageKeys.READER_REMOVE_TAG, tag));
        remove.setOnAction(event -> edits.removeTag(tag));
        chip.setContextMenu(new ContextMenu(searchFor, within, remove));
        Button removeButton = new Button("×");
        removeButton.getStyleClass().setAll("tag-remove");
        removeButton.setTooltip(new Tooltip(texts.format(MessageKeys.READER_REMOVE_TAG, tag)));
        removeButton.setAccessibleText(texts.format(MessageKeys.READER_REMOVE_TAG, tag));
        removeButton.setOnAction(event -> edits.removeTag(tag));
        HBox box = new HBox(chip, removeButton);
        box.getStyleClass().setAll("tag-chip-box", users ? "tag-user" : "tag-auto");
        return box;
    }
}
