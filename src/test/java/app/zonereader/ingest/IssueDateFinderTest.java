package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IssueDateFinderTest {
    private static final String BODY = "本报讯 2019年8月30日，长城汽车重庆永川工厂竣工投产。\n下一步，园区将继续推进。\n";

    @Test
    void aMastheadOrFooterDateLineIsTheIssueDate() {
        assertEquals(Optional.of(LocalDate.of(2021, 12, 7)),
                IssueDateFinder.find("page.txt", "中国高新技术产业导报 2021年12月7日 星期二 第5版\n" + BODY));
        assertEquals(Optional.of(LocalDate.of(2023, 5, 8)),
                IssueDateFinder.find("page.txt", BODY + "\n２０２３年５月８日\n"));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 13)), IssueDateFinder.find("page.txt",
                "中国高新技术产业导报 2021年12月13日 星期一                                   5\n" + BODY),
                "a masthead spread across the page width with spaces");
    }

    @Test
    void aDateInsideASentenceIsNewsNotTheIssueDate() {
        assertEquals(Optional.empty(), IssueDateFinder.find("000_0c56615beea04158.txt", BODY));
    }

    @Test
    void otherwiseTheFileNameMayCarryIt() {
        assertEquals(Optional.of(LocalDate.of(2021, 12, 7)), IssueDateFinder.find("导报-2021-12-07-05版.txt", BODY));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 7)), IssueDateFinder.find("20211207_05.txt", BODY));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 7)), IssueDateFinder.find("2021年12月7日.txt", BODY));
    }

    @Test
    void hashesAndImpossibleDatesAreNoDates() {
        assertEquals(Optional.empty(), IssueDateFinder.find("004_99fbd698b884f173.txt", BODY));
        assertEquals(Optional.empty(), IssueDateFinder.find("a3f20211207e.txt", BODY));
        assertEquals(Optional.empty(), IssueDateFinder.find("2021-13-40.txt", "2021年2月30日\n"));
    }

    @Test
    void onlyTheSixLinesAtEachEdgeOfALongPageCount() {
        StringBuilder page = new StringBuilder("报头\n\n");
        for (int i = 1; i <= 20; i++) {
            page.append("短行").append(i).append(i == 7 ? " 2020年1月2日" : "").append("\n\n");
        }
        assertEquals(Optional.empty(), IssueDateFinder.find("page.txt", page.toString()));
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), IssueDateFinder.find("page.txt", page.toString()
                .replace("短行1\n", "短行1 2020年1月2日\n").replace(" 2020年1月2日\n\n短行8", "\n\n短行8")));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 4)), IssueDateFinder.find("page.txt", page + "2022年3月4日\n\n\n"));
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), IssueDateFinder.find("page.txt", "甲\n乙\n丙\n丁\n戊\n己\n庚 2020年1月2日\n辛"));
    }
}
