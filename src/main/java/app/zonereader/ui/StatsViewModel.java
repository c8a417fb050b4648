package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.ZoneReading;
import app.zonereader.model.ZoneTagMatrix;
import app.zonereader.service.LibraryService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * The stats tab's numbers under one filter, fetched together in one background task whenever the filter changes or
 * the library does; and the articles behind a number the reader clicked.
 */
final class StatsViewModel {
    static final int TOP_TAGS = 20;
    static final int MATRIX_SIZE = 15;
    /** Articles listed under the charts at most; the caption says when there are more. */
    static final int LISTED = 500;

    /**
     * Everything the charts show. The zone chart ignores the filter's zone and the province chart its zone and province,
     * so a chosen zone is seen among its peers (and stays clickable) instead of standing alone.
     */
    record Snapshot(StatsFilter filter, List<CountByName> perZone, List<CountByName> perProvince,
                    List<CrossCount> perMonth, List<CountByName> topTags, ZoneTagMatrix zoneTags,
                    List<ZoneReading> reading) {
        static final Snapshot NONE = new Snapshot(StatsFilter.ALL, List.of(), List.of(), List.of(), List.of(),
                ZoneTagMatrix.EMPTY, List.of());

        Snapshot {
            perZone = List.copyOf(perZone);
            perProvince = List.copyOf(perProvince);
            perMonth = List.copyOf(perMonth);
            topTags = List.copyOf(topTags);
            reading = List.copyOf(reading);
        }
    }

    /** What the filter bar offers: every province, zone and tag of the library, most articles first. */
    record Choices(List<String> provinces, List<String> zones, List<String> tags) {
        static final Choices NONE = new Choices(List.of(), List.of(), List.of());

        Choices {
            provinces = List.copyOf(provinces);
            zones = List.copyOf(zones);
            tags = List.copyOf(tags);
        }
    }

    /** The articles behind a clicked number: what was clicked, and the first {@link #LISTED} of them. */
    record Listing(String caption, int count, List<ArticleSummary> articles) {
        static final Listing NONE = new Listing("", 0, List.of());

        Listing {
            articles = List.copyOf(articles);
        }
    }

    private final LibraryService service;
    private final StatusModel status;
    private final Texts texts;
    private final ObjectProperty<StatsFilter> filter = new SimpleObjectProperty<>(StatsFilter.ALL);
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(Snapshot.NONE);
    private final ReadOnlyObjectWrapper<Choices> choices = new ReadOnlyObjectWrapper<>(Choices.NONE);
    private final ReadOnlyObjectWrapper<Listing> listing = new ReadOnlyObjectWrapper<>(Listing.NONE);
    private final NewestWins numberLoads;
    private final NewestWins choiceLoads;
    private final NewestWins listingLoads;

    StatsViewModel(LibraryService service, TaskExecutor executor, StatusModel status, Texts texts) {
        this.service = service;
        this.numberLoads = new NewestWins(executor);
        this.choiceLoads = new NewestWins(executor);
        this.listingLoads = new NewestWins(executor);
        this.status = status;
        this.texts = texts;
        filter.addListener((observable, old, now) -> fetchNumbers());
    }

    ObjectProperty<StatsFilter> filterProperty() {
        return filter;
    }

    ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Listing> listingProperty() {
        return listing.getReadOnlyProperty();
    }

    /** Fetches everything again: after an import, a correction, a re-processing or a restore. */
    void refresh() {
        choiceLoads.execute(UiTask.of(() -> new Choices(names(StatsDimension.PROVINCE), names(StatsDimension.ZONE),
                names(StatsDimension.TAG)), choices::set, status, texts.get(MessageKeys.ERROR_LOAD_STATS)));
        fetchNumbers();
    }

    /** The tree's selection narrows the stats to its zone, else its province; nothing selected widens them again. */
    void followTree(List<SearchScope> scopes) {
        String zone = scopes.stream().map(SearchScope::zone).filter(z -> !z.isEmpty()).findFirst().orElse("");
        String province = zone.isEmpty()
                ? scopes.stream().map(SearchScope::province).filter(p -> !p.isEmpty()).findFirst().orElse("") : "";
        filter.set(filter.get().withZone(zone).withProvince(province));
    }

    /** Lists the articles a clicked bar, point or cell stands for. */
    void listArticles(StatsFilter slice, String caption) {
        listingLoads.execute(UiTask.of(() -> {
            List<ArticleSummary> articles = service.articlesMatching(slice, LISTED + 1);
            return new Listing(caption, articles.size(), articles.subList(0, Math.min(LISTED, articles.size())));
        }, listing::set, status, texts.get(MessageKeys.ERROR_LOAD_STATS)));
    }

    private void fetchNumbers() {
        StatsFilter asked = filter.get();
        numberLoads.execute(UiTask.of(() -> {
            StatsFilter anyZone = asked.withZone("");
            return new Snapshot(asked, service.articleCounts(StatsDimension.ZONE, anyZone),
                    service.articleCounts(StatsDimension.PROVINCE, anyZone.withProvince("")),
                    service.articlesPerMonthAndProvince(asked),
                    service.articleCounts(StatsDimension.TAG, asked).stream().limit(TOP_TAGS).toList(),
                    service.zoneTagMatrix(asked, MATRIX_SIZE), service.readingPerZone(asked));
        }, snapshot::set, status, texts.get(MessageKeys.ERROR_LOAD_STATS)));
    }

    private List<String> names(StatsDimension by) {
        return service.articleCounts(by, StatsFilter.ALL).stream().map(CountByName::name).toList();
    }
}
