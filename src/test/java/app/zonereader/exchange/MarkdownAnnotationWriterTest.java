package app.zonereader.exchange;

import app.zonereader.model.AnnotationRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per article: headline, zone, citation, bookmark, tags, notes, then each highlight quoted with its note beneath. */
class MarkdownAnnotationWriterTest {
    @Test
    void eachArticleOnceWithItsHighlightsQuotedAndNotesBeneath() throws Exception {
        String md = export(Samples.rows(Samples.everyKind()));
        assertEquals("""
                # ZoneReader annotations

                ## 永川高新区：产教融合, "新"模式

                Zone: 永川高新区, 重庆 \s
                Source: 永川高新区：产教融合, "新"模式, 2024-04-30, cq-2024-04-30-p3.txt, 永川高新区. <%1$s>

                Tags: 职教, =HYPERLINK("x")

                > "产教融合"

                *green*

                注意："引号", 逗号,
                第二行
                \\=1+1

                > 永川高新区

                *yellow*

                ### Note

                \\- 列表？ # 不是标题
                @提醒 +1

                > 已删除的句子

                *purple, orphaned: this text is no longer in the article*

                孤立的笔记

                ## @重庆 -高新区 动态

                Zone: 永川高新区, 重庆 \s
                Source: @重庆 -高新区 动态, 2024-04-30, cq-2024-04-30-p3.txt, 永川高新区. <%2$s>

                **Bookmarked**

                Tags: 职教, =HYPERLINK("x")
                """.formatted(Samples.ARTICLE.uri(), Samples.OTHER_ARTICLE.uri()), md);
    }

    @Test
    void markupInUserTextIsEscaped() {
        assertEquals("\\*bold\\* \\_x\\_ \\[link\\](y) \\<b\\> \\`code\\` a\\|b \\~s\\~ \\&amp; \\!\\[i\\]",
                MarkdownText.escape("*bold* _x_ [link](y) <b> `code` a|b ~s~ &amp; ![i]"));
        assertEquals("\\# 标题\n\\> 引用\n\\- 列表\n\\+ 项\n1\\. 一\n  2\\) 二\n\\===\n\\\\反斜杠",
                MarkdownText.escape("# 标题\n> 引用\n- 列表\n+ 项\n1. 一\n  2) 二\n===\n\\反斜杠"));
        assertEquals("a-b 1.5 C#", MarkdownText.escape("a-b 1.5 C#"), "only line starts open blocks");
        String noBreak = "\u00A0";
        assertEquals(noBreak.repeat(6) + "缩进\n" + noBreak.repeat(4) + "制表\n   三格",
                MarkdownText.escape("      缩进\n\t制表\n   三格"), "no code blocks; three spaces are harmless");
    }

    @Test
    void anArticleNoLongerInTheLibraryIsNamedByItsUri() throws Exception {
        AnnotationRow gone = new AnnotationRow(Samples.orphan("urn:uuid:1"), 0, "", "", "", "", "", List.of());
        String md = export(List.of(gone));
        assertTrue(md.contains("## (article no longer in the library)"), md);
        assertTrue(md.contains("<" + Samples.ARTICLE.uri() + ">"), md);
        assertFalse(md.contains("Zone:"), md);
    }

    private static String export(List<AnnotationRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownAnnotationWriter().write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
