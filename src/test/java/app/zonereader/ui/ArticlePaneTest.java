package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ArticlePaneTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final StatusModel status = new StatusModel();
    private final List<String> chosenTags = new java.util.ArrayList<>();
    private final List<String> withinTags = new java.util.ArrayList<>();
    private ArticleViewModel viewModel;

    @Start
    void start(Stage stage) {
        Texts texts = new Texts(Texts.bundle(Locale.CHINESE));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        viewModel = new ArticleViewModel(library, executor, status, texts, () -> { });
        ReaderEdits edits = new ReaderEdits(library, executor, status, texts, viewModel);
        stage.setScene(new Scene(new ArticlePane(viewModel, edits, texts, ReadTracker.READ_AFTER, chosenTags::add,
                withinTags::add), 700, 500));
        stage.show();
    }

    @Test
    void showsAPlaceholderUntilAnArticleIsOpened(FxRobot robot) {
        assertEquals("请在左侧目录中选择文章，或搜索文章。", OnFx.text(robot, ".placeholder"));
    }

    @Test
    void showsHeadlineMetadataChipsAndParagraphs(FxRobot robot) {
        robot.interact(() -> viewModel.open(1));

        assertEquals("永川高新区数字经济产业园开园", OnFx.text(robot, "#articleTitle"));
        assertEquals("打造西部数字经济高地", OnFx.text(robot, "#articleSubtitle"));
        assertEquals("本报记者 戈清平", OnFx.text(robot, ".article-byline"));
        assertEquals("永川高新区 · 重庆", OnFx.text(robot, ".article-zone"));
        assertEquals("文件：page-1.txt", OnFx.text(robot, ".article-source"));
        assertEquals("2021-12-07", OnFx.text(robot, ".article-date"));
        assertEquals(List.of("数字经济", "产业园", "智能制造"), OnFx.get(() -> robot.lookup(".tag-chip")
                .queryAllAs(javafx.scene.control.Button.class).stream().map(javafx.scene.control.Button::getText).toList()));
        assertEquals(3, (int) OnFx.get(() -> robot.lookup(".tag-chip").queryAll().size()));
        assertTrue(OnFx.exists(robot, "#photoCaptions"));
        assertEquals(List.of("105家", "43825万元"), OnFx.get(() -> robot.lookup(".key-figure-value").queryAllAs(Label.class)
                .stream().map(Label::getText).toList()));

        StyleClassedTextArea body = OnFx.node(robot, "#articleBody", StyleClassedTextArea.class);
        assertEquals(library.article(1).orElseThrow().article().bodyText(), OnFx.get(body::getText),
                "the body's text is the article's, character for character, so offsets map 1:1");
        assertEquals(3, (int) OnFx.get(() -> body.getParagraphs().size()));
        assertEquals(List.of("article-heading"), OnFx.get(() -> List.copyOf(body.getParagraph(1).getParagraphStyle())),
                "an intertitle");
        assertEquals(List.of("article-paragraph"), OnFx.get(() -> List.copyOf(body.getParagraph(0).getParagraphStyle())));
        assertEquals("聚焦主导产业", OnFx.get(() -> body.getParagraph(1).getText()));
        assertFalse(OnFx.get(body::isEditable), "read-only");
        assertFalse(OnFx.exists(robot, ".search-hit"), "nothing highlighted when opened from the tree");
    }

    @Test
    void clickingATagChipAsksToSearchForIt(FxRobot robot) {
        robot.interact(() -> viewModel.open(1));
        robot.clickOn(OnFx.visible(robot, "产业园"));
        assertEquals(List.of("产业园"), chosenTags);
    }

    @Test
    void aTagChipsMenuOffersToSearchOnlyAmongArticlesWithThatTag(FxRobot robot) {
        robot.interact(() -> viewModel.open(1));
        javafx.scene.control.MenuItem within = OnFx.get(() -> robot.lookup(".tag-chip").match(
                (javafx.scene.control.Button b) -> b.getText().equals("产业园")).queryButton().getContextMenu().getItems().get(1));
        assertEquals("只在标签为“产业园”的文章中搜索", OnFx.get(within::getText));
        robot.interact(within::fire);
        assertEquals(List.of("产业园"), withinTags);
        assertEquals(List.of(), chosenTags);
    }

    @Test
    void aWebCopyShowsItsPrintedSourceBesideThePageFile(FxRobot robot) {
        long id = library.add("web.txt", new app.zonereader.model.Article(app.zonereader.model.ItemKind.ARTICLE, "东湖高新区新政",
                "", "", List.of(), java.util.Optional.of(FakeLibraryService.DONGHU),
                List.of(app.zonereader.model.Paragraph.text("东湖高新区出台新政。")), List.of(), List.of(), List.of(), List.of(),
                "经济参考报", "2021-12-20"));
        robot.interact(() -> viewModel.open(id));
        assertEquals("来源：经济参考报", OnFx.text(robot, ".article-printed-source"));
        assertEquals("文件：web.txt", OnFx.text(robot, ".article-source"));
    }

    @Test
    void itemWithoutZoneSaysSoAndHasNoEmptySections(FxRobot robot) {
        robot.interact(() -> viewModel.open(5));
        assertFalse(OnFx.exists(robot, ".article-printed-source"));
        assertEquals("未归属高新区", OnFx.text(robot, ".article-zone"));
        assertFalse(OnFx.exists(robot, ".tag-chip"));
        assertFalse(OnFx.exists(robot, "#keyFigures"));
        assertFalse(OnFx.exists(robot, "#articleSubtitle"));
    }

    @Test
    void searchTermsAreMarkedWithAHighlightBehindThem(FxRobot robot) {
        robot.interact(() -> viewModel.open(1, List.of("数字经济")));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> hits = OnFx.get(() -> robot.lookup(".search-hit").queryAllAs(Text.class).stream().map(Text::getText)
                .toList());
        assertTrue(hits.size() >= 3, "title, subtitle and body hits: " + hits.size());
        assertTrue(hits.stream().allMatch(hit -> hit.equals("数字经济")));
        assertFalse(OnFx.get(() -> robot.lookup(".search-hit-marker").queryAs(Path.class).getElements().isEmpty()),
                "marker traced behind the hits");
    }

    @Test
    void openingFromTheTreeKeepsHighlightsOfTheSameArticle(FxRobot robot) {
        robot.interact(() -> viewModel.open(1, List.of("产业园")));
        robot.interact(() -> viewModel.open(1));
        assertTrue(OnFx.exists(robot, ".search-hit"));
    }

    @Test
    void scrollsTheFirstHitIntoView(FxRobot robot) {
        String[] paragraphs = new String[41];
        java.util.Arrays.fill(paragraphs, "高新区持续推进产业转型升级，营商环境不断优化。".repeat(4));
        paragraphs[40] = "文末提到量子计算。";
        long id = library.add("long.txt", FakeLibraryService.article("长文", java.util.Optional.empty(), paragraphs));

        robot.interact(() -> viewModel.open(id, List.of("量子计算")));
        WaitForAsyncUtils.waitForFxEvents();

        double scrolled = OnFx.get(() -> robot.lookup(".article-scroller").queryAs(javafx.scene.control.ScrollPane.class)
                .getVvalue());
        assertTrue(scrolled > 0.5, "scrolled down to the hit: " + scrolled);
    }

    @Test
    void copyPutsTheWholeArticleOnTheClipboard(FxRobot robot) {
        robot.interact(() -> viewModel.open(2));
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroller = robot.lookup(".article-scroller").queryAs(javafx.scene.control.ScrollPane.class);
            scroller.getContextMenu().getItems().get(0).fire();
            assertEquals("永川高新区引进智能制造项目\n\n永川高新区签约智能制造项目12个，总投资50亿元。",
                    javafx.scene.input.Clipboard.getSystemClipboard().getString());
        });
    }

    @Test
    void aMissingArticleIsReportedInTheStatus(FxRobot robot) {
        robot.interact(() -> viewModel.open(99));
        assertEquals("文章 99 已不在文库中", status.message());
    }

    @Test
    void aBrokenLibraryIsReportedInTheStatus(FxRobot robot) {
        library.breakDown();
        robot.interact(() -> viewModel.open(1));
        assertEquals("无法打开文章: database is gone", status.message());
    }

    @Test
    void warningsReadInTheWindowsLanguage(FxRobot robot) {
        app.zonereader.model.Article article = new app.zonereader.model.Article(app.zonereader.model.ItemKind.ARTICLE,
                "济宁高新区跨域通办", "", "", List.of(), java.util.Optional.empty(),
                List.of(app.zonereader.model.Paragraph.text("近日，济宁高新区为企业跨域办理营业执照。")), List.of(), List.of(),
                List.of(), List.of(app.zonereader.model.IngestWarning.of(app.zonereader.model.WarningCode.JUMP_LINE_REMOVED,
                        "下转第4版")));
        long id = library.add("page-9.txt", article);
        robot.interact(() -> viewModel.open(id));

        assertEquals(List.of("删除转版提示“下转第4版”：文章在其他版面继续。"), OnFx.get(() -> robot.lookup(".article-warning")
                .queryAllAs(Label.class).stream().map(Label::getText).toList()));
    }
}
