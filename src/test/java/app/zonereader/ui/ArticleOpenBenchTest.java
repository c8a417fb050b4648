package app.zonereader.ui;

import app.zonereader.model.HighlightColor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figure: opening an article with 50 highlights, from {@code open()} to its style spans applied, over
 * the in-memory library (so it measures the pane, not SQLite). Logs the p95; fails only when it is absurd.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleOpenBenchTest {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleOpenBenchTest.class);
    private static final int ROUNDS = 20;

    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private ArticleViewModel viewModel;
    private ArticlePane pane;
    private long annotated;

    @Start
    void start(Stage stage) {
        String paragraph = "高新区持续推进产业转型升级，营商环境不断优化，创新主体加快集聚。".repeat(6);
        String[] paragraphs = new String[12];
        java.util.Arrays.fill(paragraphs, paragraph);
        annotated = library.add("bench.txt", FakeLibraryService.article("五十处高亮", Optional.empty(), paragraphs));
        int length = library.article(annotated).orElseThrow().article().bodyText().length();
        for (int i = 0; i < 50; i++) {
            int start = i * (length / 50);
            library.addHighlight(annotated, start, start + 12, HighlightColor.values()[i % 5], i % 3 == 0 ? "笔记" + i : "");
        }
        Texts texts = new Texts(Texts.bundle(Locale.CHINESE));
        StatusModel status = new StatusModel();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        viewModel = new ArticleViewModel(library, executor, status, texts, () -> { });
        pane = new ArticlePane(viewModel, new ReaderEdits(library, executor, status, texts, viewModel), texts,
                ReadTracker.READ_AFTER, tag -> { }, tag -> { });
        stage.setScene(new Scene(pane, 1000, 700));
        stage.show();
    }

    @Test
    void openingAnArticleWithFiftyHighlights(FxRobot robot) {
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            robot.interact(() -> viewModel.open(1));
            robot.interact(() -> viewModel.open(annotated));
            nanos.add(OnFx.get(pane::lastOpenToSpansNanos));
        }
        assertEquals(50, (int) OnFx.get(() -> pane.panel().list().getItems().size()));
        List<Long> measured = new ArrayList<>(nanos.subList(3, nanos.size())); // the first opens warm the JIT up
        Collections.sort(measured);
        double p95 = measured.get((int) Math.ceil(measured.size() * 0.95) - 1) / 1e6;
        double median = measured.get(measured.size() / 2) / 1e6;
        LOG.info("Open with 50 highlights: median {} ms, p95 {} ms over {} opens", String.format("%.1f", median),
                String.format("%.1f", p95), measured.size());
        assertTrue(p95 < 1000, "p95 " + p95 + " ms");
    }
}
