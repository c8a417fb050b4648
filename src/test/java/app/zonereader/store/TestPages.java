package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.WarningCode;
import app.zonereader.model.Zone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Deterministic pages for tests: sentences of the bundled sample pages recombined into articles. */
final class TestPages {
    static final Zone YONGCHUAN = new Zone("重庆永川高新技术产业开发区", "永川高新区", List.of("永川国家高新区"), "重庆", "重庆", 2018);
    static final Zone ZHONGGUANCUN = new Zone("中关村科技园区", "中关村", List.of("中关村示范区"), "北京", "北京", 1988);
    static final Zone BAODING = new Zone("保定高新技术产业开发区", "保定高新区", List.of(), "河北", "保定", 1992);
    static final List<Zone> ZONES = List.of(YONGCHUAN, ZHONGGUANCUN, BAODING);
    private static final String[] PAGES = {"000_0c56615beea04158.txt", "001_28ef76bb3436f339.txt",
            "002_57a17f79c1becd8a.txt", "003_649a32514eda23dc.txt", "004_99fbd698b884f173.txt"};

    private final List<String> sentences;
    private final Random random;

    TestPages(long seed) {
        this.sentences = sentences();
        this.random = new Random(seed);
    }

    /** A page of {@code items} generated articles; its hash is derived from {@code number}. */
    Page page(int number, int items) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            articles.add(article());
        }
        return new Page("page-" + number + ".txt", String.format("%064x", number), articles, List.of(IngestWarning.of(WarningCode.LEGACY, "warning " + number)),
                List.of());
    }

    Article article() {
        List<Paragraph> body = new ArrayList<>();
        int paragraphs = 2 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            body.add(p > 0 && random.nextInt(6) == 0 ? Paragraph.heading(text.toString()) : Paragraph.text(text.toString()));
        }
        Optional<Zone> zone = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(ZONES.get(random.nextInt(ZONES.size())));
        String title = sentences.get(random.nextInt(sentences.size()));
        title = title.substring(0, Math.min(title.length(), 8 + random.nextInt(10)));
        return new Article(ItemKind.ARTICLE, title, "", "本报记者 王" + random.nextInt(100), List.of("王" + random.nextInt(100)),
                zone, body, List.of(), List.of(random.nextBoolean() ? "科技创新" : "产城融合"),
                List.of(new KeyFigure(KeyFigureKind.PERCENT, "90%", 90, "%", "增长90%。")), List.of());
    }

    /** Sentences of the sample pages with the hard line breaks of the print layout removed. */
    static List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        for (String name : PAGES) {
            String text = resource("/assets/pages/" + name).replaceAll("\\s*\\n\\s*", "");
            for (String sentence : text.split("(?<=[。！？])")) {
                if (sentence.length() >= 6) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    private static String resource(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
