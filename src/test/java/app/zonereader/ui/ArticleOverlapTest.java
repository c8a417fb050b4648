package app.zonereader.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 9's overlap defect: a search hit opened in the window drew the paragraph holding the hit over the ones
 * below it. Opened through the search bar as a reader would, no two blocks of the page, and no two paragraphs of
 * the body, may overlap.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleOverlapTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        String longParagraph = "武进高新区深化产教融合，".repeat(30);
        library.add("wujin.txt", FakeLibraryService.article("武进高新区推进产教融合", Optional.empty(),
                "开篇一段：" + "园区企业与院校共建实训基地。".repeat(12), longParagraph,
                "下一段：" + "人才留在本地就业。".repeat(15), "最后一段。"));
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(), new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @Test
    void aSearchHitOpensWithoutParagraphsDrawnOverEachOther(FxRobot robot) {
        robot.interact(() -> window.searchBar().searchFor("教融合"));
        robot.interact(() -> window.searchBar().resultList().getSelectionModel().selectFirst());
        robot.clickOn(OnFx.visible(robot, "#searchField")).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Node content = OnFx.node(robot, "#articleContent", Node.class);
        assertNoOverlap("page blocks", OnFx.get(() -> sceneBounds(((javafx.scene.layout.Pane) content).getChildren())));
        // The body's paragraphs: RichTextFX paragraph boxes (each holding its styled text flow).
        List<Bounds> paragraphs = OnFx.get(() -> sceneBounds(new ArrayList<>(content.lookupAll(".paragraph-box"))));
        assertTrue(paragraphs.size() >= 4, "the body's paragraphs are laid out: " + paragraphs.size());
        assertNoOverlap("paragraphs", paragraphs);
    }

    /** Where each node is drawn; called on the JavaFX thread, which lays them out. */
    private static List<Bounds> sceneBounds(List<Node> nodes) {
        return nodes.stream().map(node -> node.localToScene(node.getLayoutBounds())).toList();
    }

    private static void assertNoOverlap(String what, List<Bounds> placed) {
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Bounds a = placed.get(i);
                Bounds b = placed.get(j);
                boolean overlap = a.getMinY() + 0.5 < b.getMaxY() && b.getMinY() + 0.5 < a.getMaxY()
                        && a.getMinX() + 0.5 < b.getMaxX() && b.getMinX() + 0.5 < a.getMaxX();
                if (overlap && a.getHeight() > 0 && b.getHeight() > 0) {
                    fail(what + " " + i + " " + a + " and " + j + " " + b + " overlap");
                }
            }
        }
    }
}
