package app.zonereader.exchange;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;

import java.time.Instant;
import java.util.List;

/** Annotations of every kind, with the text that breaks naive writers: quotes, commas, line breaks, Chinese, formulas. */
public final class Samples {
    public static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final ArticleKey ARTICLE = new ArticleKey(HASH, 2);
    public static final ArticleKey OTHER_ARTICLE = new ArticleKey(HASH, 5);
    public static final String BODY = "永川高新区推进\"产教融合\"，5家企业签约。=SUM(A1:A9) 职教*重点*项目#1 落地。";
    public static final Instant CREATED = Instant.parse("2024-05-01T08:00:00Z");
    public static final Instant MODIFIED = Instant.parse("2024-05-02T09:30:15.123456789Z");

    private Samples() {
    }

    public static Annotation highlight(String uuid, int start, int end, HighlightColor color, String note) {
        return new Annotation(7, uuid, ARTICLE, AnnotationKind.HIGHLIGHT, color, TextAnchor.of(BODY, start, end), note,
                CREATED, MODIFIED, AnchorStatus.ANCHORED);
    }

    public static Annotation whole(String uuid, ArticleKey article, AnnotationKind kind, String text) {
        return new Annotation(8, uuid, article, kind, HighlightColor.YELLOW, TextAnchor.WHOLE_ARTICLE, text, CREATED,
                CREATED, AnchorStatus.ANCHORED);
    }

    public static Annotation orphan(String uuid) {
        return new Annotation(9, uuid, ARTICLE, AnnotationKind.HIGHLIGHT, HighlightColor.PURPLE,
                new TextAnchor("已删除的句子", "前文", "后文", 40, 46), "孤立的笔记", CREATED, MODIFIED, AnchorStatus.ORPHANED);
    }

    /** One of each kind, an orphan among them, each with the article's details as a list shows them. */
    public static List<Annotation> everyKind() {
        return List.of(
                highlight("urn:uuid:00000000-0000-4000-8000-000000000001", 7, 13, HighlightColor.GREEN,
                        "注意：\"引号\", 逗号,\n第二行\r\n=1+1"),
                highlight("urn:uuid:00000000-0000-4000-8000-000000000002", 0, 5, HighlightColor.YELLOW, ""),
                whole("urn:uuid:00000000-0000-4000-8000-000000000003", ARTICLE, AnnotationKind.ARTICLE_NOTE,
                        "- 列表？ # 不是标题\n@提醒 +1"),
                whole("urn:uuid:00000000-0000-4000-8000-000000000004", OTHER_ARTICLE, AnnotationKind.BOOKMARK, ""),
                whole("urn:uuid:00000000-0000-4000-8000-000000000005", OTHER_ARTICLE, AnnotationKind.TAG, "产教融合"),
                orphan("urn:uuid:00000000-0000-4000-8000-000000000006"));
    }

    public static List<AnnotationRow> rows(List<Annotation> annotations) {
        return annotations.stream().map(Samples::row).toList();
    }

    public static AnnotationRow row(Annotation annotation) {
        boolean first = annotation.article().equals(ARTICLE);
        return new AnnotationRow(annotation, first ? 11 : 12, first ? "永川高新区：产教融合, \"新\"模式" : "@重庆 -高新区 动态",
                "永川高新区", "重庆", "2024-04-30", "cq-2024-04-30-p3.txt", List.of("职教", "=HYPERLINK(\"x\")"));
    }
}
