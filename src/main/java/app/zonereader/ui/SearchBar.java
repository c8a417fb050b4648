package app.zonereader.ui;

import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.function.Consumer;

/**
 * The search field with its results in a popup underneath. Searching starts a moment after the reader stops
 * typing; ↓ moves into the results, Enter or a click opens one, Esc closes the list.
 */
final class SearchBar extends HBox {
    static final Duration DEBOUNCE = Duration.millis(250);
    private static final double POPUP_MIN_WIDTH = 560;
    private static final double POPUP_MAX_WIDTH = 760;
    private static final double POPUP_MAX_LIST_HEIGHT = 440;
    /** About the height of one result row (title, place, one line of snippet). */
    private static final double ROW_HEIGHT = 76;

    private final SearchViewModel viewModel;
    private final Texts texts;
    private final Consumer<SearchHit> onOpen;
    private final TextField field = new TextField();
    private final ListView<SearchHit> resultList = new ListView<>();
    private final Label summary = new Label();
    private final Popup popup = new Popup();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);

    SearchBar(SearchViewModel viewModel, Texts texts, Consumer<SearchHit> onOpen) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onOpen = onOpen;
        getStyleClass().add("search-bar");
        field.setId("searchField");
        field.setPromptText(texts.get(MessageKeys.SEARCH_PROMPT));
        field.getStyleClass().add("search-field");
        HBox.setHgrow(field, Priority.ALWAYS);
        getChildren().addAll(field, scopeBox());

        resultList.setId("searchResults");
        resultList.setCellFactory(list -> new HitCell());
        summary.getStyleClass().add("search-summary");
        VBox popupContent = new VBox(summary, resultList);
        popupContent.getStyleClass().add("search-popup");
        // The popup is a window of its own, outside the main root that carries the chosen font.
        popupContent.setStyle(CjkFont.rootStyle());
        popup.getContent().add(popupContent);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        debounce.setOnFinished(event -> viewModel.search(field.getText()));
        field.textProperty().addListener((observable, old, text) -> debounce.playFromStart());
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::onFieldKey);
        resultList.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        resultList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        viewModel.resultsProperty().addListener((observable, old, results) -> showResults(results));
    }

    TextField field() {
        return field;
    }

    ListView<SearchHit> resultList() {
        return resultList;
    }

    Popup popup() {
        return popup;
    }

    /** desktop (issue 14): the field's tooltip, naming its shortcut. */
    void setTooltipText(String text) {
        field.setTooltip(new Tooltip(text));
    }

    /** Searches for the text at once, as if typed and confirmed with Enter. */
    void searchFor(String text) {
        field.setText(text);
        field.requestFocus();
        field.positionCaret(text.length());
        debounce.stop();
        viewModel.search(text);
    }

    /** Puts the caret in the field (Ctrl+F). */
    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private void onFieldKey(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                // First Enter searches at once (or reopens the list a click closed); the next opens the chosen result.
                debounce.stop();
                boolean resultsAreCurrent = !field.getText().isBlank()
                        && viewModel.results().query().equals(field.getText().strip());
                if (!resultsAreCurrent) {
                    viewModel.search(field.getText());
                } else if (!popup.isShowing()) {
                    showResults(viewModel.results());
                } else {
                    openSelected();
                }
                event.consume();
            }
            case DOWN -> {
                if (popup.isShowing() && !resultList.getItems().isEmpty()) {
                    resultList.requestFocus();
                    resultList.getSelectionModel().selectFirst();
                    event.consume();
                }
            }
            case ESCAPE -> popup.hide();
            default -> { }
        }
    }

    private void showResults(SearchViewModel.Results results) {
        resultList.getItems().setAll(results.hits());
        if (results.query().isEmpty()) {
            popup.hide();
            return;
        }
        summary.setText(results.hits().isEmpty()
                ? texts.format(MessageKeys.SEARCH_NO_RESULTS, results.query())
                : texts.format(MessageKeys.SEARCH_RESULT_COUNT, results.hits().size()));
        resultList.setVisible(!results.hits().isEmpty());
        resultList.setManaged(!results.hits().isEmpty());
        resultList.getSelectionModel().selectFirst();
        // Fit the list to its rows so two results do not sit on top of a tall empty list.
        resultList.setPrefHeight(Math.min(POPUP_MAX_LIST_HEIGHT, results.hits().size() * ROW_HEIGHT + 6));
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Bounds onScreen = field.localToScreen(field.getBoundsInLocal());
            ((VBox) popup.getContent().get(0)).setPrefWidth(Math.min(POPUP_MAX_WIDTH, Math.max(POPUP_MIN_WIDTH, onScreen.getWidth())));
            popup.show(field, onScreen.getMinX(), onScreen.getMaxY());
        }
    }

    private void openSelected() {
        SearchHit hit = resultList.getSelectionModel().getSelectedItem();
        if (hit == null && !resultList.getItems().isEmpty()) {
            hit = resultList.getItems().get(0);
        }
        if (hit != null) {
            popup.hide();
            onOpen.accept(hit);
        }
    }

    /** A result row: title, zone and page, then the snippet with the hits marked. */
    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.title().isBlank() ? texts.get(MessageKeys.ARTICLE_UNTITLED) : hit.title());
            title.getStyleClass().add("search-result-title");
            String zone = hit.zone().isEmpty() ? texts.get(MessageKeys.ARTICLE_NO_ZONE) : hit.zone();
            String source = hit.pageDate().isEmpty() ? hit.pageFile() : hit.pageDate() + " · " + hit.pageFile();
            Label where = new Label(texts.format(MessageKeys.SEARCH_RESULT_WHERE, zone, source));
            where.getStyleClass().add("search-result-where");
            TextFlow snippet = new TextFlow();
            snippet.getStyleClass().add("search-result-snippet");
            for (TextSegment segment : TextSegment.fromMarkedSnippet(hit.snippet())) {
                Text text = new Text(segment.text());
                text.getStyleClass().add(segment.hit() ? "snippet-hit" : "snippet-text");
                snippet.getChildren().add(text);
            }
            // Let the snippet wrap inside the list instead of widening it.
            snippet.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            VBox row = new VBox(title, where, snippet);
            row.getStyleClass().add("search-result");
            setGraphic(row);
        }
    }

    /** "Everywhere" or the zone / province selected in the tree; the search runs again when it changes. */
    private ComboBox<SearchScope> scopeBox() {
        ComboBox<SearchScope> box = new ComboBox<>(FXCollections.observableArrayList(viewModel.scopeChoices()));
        box.setId("searchScope");
        box.getStyleClass().add("search-scope");
        // Neither shared items nor a bidirectional binding: a ComboBox whose items change under it clears its value
        // (even when the value is still among them), and that null must not wipe out the scope in force. The box gets
        // a fresh copy of the choices and follows the model; the reader's choice sets the model.
        box.setValue(viewModel.scopeProperty().get());
        viewModel.scopeProperty().addListener((observable, old, now) -> box.setValue(now));
        viewModel.scopeChoices().addListener((ListChangeListener<SearchScope>) change -> {
            box.setItems(FXCollections.observableArrayList(viewModel.scopeChoices()));
            box.setValue(viewModel.scopeProperty().get());
        });
        box.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                viewModel.scopeProperty().set(chosen);
            }
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SearchScope scope) {
                return scope == null ? "" : describe(scope);
            }

            @Override
            public SearchScope fromString(String text) {
                return viewModel.scopeProperty().get();
            }
        });
        box.setTooltip(new Tooltip(texts.get(MessageKeys.SEARCH_SCOPE_TOOLTIP)));
        return box;
    }

    String describe(SearchScope scope) {
        if (scope.isAll()) {
            return texts.get(MessageKeys.SEARCH_SCOPE_ALL);
        }
        if (!scope.tag().isEmpty()) {
            return texts.format(MessageKeys.SEARCH_SCOPE_TAGGED, scope.tag());
        }
        return texts.format(MessageKeys.SEARCH_SCOPE_IN, scope.zone().isEmpty() ? scope.province() : scope.zone());
    }
}
