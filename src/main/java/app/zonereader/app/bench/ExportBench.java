package app.zonereader.app.bench;

import app.zonereader.exchange.AnnotationWriters;
import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ExportFormat;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Times writing N annotations, held in memory as the library would list them, to a file in each export format:
 * what File → Export… costs beyond the query. Mostly highlights with notes in Chinese, some article notes, bookmarks
 * and tags; one article per five annotations.
 */
public final class ExportBench {
    private static final int WARM_UP_ROUNDS = 2;
    private static final String TEXT = "永川高新区坚持产教融合、产城融合，推动职业教育与产业发展同频共振，"
            + "今年已有12家企业与职业院校签约共建实训基地，培养技能人才3000余人。";

    private ExportBench() {
    }

    public static String run(Path dir, int annotations, int rounds) throws IOException {
        if (annotations < 1 || rounds < 1) {
            throw new IllegalArgumentException("annotations and rounds must be at least 1");
        }
        List<AnnotationRow> rows = rows(annotations);
        StringBuilder report = new StringBuilder(String.format(
                "Export benchmark: %,d annotations from memory, median of %d rounds after %d warm-up%n",
                annotations, rounds, WARM_UP_ROUNDS));
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("bench-export." + format.extension());
            double[] seconds = new double[rounds];
            for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
                long start = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    AnnotationWriters.forFormat(format).write(rows, out);
                }
                if (round >= 0) {
                    seconds[round] = (System.nanoTime() - start) / 1e9;
                }
            }
            Arrays.sort(seconds);
            report.append(String.format("  %-4s %.3f s   %,d bytes%n", format.extension(), seconds[rounds / 2],
                    Files.size(file)));
            Files.delete(file);
        }
        return report.toString().stripTrailing();
    }

    static List<AnnotationRow> rows(int count) {
        List<AnnotationRow> rows = new ArrayList<>(count);
        Instant time = Instant.parse("2024-05-01T08:00:00Z");
        for (int i = 0; i < count; i++) {
            ArticleKey article = new ArticleKey(String.format("%064x", i / 5), i % 40);
            AnnotationKind kind = i % 10 == 9 ? AnnotationKind.TAG : i % 10 == 8 ? AnnotationKind.BOOKMARK
                    : i % 10 == 7 ? AnnotationKind.ARTICLE_NOTE : AnnotationKind.HIGHLIGHT;
            int start = (i * 7) % (TEXT.length() - 20);
            TextAnchor anchor = kind == AnnotationKind.HIGHLIGHT ? TextAnchor.of(TEXT, start, start + 12) : TextAnchor.WHOLE_ARTICLE;
            String text = switch (kind) {
                case HIGHLIGHT -> i % 2 == 0 ? "这一段说明了产教融合的具体做法，值得在报告中引用。" : "";
                case ARTICLE_NOTE -> "整篇文章的要点：实训基地、技能人才、校企合作。";
                case TAG -> "产教融合";
                case BOOKMARK -> "";
            };
            Annotation annotation = new Annotation(i + 1, "urn:uuid:" + new UUID(i, i), article, kind,
                    HighlightColor.values()[i % HighlightColor.values().length], anchor, text, time.plusSeconds(i),
                    time.plusSeconds(i * 2L), i % 50 == 0 ? AnchorStatus.ORPHANED : AnchorStatus.ANCHORED);
            rows.add(new AnnotationRow(annotation, i / 5 + 1, "永川高新区推进产教融合 第" + i / 5 + "篇", "永川高新区", "重庆",
                    "2024-04-30", "page-" + i / 200 + ".txt", List.of("职教", "产教融合")));
        }
        return rows;
    }
}
