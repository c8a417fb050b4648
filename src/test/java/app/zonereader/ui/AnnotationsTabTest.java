package app.zonereader.ui;

import app.zonereader.model.AnnotationRow;
import app.zonereader.model.HighlightColor;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library-wide annotations tab: its filters, and opening an annotation in its article. */
@ExtendWith(ApplicationExtension.class)
class AnnotationsTabTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private MainWindow window;
    private long orphanId;

    @Start
    void start(Stage stage) {
        highlight(1, "数字经济产业园", HighlightColor.YELLOW, "开园");
        highlight(1, "首批入驻企业105家", HighlightColor.BLUE, "");
        highlight(3, "新能源汽车", HighlightColor.GREEN, "产业链");
        highlight(4, "光谷科创大走廊", HighlightColor.BLUE, "光谷的规划");
        library.saveArticleNote(2, "值得跟进");
        orphanId = highlight(5, "综合评价结果", HighlightColor.PINK, "已删去的段落");
        library.orphan(orphanId);
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    private long highlight(long articleId, String quote, HighlightColor color, String note) {
        String body = library.article(articleId).orElseThrow().article().bodyText();
        int start = body.indexOf(quote);
        return library.addHighlight(articleId, start, start + quote.length(), color, note).id();
    }

    private void showTab(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.annotationsTab()));
    }

    private TableView<AnnotationRow> table() {
        return window.annotationsTab().table();
    }

    private List<String> quotes() {
        return OnFx.get(() -> table().getItems().stream().map(row -> row.annotation().anchor().exact().isEmpty()
                ? "note:" + row.annotation().text() : row.annotation().anchor().exact()).toList());
    }

    private Tab selectedTab() {
        return OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem());
    }

    @Test
    void listsEveryHighlightAndNoteIncludingOrphans(FxRobot robot) {
        showTab(robot);
        assertEquals(List.of("数字经济产业园", "首批入驻企业105家", "新能源汽车", "光谷科创大走廊", "note:值得跟进", "综合评价结果"), quotes());
        assertEquals("6 条批注 · 双击或按回车在文章中打开", OnFx.text(robot, "#annotationCount"));
        assertTrue(OnFx.exists(robot, ".orphaned-annotation"), "the orphan is marked");
        assertTrue(OnFx.exists(robot, ".swatch-green"), "colour swatches");
        assertTrue(OnFx.exists(robot, "（全文笔记）"), "an article note says it is about the whole article");
    }

    @Test
    void filtersByColour(FxRobot robot) {
        showTab(robot);
        robot.clickOn(OnFx.visible(robot, "#colorFilter-blue"));
        assertEquals(List.of("首批入驻企业105家", "光谷科创大走廊", "note:值得跟进"), quotes(), "notes have no colour, so they stay");
        robot.clickOn(OnFx.visible(robot, "#colorFilter-green"));
        assertEquals(List.of("首批入驻企业105家", "新能源汽车", "光谷科创大走廊", "note:值得跟进"), quotes());
        robot.clickOn(OnFx.visible(robot, "#colorFilter-blue"));
        robot.clickOn(OnFx.visible(robot, "#colorFilter-green"));
        assertEquals(6, quotes().size(), "no colour chosen shows all");
    }

    @Test
    void filtersByZoneAndByTagWithChoicesFromTheTree(FxRobot robot) {
        showTab(robot);
        AnnotationFilterBar bar = window.annotationsTab().filterBar();
        assertEquals(List.of("", "永川高新区", "璧山高新区", "东湖高新区"), OnFx.get(() -> List.copyOf(bar.zoneBox().getItems())));
        robot.interact(() -> bar.zoneBox().setValue("永川高新区"));
        assertEquals(List.of("数字经济产业园", "首批入驻企业105家", "note:值得跟进"), quotes());

        robot.interact(() -> window.refreshAll());
        assertEquals("永川高新区", OnFx.get(() -> bar.zoneBox().getValue()), "a refresh of the tree keeps the zone in force");
        assertEquals(List.of("数字经济产业园", "首批入驻企业105家", "note:值得跟进"), quotes());

        robot.interact(() -> bar.zoneBox().setValue(""));
        assertEquals(List.of("", "产业园", "数字经济", "智能制造"), OnFx.get(() -> List.copyOf(bar.tagBox().getItems())),
                "most used first, as the tree lists them");
        robot.interact(() -> bar.tagBox().setValue("数字经济"));
        assertEquals(List.of("数字经济产业园", "首批入驻企业105家"), quotes());
    }

    @Test
    void filtersByTextInQuotesAndNotesOnceTheReaderPausesTyping(FxRobot robot) throws Exception {
        showTab(robot);
        AnnotationFilterBar bar = window.annotationsTab().filterBar();
        robot.interact(() -> bar.textField().setText("光谷"));
        assertEquals(6, quotes().size(), "nothing is asked while the reader may still be typing");

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> quotes().size() == 1);
        assertEquals(List.of("光谷科创大走廊"), quotes());
        robot.interact(() -> bar.textField().setText("产业链"));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> quotes().equals(List.of("新能源汽车")));
    }

    @Test
    void enterOpensTheAnnotationInItsArticleWithTheQuoteMarked(FxRobot robot) {
        showTab(robot);
        robot.interact(() -> table().getSelectionModel().select(2));
        // Focus without a click: a click lands on whichever row the theme's row height puts under the middle.
        robot.interact(() -> table().requestFocus());
        robot.type(KeyCode.ENTER);

        assertSame(window.tabs().getTabs().get(0), selectedTab());
        assertEquals("zone:璧山高新区/article:3",
                OnFx.get(() -> window.treePane().treeView().getSelectionModel().getSelectedItem().getValue().key()));
        ArticleViewModel.Shown shown = window.articleModel().shownProperty().get().orElseThrow();
        assertEquals(3, shown.stored().id());
        assertEquals(List.of("新能源汽车"), shown.highlightTerms());
    }

    @Test
    void doubleClickOpensAnArticleNoteWithoutMarks(FxRobot robot) {
        showTab(robot);
        robot.doubleClickOn(OnFx.visible(robot, "值得跟进"));
        ArticleViewModel.Shown shown = window.articleModel().shownProperty().get().orElseThrow();
        assertEquals(2, shown.stored().id());
        assertEquals(List.of(), shown.highlightTerms());
    }

    @Test
    void anOrphanIsNotOpenedAndTheStatusSaysWhereToReattachIt(FxRobot robot) {
        showTab(robot);
        robot.doubleClickOn(OnFx.visible(robot, "已删去的段落"));
        assertSame(window.annotationsTab(), selectedTab());
        assertTrue(window.statusMessage().startsWith("这条批注已孤立"), window.statusMessage());
    }
}
