package app.zonereader.ui;

import app.zonereader.model.SearchHit;
import app.zonereader.model.SearchScope;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search scope follows the tree: select a zone, search only in it, and back to everywhere. */
@ExtendWith(ApplicationExtension.class)
class SearchScopeTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(FakeLibraryService.withSampleArticles(), new CurrentThreadTaskExecutor(),
                Texts.bundle(Locale.ENGLISH), List.of(), new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    private List<String> resultTitles(FxRobot robot) {
        return OnFx.get(() -> window.searchBar().resultList().getItems().stream().map(SearchHit::title).toList());
    }

    private static List<SearchScope> offered(ComboBox<SearchScope> scope) {
        return OnFx.get(() -> List.copyOf(scope.getItems()));
    }

    /** The scope in force, as the box shows it. */
    private static String shown(ComboBox<SearchScope> scope) {
        return OnFx.get(() -> scope.getConverter().toString(scope.getValue()));
    }

    @SuppressWarnings("unchecked")
    @Test
    void selectingAZoneOffersItAsAScopeAndTheSearchRunsAgainWithinIt(FxRobot robot) {
        ComboBox<SearchScope> scope = OnFx.node(robot, "#searchScope", ComboBox.class);
        assertEquals(List.of(SearchScope.ALL), offered(scope));
        assertEquals("Everywhere", shown(scope));

        robot.interact(() -> window.searchBar().searchFor("数字经济"));
        assertEquals(List.of("永川高新区数字经济产业园开园", "科技部发布国家高新区评价结果"), resultTitles(robot));

        robot.interact(() -> window.treePane().selectZone("永川高新区"));
        assertEquals(List.of(SearchScope.ALL, SearchScope.zone("永川高新区"), SearchScope.province("重庆")), offered(scope));

        robot.interact(() -> scope.setValue(SearchScope.zone("永川高新区")));
        assertEquals("In 永川高新区", shown(scope));
        assertEquals(List.of("永川高新区数字经济产业园开园"), resultTitles(robot));

        robot.interact(() -> window.treePane().selectArticle(1));

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SearchScope.zone("永川高新区"), OnFx.get(scope::getValue), "opening an article keeps the scope in force");
        robot.interact(() -> window.treePane().selectZone("东湖高新区"));
        assertEquals(SearchScope.zone("永川高新区"), OnFx.get(scope::getValue), "a new selection does not change the scope in force");
        assertEquals(List.of(SearchScope.ALL, SearchScope.zone("东湖高新区"), SearchScope.province("湖北"),
                SearchScope.tag("数字经济"), SearchScope.tag("产业园"), SearchScope.tag("智能制造"),
                SearchScope.zone("永川高新区")), offered(scope), "the open article's tags stay on offer");

        robot.interact(() -> scope.setValue(SearchScope.ALL));
        assertEquals(2, resultTitles(robot).size());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theOpenArticlesTagsAreOfferedAsScopesAndATagScopeNarrowsTheSearch(FxRobot robot) {
        ComboBox<SearchScope> scope = OnFx.node(robot, "#searchScope", ComboBox.class);
        robot.interact(() -> window.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SearchScope.ALL, OnFx.get(scope::getValue), "the box keeps showing the scope in force while its choices change");
        assertEquals(List.of(SearchScope.ALL, SearchScope.zone("永川高新区"), SearchScope.province("重庆"),
                SearchScope.tag("数字经济"), SearchScope.tag("产业园"), SearchScope.tag("智能制造")), offered(scope));

        robot.interact(() -> window.searchBar().searchFor("高新区"));
        assertEquals(5, resultTitles(robot).size());
        robot.interact(() -> scope.setValue(SearchScope.tag("数字经济")));
        assertEquals("Tagged 数字经济", shown(scope));
        assertEquals(List.of("永川高新区数字经济产业园开园"), resultTitles(robot));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aTagChipsMenuNarrowsTheSearchToThatTag(FxRobot robot) {
        ComboBox<SearchScope> scope = OnFx.node(robot, "#searchScope", ComboBox.class);
        robot.interact(() -> window.treePane().selectArticle(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button chip = OnFx.get(() -> robot.lookup(".tag-chip").match(
                (javafx.scene.control.Button b) -> b.getText().equals("产业园")).queryButton());

        robot.interact(() -> chip.getContextMenu().getItems().get(1).fire());

        assertEquals(SearchScope.tag("产业园"), OnFx.get(scope::getValue));
        assertEquals("Tagged 产业园", shown(scope));
        assertEquals(List.of(SearchScope.ALL, SearchScope.zone("永川高新区"), SearchScope.province("重庆"),
                SearchScope.tag("数字经济"), SearchScope.tag("产业园"), SearchScope.tag("智能制造")), offered(scope));
        robot.interact(() -> window.searchBar().searchFor("高新区"));
        assertEquals(List.of("永川高新区数字经济产业园开园"), resultTitles(robot));
    }
}
