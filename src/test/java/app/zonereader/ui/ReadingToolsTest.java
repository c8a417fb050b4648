package app.zonereader.ui;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.HighlightColor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading tools in the window over the in-memory library: highlights, notes, undo, bookmarks, copy, orphans. */
@ExtendWith(ApplicationExtension.class)
class ReadingToolsTest {
    private static final Duration READ_AFTER_IN_TESTS = Duration.millis(1000);

    private final FakeLibraryService library = FakeLibraryService.withSampleArticles();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = newWindow();
        stage.setScene(window.createScene());
        stage.show();
    }

    private MainWindow newWindow() {
        return newWindow(READ_AFTER_IN_TESTS);
    }

    private MainWindow newWindow(Duration readAfter) {
        MainWindow created = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(), new RecordingExporter());
        created.setReadDelay(readAfter);
        return created;
    }

    private ArticlePane pane() {
        return window.articlePane();
    }

    private StyleClassedTextArea area() {
        return pane().body().area();
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> window.treePane().selectArticle(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects body[start, end) with the keyboard focus in the body, as a mouse drag would leave it. */
    private void select(FxRobot robot, int start, int end) {
        robot.interact(() -> {
            area().requestFocus();
            pane().body().select(start, end);
        });
    }

    private Point2D onScreen(int offset) {
        Bounds bounds = OnFx.get(() -> pane().body().boundsOnScreen(offset, offset + 1).orElseThrow());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private Annotation onlyHighlight(long articleId) {
        List<Annotation> highlights = library.marks(articleId).highlights();
        assertEquals(1, highlights.size(), "highlights: " + highlights);
        return highlights.get(0);
    }

    private boolean popupShowing() {
        return OnFx.get(() -> pane().popup().isShowing());
    }

    /** The style classes of the character at {@code offset}, read on the JavaFX thread. */
    private static List<String> styleOf(StyleClassedTextArea area, int offset) {
        return OnFx.get(() -> List.copyOf(area.getStyleOfChar(offset)));
    }

    private IndexRange selection() {
        return OnFx.get(() -> area().getSelection());
    }

    /** Selects, then highlights green from the popup (opened with Ctrl+H, the keyboard path). */
    private void highlightGreen(FxRobot robot, int start, int end) {
        select(robot, start, end);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        assertTrue(popupShowing(), "the colour popup opens beside the selection");
        robot.clickOn(OnFx.node(robot, "#swatch-green", Button.class));
    }

    @Test
    void aHighlightIsDrawnAgainAfterARestartOnTheSameLibrary(FxRobot robot) {
        open(robot, 1);
        highlightGreen(robot, 3, 10);
        Annotation saved = onlyHighlight(1);
        assertEquals(HighlightColor.GREEN, saved.color());
        assertEquals(library.article(1).orElseThrow().article().bodyText().substring(3, 10), saved.anchor().exact());
        assertFalse(popupShowing());

        MainWindow restarted = newWindow();
        robot.interact(() -> stage.setScene(restarted.createScene()));
        robot.interact(() -> restarted.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = restarted.articlePane().body().area();
        assertTrue(styleOf(area, 5).contains("hl-green"), "style span at the highlight: " + styleOf(area, 5));
        assertFalse(styleOf(area, 12).contains("hl-green"));
        assertFalse(OnFx.get(() -> robot.lookup(".hl-green").match(node -> node instanceof javafx.scene.text.Text)
                .queryAll().isEmpty()), "drawn: a text run carries the colour");
        assertEquals(1, (int) OnFx.get(() -> restarted.articlePane().panel().list().getItems().size()), "listed in the panel");
    }

    @Test
    void clickingAHighlightChangesItsColourOrDeletesItAndCtrlZUndoesEach(FxRobot robot) throws Exception {
        open(robot, 1);
        highlightGreen(robot, 3, 10);
        robot.clickOn(onScreen(5));
        assertTrue(popupShowing(), "a click on a highlight opens its popup");
        robot.clickOn(OnFx.node(robot, "#swatch-purple", Button.class));
        assertEquals(HighlightColor.PURPLE, onlyHighlight(1).color());
        assertTrue(styleOf(area(), 5).contains("hl-purple"), "redrawn in the new colour");

        robot.interact(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(HighlightColor.GREEN, onlyHighlight(1).color(), "Ctrl+Z brings the old colour back");

        robot.clickOn(onScreen(5));
        robot.clickOn(OnFx.node(robot, "#deleteHighlight", Button.class));
        assertTrue(library.marks(1).highlights().isEmpty());
        assertTrue(styleOf(area(), 5).isEmpty(), "no longer drawn");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(HighlightColor.GREEN, onlyHighlight(1).color(), "Ctrl+Z restores the deleted highlight");
        assertTrue(styleOf(area(), 5).contains("hl-green"));
    }

    @Test
    void aNoteIsSavedWithinASecondOfTyping(FxRobot robot) {
        open(robot, 1);
        select(robot, 3, 10);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.clickOn(OnFx.node(robot, "#addNoteButton", Button.class));
        assertTrue(OnFx.exists(robot, "#highlightNote"), "Add note highlights and opens the note field");
        robot.write("first");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("first", onlyHighlight(1).text(), "saved while the popup is still open");
        assertEquals(HighlightColor.YELLOW, onlyHighlight(1).color());
        robot.push(KeyCode.ESCAPE);
        assertFalse(popupShowing(), "Esc closes the popup");
    }

    @Test
    void theArticleNoteIsSavedAsTypedAndWhenTheWindowCloses(FxRobot robot) {
        open(robot, 1);
        TextArea note = OnFx.node(robot, "#articleNote", TextArea.class);
        robot.clickOn(note).write("note");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("note", library.marks(1).articleNote());

        robot.write("s");
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals("notes", library.marks(1).articleNote(), "closing saves what the timer had not yet");
    }

    @Test
    void theBookmarkTogglesByButtonAndByCtrlD(FxRobot robot) {
        open(robot, 1);
        robot.clickOn(OnFx.visible(robot, "#bookmarkButton"));
        assertTrue(library.marks(1).bookmarked());
        assertTrue(OnFx.get(() -> pane().toolbar().bookmark.isSelected()));
        assertEquals("已加书签", OnFx.get(() -> pane().toolbar().bookmark.getText()));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertFalse(library.marks(1).bookmarked());
        assertFalse(OnFx.get(() -> pane().toolbar().bookmark.isSelected()));
        assertTrue(library.articles().stream().noneMatch(a -> a.bookmarked()), "the tree's data follows");
    }

    @Test
    void tagCompletionOffersTagsOfTheLibraryAndAddsOne(FxRobot robot) throws Exception {
        open(robot, 2);
        robot.clickOn(OnFx.visible(robot, "#addTag")).write("经济");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.exists(robot, ".auto-complete-popup"));
        assertEquals(List.of("数字经济"), OnFx.get(() -> robot.lookup(".auto-complete-popup .list-view").queryListView()
                .getItems().stream().map(Object::toString).toList()));
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ENTER);
        assertEquals(List.of("数字经济"), library.marks(2).userTags());
        assertEquals(List.of("数字经济"), library.article(2).orElseThrow().article().tags());
        assertTrue(OnFx.exists(robot, ".tag-chip-box.tag-user"), "the reader's tag looks like one");
    }

    @Test
    void removingAnAutomaticTagIsRememberedAndUndoable(FxRobot robot) {
        open(robot, 1);
        Button remove = OnFx.get(() -> robot.lookup(".tag-chip-box.tag-auto .tag-remove").queryAllAs(Button.class).stream()
                .filter(b -> b.getAccessibleText().contains("产业园")).findFirst().orElseThrow());
        robot.clickOn(remove);
        assertEquals(List.of("产业园"), library.marks(1).removedTags());
        assertEquals(List.of("数字经济", "智能制造"), OnFx.get(() -> robot.lookup(".tag-chip").queryAllAs(Button.class).stream()
                .map(Button::getText).toList()));
        robot.interact(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(library.article(1).orElseThrow().article().tags().contains("产业园"));
    }

    @Test
    void anArticleIsReadAfterItsDelayAndCanBeMarkedUnread(FxRobot robot) throws Exception {
        open(robot, 1);
        assertFalse(library.marks(1).read());
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> library.marks(1).read());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(OnFx.get(() -> pane().toolbar().markUnread.isDisabled()));
        robot.clickOn(OnFx.visible(robot, "#markUnread"));
        assertFalse(library.marks(1).read());
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        assertFalse(library.marks(1).read(), "marked unread stays unread while open");
    }

    @Test
    void copyWithCitationPutsTheQuoteAndTheArticleUriOnTheClipboard(FxRobot robot) {
        open(robot, 1);
        select(robot, 0, 6);
        robot.interact(() -> assertEquals("11月27日", area().getSelectedText()));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        String uri = library.article(1).orElseThrow().key().uri();
        robot.interact(() -> {
            String copied = Clipboard.getSystemClipboard().getString();
            assertTrue(copied.startsWith("11月27日\n——《永川高新区数字经济产业园开园》"), copied);
            assertTrue(copied.endsWith(uri), copied);
        });
        robot.clickOn(OnFx.visible(robot, "#copyLink"));
        robot.interact(() -> assertEquals(uri, Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void anOrphanIsReattachedToTheSelectionOfTheOpenArticle(FxRobot robot) {
        long orphan = library.addHighlight(1, 0, 5, HighlightColor.BLUE, "旧笔记").id();
        library.orphan(orphan);
        open(robot, 3);
        robot.interact(() -> robot.lookup("#orphans").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        assertEquals("孤立批注（1）", OnFx.text(robot, "#orphans"));
        robot.interact(() -> robot.lookup("#orphanList").queryListView().getSelectionModel().selectFirst());
        select(robot, 2, 8);
        robot.clickOn(OnFx.visible(robot, "#reattachOrphan"));

        Annotation moved = onlyHighlight(3);
        assertEquals(orphan, moved.id());
        assertFalse(moved.isOrphaned());
        assertEquals(library.article(3).orElseThrow().article().bodyText().substring(2, 8), moved.anchor().exact());
        assertEquals("旧笔记", moved.text());
        assertTrue(library.annotations(AnnotationFilter.ORPHANS).isEmpty());
        assertTrue(styleOf(area(), 4).contains("hl-blue"), "drawn where it was attached");
        assertEquals("孤立批注（0）", OnFx.text(robot, "#orphans"));
    }

    @Test
    void choosingAHighlightInThePanelSelectsItsText(FxRobot robot) {
        open(robot, 1);
        highlightGreen(robot, 20, 26);
        robot.interact(() -> pane().body().select(0, 0));
        javafx.scene.control.ListView<?> list = pane().panel().list();
        robot.interact(() -> list.getSelectionModel().selectFirst());
        robot.clickOn(list).push(KeyCode.ENTER);
        assertEquals(20, selection().getStart());
        assertEquals(26, selection().getEnd());
    }

    /** Waits until a restored scroll position is no longer held (see {@link ScrollRestore}). */
    private static void settle() throws InterruptedException {
        Thread.sleep((long) ScrollRestore.SETTLE.toMillis() + 200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theScrollPositionIsSavedAndComesBackWhenTheArticleIsOpenedAgain(FxRobot robot) throws Exception {
        String[] paragraphs = new String[40];
        java.util.Arrays.fill(paragraphs, "高新区持续推进产业转型升级，营商环境不断优化。".repeat(4));
        long id = library.add("long.txt", FakeLibraryService.article("长文", java.util.Optional.empty(), paragraphs));
        // Read by time only after a minute here, so that only scrolling to the end can mark it read.
        window = newWindow(Duration.minutes(1));
        robot.interact(() -> stage.setScene(window.createScene()));
        open(robot, id);
        javafx.scene.control.ScrollPane scroller = OnFx.node(robot, ".article-scroller", javafx.scene.control.ScrollPane.class);
        settle();   // a reader's scrolling is wheel or keys, which end the hold at once; setVvalue here waits instead
        robot.interact(() -> scroller.setVvalue(0.6));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(library.marks(id).scrollPosition() - 0.6) < 1e-9);
        assertFalse(library.marks(id).read(), "halfway is not the end");

        open(robot, 1);
        assertEquals(0, OnFx.get(scroller::getVvalue), 1e-9);
        open(robot, id);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6, OnFx.get(scroller::getVvalue), 0.01, "back where the reader left off");
        // held there while the page settles, whatever the layout passes do to the height
        settle();
        assertEquals(0.6, OnFx.get(scroller::getVvalue), 0.01, "still there once settled");

        robot.interact(() -> scroller.setVvalue(1.0));
        assertTrue(library.marks(id).read(), "scrolled to the end: read at once");
    }

    @Test
    void ctrlCOverTheColourPopupStillCopiesTheSelection(FxRobot robot) {
        open(robot, 1);
        select(robot, 0, 6);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        assertTrue(popupShowing());
        robot.push(KeyCode.CONTROL, KeyCode.C);
        assertFalse(popupShowing(), "the popup steps aside");
        robot.interact(() -> assertEquals("11月27日", Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void draggingOverTextOffersTheColoursBesideTheSelection(FxRobot robot) throws Exception {
        open(robot, 1);
        Point2D from = onScreen(0);
        Point2D to = onScreen(5);
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(from.midpoint(to)).moveTo(to.add(5, 0)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(selection().getLength() >= 5, "selected by mouse: " + selection());
        assertTrue(popupShowing(), "the colour popup opens when the mouse lets go");
        robot.push(KeyCode.ESCAPE);
        assertFalse(popupShowing());
        assertTrue(library.marks(1).highlights().isEmpty(), "nothing highlighted until a colour is chosen");
    }

    @Test
    void theAnnotationsPanelFoldsAwayAndComesBack(FxRobot robot) {
        open(robot, 1);
        robot.clickOn(OnFx.visible(robot, "#togglePanel"));
        assertFalse(OnFx.exists(robot, "#annotationsPanel"), "folded away: the article takes the width");
        robot.clickOn(OnFx.visible(robot, "#togglePanel"));
        assertTrue(OnFx.exists(robot, "#annotationsPanel"));
    }
}
