package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ZoneTreePaneTest {
    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private final List<Long> opened = new ArrayList<>();
    private ZoneTreeViewModel viewModel;
    private ZoneTreePane pane;

    @Start
    void start(Stage stage) {
        Texts texts = new Texts(Texts.bundle(Locale.CHINESE));
        viewModel = new ZoneTreeViewModel(library, new CurrentThreadTaskExecutor(), new StatusModel(), texts);
        pane = new ZoneTreePane(viewModel, opened::add);
        viewModel.refresh();
        stage.setScene(new Scene(pane, 400, 500));
        stage.show();
    }

    private TreeView<TreeEntry> tree() {
        return pane.treeView();
    }

    private List<String> labels(TreeItem<TreeEntry> parent) {
        return OnFx.get(() -> parent.getChildren().stream().map(item -> viewModel.label(item.getValue())).toList());
    }

    private TreeItem<TreeEntry> province(int index) {
        return OnFx.get(() -> pane.provinceNodes().get(index));
    }

    private TreeItem<TreeEntry> selected() {
        return OnFx.get(() -> tree().getSelectionModel().getSelectedItem());
    }

    private static String emptyLibraryText(ZoneTreePane shown) {
        return OnFx.get(() -> ((Label) shown.lookup("#emptyLibrary")).getText());
    }

    private static boolean emptyLibraryShown(ZoneTreePane shown) {
        return OnFx.get(() -> shown.lookup("#emptyLibrary").isVisible());
    }

    @Test
    void showsProvincesAndZonesWithCountsBiggestFirstAndOtherLast(FxRobot robot) {
        TreeItem<TreeEntry> root = OnFx.get(() -> tree().getRoot());
        // 待核对: the article without a zone (the ad without one is no article, so the engine's choice stands)
        assertEquals(List.of("书签 (0)", "待核对 (1)", "标签 (3)", "重庆 (3) · 未读 3", "湖北 (1) · 未读 1", "其他 (2) · 未读 2"),
                labels(root));
        assertEquals(List.of("永川高新区 (2) · 未读 2", "璧山高新区 (1) · 未读 1"), labels(province(0)));
        assertEquals(List.of("正在载入…"), labels(province(2)), "Other's items come when it is unfolded");
        robot.interact(() -> pane.provinceNodes().get(2).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("科技部发布国家高新区评价结果", "[广告] 新年贺词"), labels(province(2)));
    }

    @Test
    void theNeedsReviewShelfShowsItsCountAndLoadsItsItemsWhenUnfolded(FxRobot robot) {
        TreeItem<TreeEntry> review = OnFx.get(() -> tree().getRoot().getChildren().get(1));
        assertEquals("待核对 (1)", OnFx.get(() -> viewModel.label(review.getValue())));
        assertEquals(List.of("正在载入…"), labels(review), "a big library must not read its items to show the tree");
        robot.interact(() -> review.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("科技部发布国家高新区评价结果"), labels(review));
    }

    @Test
    void aZoneLoadsItsItemsWhenUnfoldedAndNotBefore(FxRobot robot) {
        TreeItem<TreeEntry> yongchuan = OnFx.get(() -> pane.provinceNodes().get(0).getChildren().get(0));
        assertEquals(List.of("正在载入…"), labels(yongchuan));
        robot.interact(() -> yongchuan.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, (int) OnFx.get(() -> yongchuan.getChildren().size()));
        assertTrue(OnFx.get(() -> yongchuan.getChildren().stream().allMatch(child -> child.getValue() instanceof TreeEntry.Item)));
    }

    @Test
    void cellsShowTheLabels(FxRobot robot) {
        assertTrue(OnFx.get(() -> robot.lookup(".tree-cell").queryAll().stream()
                .anyMatch(cell -> "重庆 (3) · 未读 3".equals(((javafx.scene.control.TreeCell<?>) cell).getText()))));
        assertTrue(OnFx.exists(robot, ".tree-other"));
    }

    @Test
    void clickingAnArticleOpensIt(FxRobot robot) {
        robot.interact(() -> pane.selectZone("永川高新区"));
        robot.clickOn(OnFx.visible(robot, "永川高新区引进智能制造项目"));
        assertEquals(List.of(2L), opened);
    }

    @Test
    void selectionSurvivesARefreshThatAddsArticles(FxRobot robot) {
        robot.interact(() -> pane.selectArticle(3));
        WaitForAsyncUtils.waitForFxEvents();
        library.add("page-9.txt", FakeLibraryService.article("璧山高新区又一新闻", Optional.of(FakeLibraryService.BISHAN), "正文"));

        robot.interact(viewModel::refresh);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("zone:璧山高新区/article:3", selected().getValue().key());
        assertEquals("重庆 (4) · 未读 4", OnFx.get(() -> viewModel.label(pane.provinceNodes().get(0).getValue())));
    }

    @Test
    void selectZoneExpandsAndSelectsIt(FxRobot robot) {
        robot.interact(() -> assertTrue(pane.selectZone("东湖高新区")));
        TreeItem<TreeEntry> selected = selected();
        assertEquals("zone:东湖高新区", selected.getValue().key());
        assertTrue(OnFx.get(() -> selected.getParent().isExpanded()));
        robot.interact(() -> assertFalse(pane.selectZone("不存在高新区")));
    }

    @Test
    void anEmptyLibrarySaysHowToFillIt(FxRobot robot) {
        assertFalse(emptyLibraryShown(pane));
        ZoneTreeViewModel emptyModel = new ZoneTreeViewModel(FakeLibraryService.empty(), new CurrentThreadTaskExecutor(),
                new StatusModel(), new Texts(Texts.bundle(Locale.CHINESE)));
        List<ZoneTreePane> emptyPane = new ArrayList<>();
        robot.interact(() -> {
            emptyPane.add(new ZoneTreePane(emptyModel, opened::add));
            emptyModel.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(emptyLibraryShown(emptyPane.get(0)));
        assertTrue(emptyLibraryText(emptyPane.get(0)).startsWith("文库为空"));
    }

    @Test
    void whileTheTreeLoadsItSaysSoAndNeverThatTheLibraryIsEmpty(FxRobot robot) {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        ZoneTreeViewModel loadingModel = new ZoneTreeViewModel(FakeLibraryService.empty(), manual, new StatusModel(),
                new Texts(Texts.bundle(Locale.CHINESE)));
        List<ZoneTreePane> loadingPane = new ArrayList<>();
        robot.interact(() -> {
            loadingPane.add(new ZoneTreePane(loadingModel, opened::add));
            loadingModel.refresh();
        });
        ZoneTreePane loading = loadingPane.get(0);
        assertTrue(emptyLibraryShown(loading));
        assertEquals("正在载入…", emptyLibraryText(loading));

        manual.runAll();
        assertTrue(emptyLibraryText(loading).startsWith("文库为空"), emptyLibraryText(loading));
    }

    @Test
    void aFailedFirstLoadSaysSoInsteadOfLoadingForever(FxRobot robot) {
        FakeLibraryService broken = FakeLibraryService.withSampleArticles();
        broken.breakDown();
        ZoneTreeViewModel brokenModel = new ZoneTreeViewModel(broken, new CurrentThreadTaskExecutor(), new StatusModel(),
                new Texts(Texts.bundle(Locale.ENGLISH)));
        List<ZoneTreePane> brokenPane = new ArrayList<>();
        robot.interact(() -> {
            brokenPane.add(new ZoneTreePane(brokenModel, opened::add));
            brokenModel.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Could not load the article list", emptyLibraryText(brokenPane.get(0)));
    }

    @Test
    void foldedProvinceStaysFoldedAfterRefresh(FxRobot robot) {
        robot.interact(() -> pane.provinceNodes().get(1).setExpanded(false));
        robot.interact(viewModel::refresh);
        assertFalse(OnFx.get(() -> province(1).isExpanded()));
        assertTrue(OnFx.get(() -> province(0).isExpanded()));
    }
}
