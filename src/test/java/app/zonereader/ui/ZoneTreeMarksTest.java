package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assertions;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader's marks in the tree: Bookmarks shelf, Tags branch, unread in bold, unread counts, the context menu. */
@ExtendWith(ApplicationExtension.class)
class ZoneTreeMarksTest {
    private static final String SECOND_YONGCHUAN = "永川高新区引进智能制造项目";

    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private ZoneTreeViewModel viewModel;
    private ZoneTreePane pane;
    private final List<Long> opened = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        Texts texts = new Texts(Texts.bundle(Locale.CHINESE));
        viewModel = new ZoneTreeViewModel(library, new CurrentThreadTaskExecutor(), new StatusModel(), texts);
        pane = new ZoneTreePane(viewModel, opened::add);
        viewModel.refresh();
        stage.setScene(new Scene(pane, 400, 600));
        stage.show();
    }

    @Test
    void marksReloadTheTreeWithoutRecountingNeedsReview(FxRobot robot) {
        int before = library.reviewCountQueries();
        robot.interact(viewModel::refreshMarks);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, library.reviewCountQueries(), "a read mark cannot change which items need review");
        refresh(robot);
        assertEquals(before + 1, library.reviewCountQueries(), "a full refresh counts again");
    }

    private void refresh(FxRobot robot) {
        robot.interact(viewModel::refresh);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tree's node for {@code key}, found on the JavaFX thread, which replaces the nodes on every refresh. */
    private TreeItem<TreeEntry> node(String key) {
        return OnFx.get(() -> find(pane.treeView().getRoot(), key));
    }

    private static TreeItem<TreeEntry> find(TreeItem<TreeEntry> parent, String key) {
        for (TreeItem<TreeEntry> child : parent.getChildren()) {
            if (child.getValue().key().equals(key)) {
                return child;
            }
            TreeItem<TreeEntry> below = find(child, key);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private String label(String key) {
        return OnFx.get(() -> viewModel.label(node(key).getValue()));
    }

    private List<Long> ids(TreeItem<TreeEntry> parent) {
        return OnFx.get(() -> parent.getChildren().stream().map(child -> ((TreeEntry.Item) child.getValue()).summary().id())
                .toList());
    }

    private String selectedKey() {
        return OnFx.get(() -> pane.treeView().getSelectionModel().getSelectedItem().getValue().key());
    }

    /** Whether the cell showing {@code text} carries {@code styleClass}. */
    private static boolean styled(FxRobot robot, String text, String styleClass) {
        return OnFx.get(() -> cell(robot, text).getStyleClass().contains(styleClass));
    }

    private static boolean markShown(FxRobot robot, String text, String mark) {
        return OnFx.get(() -> markShown(cell(robot, text), mark));
    }

    /** Call on the JavaFX thread. */
    private static TreeCell<?> cell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").match((TreeCell<?> cell) -> text.equals(cell.getText())).query();
    }

    /** Call on the JavaFX thread. */
    private static boolean markShown(TreeCell<?> cell, String mark) {
        return cell.getGraphic() != null && cell.getGraphic().lookup(mark).isVisible();
    }

    @Test
    void bookmarksShelfListsBookmarkedArticlesWithItsCountAndFollowsAToggle(FxRobot robot) {
        assertEquals("书签 (0)", label(TreeEntry.Bookmarks.KEY));
        library.setBookmarked(4, true);
        library.setBookmarked(2, true);
        refresh(robot);

        assertEquals("书签 (2)", label(TreeEntry.Bookmarks.KEY));
        assertEquals(List.of(2L, 4L), ids(node(TreeEntry.Bookmarks.KEY)), "reading order");

        library.setBookmarked(4, false);
        refresh(robot);
        assertEquals("书签 (1)", label(TreeEntry.Bookmarks.KEY));
        assertEquals(List.of(2L), ids(node(TreeEntry.Bookmarks.KEY)));
    }

    @Test
    void bookmarkedArticlesCarryAMarkWhereverTheyAppear(FxRobot robot) {
        library.setBookmarked(2, true);
        refresh(robot);
        robot.interact(() -> node(TreeEntry.Bookmarks.KEY).setExpanded(true));
        robot.interact(() -> pane.selectZone("永川高新区"));
        WaitForAsyncUtils.waitForFxEvents();

        List<Boolean> marked = OnFx.get(() -> robot.lookup(".tree-cell")
                .match((TreeCell<?> cell) -> SECOND_YONGCHUAN.equals(cell.getText())).queryAll().stream()
                .map(node -> markShown((TreeCell<?>) node, ".bookmark-mark")).toList());
        assertEquals(2, marked.size(), "under Bookmarks and under its zone");
        marked.forEach(Assertions::assertTrue);
        assertFalse(markShown(robot, "永川高新区数字经济产业园开园", ".bookmark-mark"));
    }

    @Test
    void anUnreadArticleIsBoldUntilItIsRead(FxRobot robot) {
        robot.interact(() -> pane.selectZone("永川高新区"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(styled(robot, SECOND_YONGCHUAN, "tree-unread"));
        assertTrue(markShown(robot, SECOND_YONGCHUAN, ".unread-mark"));

        library.setRead(2, true);
        refresh(robot);

        assertFalse(styled(robot, SECOND_YONGCHUAN, "tree-unread"));
        assertFalse(markShown(robot, SECOND_YONGCHUAN, ".unread-mark"));
        assertTrue(styled(robot, "永川高新区数字经济产业园开园", "tree-unread"));
    }

    @Test
    void zoneAndProvinceNodesCountTheirUnreadItems(FxRobot robot) {
        library.setRead(1, true);
        refresh(robot);
        assertEquals("重庆 (3) · 未读 2", label("province:重庆"));
        assertEquals("永川高新区 (2) · 未读 1", label("zone:永川高新区"));

        library.setRead(2, true);
        refresh(robot);
        assertEquals("永川高新区 (2)", label("zone:永川高新区"), "no unread count once all are read");
    }

    @Test
    void markAllReadOnAZoneFromTheContextMenu(FxRobot robot) {
        robot.interact(() -> pane.selectZone("永川高新区"));
        // The menu key (or Shift+F10) asks for the context menu of the selected node.
        robot.interact(() -> {
            javafx.geometry.Bounds bounds = pane.treeView().localToScreen(pane.treeView().getBoundsInLocal());
            pane.treeView().fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, bounds.getMinX() + 10, bounds.getMinY() + 10, true, null));
        });
        assertTrue(OnFx.get(() -> pane.contextMenu().menu().isShowing()));
        robot.clickOn(OnFx.visible(robot, "全部标为已读"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(library.marks(1).read() && library.marks(2).read());
        assertFalse(library.marks(3).read(), "璧山 is another zone");
        assertEquals("永川高新区 (2)", label("zone:永川高新区"));
        assertEquals("zone:永川高新区", selectedKey(),
                "the refresh keeps the selection");
    }

    @Test
    void markAllReadOnAProvinceAndReadUnreadOnAnArticle(FxRobot robot) {
        TreeContextMenu menu = pane.contextMenu();
        robot.interact(() -> fire(menu.itemsFor(node("province:重庆").getValue()), MessageKeys.TREE_MARK_ALL_READ));
        assertEquals("重庆 (3)", label("province:重庆"));
        assertEquals("湖北 (1) · 未读 1", label("province:湖北"));

        robot.interact(() -> node("zone:永川高新区").setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        List<MenuItem> articleItems = OnFx.get(() -> menu.itemsFor(node("zone:永川高新区/article:2").getValue()));
        assertTrue(OnFx.get(() -> articleItems.stream().filter(i -> i.getId().equals(MessageKeys.TREE_MARK_READ)).findFirst()
                .orElseThrow().isDisable()), "a read article offers only Mark unread");
        robot.interact(() -> fire(articleItems, MessageKeys.TREE_MARK_UNREAD));
        assertFalse(library.marks(2).read());
        assertEquals("重庆 (3) · 未读 1", label("province:重庆"));
    }

    private static void fire(List<MenuItem> items, String id) {
        items.stream().filter(item -> item.getId().equals(id)).findFirst().orElseThrow().fire();
    }

    @Test
    void tagsBranchListsEachTagWithItsCountAndItsArticlesWhenUnfolded(FxRobot robot) {
        library.addTag(4, "数字经济");
        refresh(robot);
        assertEquals("标签 (3)", label("tags:"));
        assertEquals(List.of("数字经济 (2)", "产业园 (1)", "智能制造 (1)"), OnFx.get(() -> node("tags:").getChildren().stream()
                .map(child -> viewModel.label(child.getValue())).toList()));

        robot.interact(() -> node("tag:数字经济").setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(1L, 4L), ids(node("tag:数字经济")));
        assertTrue(OnFx.get(() -> ((TreeEntry.Item) node("tag:数字经济").getChildren().get(0).getValue()).isShortcut()));
    }

    @Test
    void anUnfoldedTagAndASelectionUnderItSurviveARefresh(FxRobot robot) {
        robot.interact(() -> node("tag:产业园").setExpanded(true));
        robot.interact(() -> pane.treeView().getSelectionModel().select(node("tag:产业园/article:1")));
        library.addTag(3, "产业园");
        refresh(robot);

        assertTrue(OnFx.get(() -> node("tag:产业园").isExpanded()));
        assertEquals(List.of(1L, 3L), ids(node("tag:产业园")));
        assertEquals("tag:产业园/article:1", selectedKey());
    }

    @Test
    void selectArticleChoosesItsPlaceUnderItsZoneNotAShortcut(FxRobot robot) {
        library.setBookmarked(3, true);
        refresh(robot);
        robot.interact(() -> pane.selectArticle(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zone:璧山高新区/article:3", selectedKey());
        assertNotNull(node("bookmarks:/article:3"));
    }

    @Test
    void unfoldingATagAboveTheSelectedArticleKeepsTheSelectionAndOpensNothingElse(FxRobot robot) {
        robot.interact(() -> pane.selectArticle(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            node("tags:").setExpanded(true);
            node("tag:产业园").setExpanded(true);
        });
        assertEquals(List.of(1L), ids(node("tag:产业园")));
        assertEquals("zone:永川高新区/article:2", selectedKey());
        assertEquals(List.of(2L), opened);
    }

    @Test
    void renameIsOfferedOnTagNodesFromTheMenuAndWithF2(FxRobot robot) {
        List<String> renamed = new java.util.ArrayList<>();
        robot.interact(() -> pane.onRenameTag(renamed::add));
        assertEquals(List.of(MessageKeys.TREE_RENAME_TAG), OnFx.get(() -> pane.contextMenu().itemsFor(node("tag:产业园").getValue())
                .stream().map(MenuItem::getId).toList()));
        assertTrue(OnFx.get(() -> pane.contextMenu().itemsFor(node("tags:").getValue()).isEmpty()),
                "the branch itself offers nothing");

        robot.interact(() -> {
            node("tags:").setExpanded(true);
            pane.treeView().getSelectionModel().select(node("tag:智能制造"));
            pane.treeView().requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.F2);
        assertEquals(List.of("智能制造"), renamed);
    }
}
