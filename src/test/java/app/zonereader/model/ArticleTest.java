package app.zonereader.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleTest {
    private static Article untitled(String... paragraphs) {
        return new Article(ItemKind.AD, "", "", "", List.of(), Optional.empty(),
                java.util.Arrays.stream(paragraphs).map(Paragraph::text).toList(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void displayTitleOfAnUntitledItemIsOneLineCutAt24Characters() {
        assertEquals("乡村振兴 文化赋能 热烈祝贺 中国作家益阳文学周…",
                untitled("乡村振兴 文化赋能", "热烈祝贺 中国作家益阳文学周活动 隆重举行").displayTitle());
        assertEquals("短", untitled("短").displayTitle());
    }

    @Test
    void bodyTextJoinsParagraphsWithNewlines() {
        assertEquals("甲\n乙", untitled("甲", "乙").bodyText());
    }
}
