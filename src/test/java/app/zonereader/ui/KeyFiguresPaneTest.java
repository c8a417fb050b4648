package app.zonereader.ui;

import app.zonereader.model.ArticleFigure;
import app.zonereader.model.KeyFigureKind;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class KeyFiguresPaneTest {
    private MainWindow window;
    private FakeLibraryService library;

    @Start
    void start(Stage stage) {
        library = FakeLibraryService.withSampleArticles();
        window = new MainWindow(library, new CurrentThreadTaskExecutor(), Texts.bundle(Locale.CHINESE), List.of(),
                new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    private List<String> rows() {
        return OnFx.get(() -> window.figuresPane().table().getItems().stream()
                .map(row -> row.figure().text() + "@" + row.zone()).toList());
    }

    @Test
    void listsTheLargestAmountsFirstWithTheirZoneOnceEachPerArticle(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        assertEquals(KeyFigureKind.AMOUNT, OnFx.get(() -> window.figuresPane().kindBox().getValue()));
        // 50亿元 twice in one article is listed once; it outranks 43825万元 by value, not by its printed text.
        assertEquals(List.of("50亿元@永川高新区", "43825万元@永川高新区"), rows());
    }

    @Test
    void choosingAnotherKindListsThoseFigures(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> window.figuresPane().kindBox().setValue(KeyFigureKind.COUNT));
        assertEquals(List.of("105家@永川高新区"), rows());
        assertEquals(List.of(KeyFigureKind.AMOUNT, KeyFigureKind.PERCENT, KeyFigureKind.COUNT),
                OnFx.get(() -> List.copyOf(window.figuresPane().kindBox().getItems())), "dates are not ranked by size");
        assertEquals("数量（家、个、项…）",
                OnFx.get(() -> window.figuresPane().kindBox().getConverter().toString(KeyFigureKind.COUNT)));
    }

    @Test
    void doubleClickingARowOpensTheArticleWithTheFigureHighlighted(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        TableView<ArticleFigure> table = window.figuresPane().table();
        Node firstRow = OnFx.get(() -> robot.from(table).lookup(".table-row-cell").nth(0).query());

        robot.doubleClickOn(firstRow);

        assertSame(window.tabs().getTabs().get(0), OnFx.get(() -> window.tabs().getSelectionModel().getSelectedItem()));
        assertEquals("永川高新区引进智能制造项目", OnFx.text(robot, "#articleTitle"));
        List<String> hits = OnFx.get(() -> robot.lookup("#articleBody .search-hit").queryAllAs(Text.class).stream()
                .map(Text::getText).toList());
        assertEquals(List.of("50亿元"), hits);
        TreeEntry selected = OnFx.get(() -> window.treePane().treeView().getSelectionModel().getSelectedItem().getValue());
        assertEquals(OnFx.get(() -> table.getItems().get(0).articleId()), ((TreeEntry.Item) selected).summary().id());
    }

    @Test
    void anEmptyKindShowsAPlaceholderNotAnError(FxRobot robot) {
        robot.interact(() -> window.figuresPane().kindBox().setValue(KeyFigureKind.PERCENT));
        assertTrue(OnFx.get(() -> window.figuresPane().table().getItems().isEmpty()));
        assertFalse(window.statusMessage().contains("无法"), window.statusMessage());
    }

    @Test
    void aFailingLibraryIsReportedInTheStatusBar(FxRobot robot) {
        library.breakDown();
        robot.interact(() -> window.figuresPane().kindBox().setValue(KeyFigureKind.COUNT));
        assertEquals("无法加载重点数据", window.statusMessage().split("：|:")[0].strip());
    }
}
