package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.LongConsumer;

/** The articles behind the number last clicked in a chart; double-click or Enter opens one in the reader tab. */
final class ArticleListing extends VBox {
    private final Label caption = new Label();
    private final ListView<ArticleSummary> list = new ListView<>();

    ArticleListing(StatsViewModel viewModel, Texts texts, LongConsumer onOpen) {
        super(4);
        getStyleClass().add("stats-listing");
        caption.setId("statsListingCaption");
        list.setId("statsListing");
        Label hint = new Label(texts.get(MessageKeys.STATS_LISTING_HINT));
        hint.setWrapText(true);
        list.setPlaceholder(hint);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.title() + (item.zone().isEmpty() ? "" : "  · " + item.zone()) + (item.read() ? "" : "  ●"));
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected(onOpen);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(onOpen);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(caption, list);
        viewModel.listingProperty().addListener((observable, old, listing) -> {
            caption.setText(listing.count() > listing.articles().size()
                    ? texts.format(MessageKeys.STATS_LISTING_MORE, listing.caption(), listing.articles().size())
                    : texts.format(MessageKeys.STATS_LISTING_CAPTION, listing.caption(), listing.count()));
            list.getItems().setAll(listing.articles());
        });
    }

    ListView<ArticleSummary> list() {
        return list;
    }

    Label caption() {
        return caption;
    }

    private void openSelected(LongConsumer onOpen) {
        ArticleSummary selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            onOpen.accept(selected.id());
        }
    }
}
