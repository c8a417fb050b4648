package app.zonereader.ui;

import app.zonereader.model.ArticleFigure;
import app.zonereader.model.CountByName;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.StatsFilter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every view model that loads data shows the answer to the newest request, even when an older request is answered
 * after it. Without the JavaFX toolkit: the test answers the queued requests itself, newest first.
 */
class ViewModelsNewestWinsTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final ManualTaskExecutor executor = ManualTaskExecutor.onCallingThread();
    private final StatusModel status = new StatusModel();
    private final Texts texts = new Texts(Texts.bundle(Locale.ENGLISH));

    @Test
    void search() {
        SearchViewModel viewModel = new SearchViewModel(library, executor, status, texts);
        viewModel.search("永川");
        viewModel.search("璧山");
        executor.runNewest();
        executor.runNext();
        assertEquals("璧山", viewModel.results().query());
        assertEquals(1, viewModel.results().hits().size());
    }

    @Test
    void aClearedSearchFieldIgnoresTheAnswerStillOnItsWay() {
        SearchViewModel viewModel = new SearchViewModel(library, executor, status, texts);
        viewModel.search("永川");
        viewModel.search("  ");
        executor.runAll();
        assertEquals(SearchViewModel.Results.NONE, viewModel.results());
    }

    @Test
    void article() {
        ArticleViewModel viewModel = new ArticleViewModel(library, executor, status, texts, () -> { });
        viewModel.open(1);
        viewModel.open(3);
        executor.runNewest();
        executor.runNext();
        assertEquals(3, viewModel.current().orElseThrow().id());
    }

    @Test
    void statsNumbers() {
        StatsViewModel viewModel = new StatsViewModel(library, executor, status, texts);
        StatsFilter yongchuan = StatsFilter.ALL.withZone("永川高新区");
        StatsFilter bishan = StatsFilter.ALL.withZone("璧山高新区");
        viewModel.filterProperty().set(yongchuan);
        viewModel.filterProperty().set(bishan);
        executor.runNewest();
        executor.runNext();
        assertEquals(bishan, viewModel.snapshotProperty().get().filter());
    }

    @Test
    void statsListing() {
        StatsViewModel viewModel = new StatsViewModel(library, executor, status, texts);
        viewModel.listArticles(StatsFilter.ALL.withZone("永川高新区"), "永川");
        viewModel.listArticles(StatsFilter.ALL.withZone("璧山高新区"), "璧山");
        executor.runNewest();
        executor.runNext();
        assertEquals("璧山", viewModel.listingProperty().get().caption());
        assertEquals(1, viewModel.listingProperty().get().count());
    }

    @Test
    void keyFigures() {
        KeyFiguresViewModel viewModel = new KeyFiguresViewModel(library, executor, status, texts);
        viewModel.kindProperty().set(KeyFigureKind.COUNT);
        viewModel.kindProperty().set(KeyFigureKind.AMOUNT);
        executor.runNewest();
        executor.runNext();
        List<KeyFigureKind> kinds = viewModel.figuresProperty().get().stream()
                .map(ArticleFigure::figure).map(figure -> figure.kind()).distinct().toList();
        assertEquals(List.of(KeyFigureKind.AMOUNT), kinds);
    }

    @Test
    void zoneTree() {
        ZoneTreeViewModel viewModel = new ZoneTreeViewModel(library, executor, status, texts);
        viewModel.refresh();
        library.setRead(1, true);
        library.addTag(1, "新标签");
        viewModel.refresh();
        executor.runNewest(); // the newer tags
        executor.runNewest(); // the newer items
        // the older requests, answered late, see the library as it was when they were made
        library.setRead(1, false);
        library.removeTag(1, "新标签");
        executor.runAll();
        assertEquals(5, unread(viewModel), "the read mark of the newer load");
        assertTrue(viewModel.tagsProperty().get().stream().map(CountByName::name).anyMatch("新标签"::equals));
        assertEquals(ZoneTreeViewModel.LoadState.LOADED, viewModel.loadStateProperty().get());
        assertFalse(status.message().contains("Could not"), status.message());
    }

    @Test
    void orphans() {
        ReaderEdits edits = new ReaderEdits(library, executor, status, texts,
                new ArticleViewModel(library, executor, status, texts, () -> { }));
        long first = library.addHighlight(1, 0, 6, HighlightColor.YELLOW, "").id();
        long second = library.addHighlight(3, 0, 4, HighlightColor.GREEN, "").id();
        library.orphan(first);
        edits.loadOrphans();
        library.orphan(second);
        edits.loadOrphans();
        executor.runNewest();
        library.deleteAnnotation(second); // the older request saw one orphan only
        executor.runAll();
        assertEquals(2, edits.orphansProperty().get().size());
    }

    private static int unread(ZoneTreeViewModel viewModel) {
        return viewModel.groups().stream().mapToInt(TreeEntry.Group::unread).sum();
    }
}
