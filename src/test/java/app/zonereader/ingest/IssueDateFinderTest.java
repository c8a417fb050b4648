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
}
