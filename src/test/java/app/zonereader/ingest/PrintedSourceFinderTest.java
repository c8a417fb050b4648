package app.zonereader.ingest;

import app.zonereader.model.PrintedSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintedSourceFinderTest {
    private static final String BODY = "永川高新区举办创新大赛\n本报讯 近日，永川高新区举办创新大赛，吸引企业参加。\n";

    @Test
    void theMastheadGivesPaperAndPage() {
        assertEquals(new PrintedSource("中国高新技术产业导报", "3"), PrintedSourceFinder.find("x.txt",
                "中国高新技术产业导报\n2023年11月27日 星期一\n第 3 版\n园区·聚焦\n" + BODY));
        assertEquals(new PrintedSource("中国高新技术产业导报", ""), PrintedSourceFinder.find("x.txt",
                "中国高新技术产业导报 2021年12月13日 星期一                        5\n" + BODY));
        assertEquals(new PrintedSource("科技日报", "A3"), PrintedSourceFinder.find("x.txt", BODY + "\n科技日报　A3版\n"));
    }

    @Test
    void theFileNameGivesThemWhenThePageDoesNot() {
        assertEquals(new PrintedSource("中国高新技术产业导报", "3"),
                PrintedSourceFinder.find("中国高新技术产业导报_2021-12-07_第03版.txt", BODY));
        assertEquals(new PrintedSource("", "12"), PrintedSourceFinder.find("2021-12-07 第12版.txt", BODY));
        assertEquals(new PrintedSource("", "A3"), PrintedSourceFinder.find("20211207_A3版.TXT", BODY));
        assertEquals(PrintedSource.NONE, PrintedSourceFinder.find("000_0c56615beea04158.txt", BODY));
    }

    @Test
    void jumpLinesAndStoryLeadsAreNoMasthead() {
        assertEquals(PrintedSource.NONE, PrintedSourceFinder.find("p.txt", BODY + "（下转第4版）\n"));
        assertEquals(PrintedSource.NONE, PrintedSourceFinder.find("p.txt", "（上接第1版）\n" + BODY));
        assertEquals(PrintedSource.NONE, PrintedSourceFinder.find("p.txt", "本报讯\n" + BODY));
        assertEquals(new PrintedSource("", "2"), PrintedSourceFinder.find("第2版.txt", "（上接第1版）\n" + BODY));
    }
}
