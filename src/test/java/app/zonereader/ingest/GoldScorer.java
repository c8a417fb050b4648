package app.zonereader.ingest;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the engine against a reference file in the gold format (see the "about" field of
 * src/test/resources/gold/seed-articles.json): segmentation per page × criterion, and zone attribution per item.
 * Shared by the gold tests of the bundled pages and of the unseen pages, so that both are judged by the same rules.
 */
final class GoldScorer {
    static final String[] CRITERIA = {"items", "kind", "title", "subtitle", "byline", "contain",
            "not_contain", "starts", "captions", "stretch"};

    /** A way of producing a page file's bytes from its name (the bundled file, or a re-rendering of it). */
    interface PageSource {
        byte[] bytes(String file) throws IOException;
    }

    private final boolean normalize;

    private GoldScorer(boolean normalize) {
        this.normalize = normalize;
    }

    static JsonNode load(String resource) throws IOException {
        try (InputStream in = GoldScorer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " missing from test resources");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    /**
     * Scores every page of the reference file {@code resource} read through {@code source}; fills {@code total} and
     * {@code failures}, returns the page × criterion table. With {@code normalized}, texts are compared in matching
     * form (Traditional = Simplified).
     */
    static String scoreSegmentation(String resource, PageSource source, Map<String, int[]> total,
                                    List<String> failures, boolean normalized) throws IOException {
        return new GoldScorer(normalized).segmentation(load(resource), source, total, failures);
    }

    /**
     * Zone attribution: for each reference item, the produced item holding its first must_contain text must carry the
     * reference zone (null: none). Adds one table row per item to {@code rows}; returns the mismatches.
     */
    static List<String> zoneMismatches(String resource, PageSource source, List<String> rows) throws IOException {
        JsonNode gold = load(resource);
        PagePipeline pipeline = PagePipeline.standard();
        List<String> mismatches = new ArrayList<>();
        for (JsonNode goldPage : gold.get("pages")) {
            String file = goldPage.get("file").asText();
            Page page = pipeline.process(file, source.bytes(file));
            for (JsonNode item : goldPage.get("items")) {
                String anchor = TextShape.squeeze(item.get("must_contain").get(0).asText());
                String expected = item.get("zone").isNull() ? "-" : item.get("zone").asText();
                Optional<Article> produced = page.items().stream()
                        .filter(a -> TextShape.squeeze(textOf(a)).contains(anchor)).findFirst();
                String actual = produced.map(a -> a.zone().map(Zone::shortName).orElse("-")).orElse("(item not found)");
                String label = item.path("title").isTextual() ? item.get("title").asText()
                        : item.get("kind").asText() + " " + anchor;
                rows.add(String.format("%-26s %-12s %-12s %s %s", file, expected, actual,
                        expected.equals(actual) ? "ok  " : "FAIL", label.length() > 24 ? label.substring(0, 24) : label));
                if (!expected.equals(actual)) {
                    mismatches.add(file + " \"" + label + "\": expected " + expected + ", got " + actual);
                }
            }
        }
        return mismatches;
    }

    private static String textOf(Article article) {
        return article.bodyText() + String.join("", article.photoCaptions());
    }

    private String segmentation(JsonNode gold, PageSource source, Map<String, int[]> total, List<String> failures)
            throws IOException {
        StringBuilder table = new StringBuilder("Segmenter gold score\n").append(String.format("%-26s", "page"));
        for (String criterion : CRITERIA) {
            table.append(String.format("%12s", criterion));
            total.put(criterion, new int[2]);
        }
        table.append('\n');
        for (JsonNode page : gold.get("pages")) {
            String file = page.get("file").asText();
            SegmentedPage segmented = new PageSegmenter().segment(Decoder.decode(source.bytes(file)).text());
            Map<String, int[]> scores = scorePage(file, page.get("items"), segmented.items(), failures);
            table.append(String.format("%-26s", file));
            for (String criterion : CRITERIA) {
                int[] s = scores.get(criterion);
                table.append(String.format("%12s", s[1] == 0 ? "-" : s[0] + "/" + s[1]));
                total.get(criterion)[0] += s[0];
                total.get(criterion)[1] += s[1];
            }
            table.append('\n');
        }
        table.append(String.format("%-26s", "TOTAL"));
        for (String criterion : CRITERIA) {
            int[] s = total.get(criterion);
            table.append(String.format("%12s", s[0] + "/" + s[1]));
        }
        table.append('\n');
        failures.forEach(f -> table.append("  miss: ").append(f).append('\n'));
        return table.toString();
    }

    private Map<String, int[]> scorePage(String file, JsonNode goldItems, List<SegmentedItem> items,
                                         List<String> failures) {
        Map<String, int[]> s = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            s.put(criterion, new int[2]);
        }
        List<String> bodies = new ArrayList<>();
        for (SegmentedItem item : items) {
            bodies.add(body(item));
        }
        for (JsonNode gold : goldItems) {
            String label = file + " / " + (gold.hasNonNull("title") ? gold.get("title").asText() : gold.get("kind").asText());
            int index = bestMatch(gold, bodies);
            check(s, failures, "items", index >= 0, label + ": no item found");
            SegmentedItem item = index >= 0 ? items.get(index) : null;
            String itemBody = index >= 0 ? bodies.get(index) : "";
            check(s, failures, "kind", item != null && item.kind() == ItemKind.fromCode(gold.get("kind").asText()),
                    label + ": kind" + (item == null ? "" : ", got " + item.kind()));
            String goldTitle = gold.hasNonNull("title") ? squeeze(gold.get("title").asText()) : "";
            if (gold.hasNonNull("subtitle")) {
                String goldSubtitle = squeeze(gold.get("subtitle").asText());
                boolean pair = item != null && ((squeeze(item.title()).equals(goldTitle)
                        && squeeze(item.subtitle()).equals(goldSubtitle))
                        || (squeeze(item.title()).equals(goldSubtitle) && squeeze(item.subtitle()).equals(goldTitle)));
                check(s, failures, "title", pair || (item != null && squeeze(item.subtitle()).equals(goldTitle)
                        && squeeze(item.title()).equals(goldSubtitle)), label + ": title");
                check(s, failures, "subtitle", pair, label + ": subtitle pair, got " + (item == null ? "-" : item.title()
                        + " | " + item.subtitle()));
            } else {
                check(s, failures, "title", item != null && squeeze(item.title()).equals(goldTitle),
                        label + ": title, got " + (item == null ? "-" : item.title()));
            }
            for (JsonNode name : gold.path("byline_names")) {
                String wanted = squeeze(name.asText());
                check(s, failures, "byline", item != null && squeeze(item.byline()).contains(wanted)
                        && !itemBody.contains(wanted), label + ": byline name " + name.asText());
            }
            for (JsonNode text : gold.path("must_contain")) {
                String wanted = squeeze(text.asText());
                boolean elsewhere = false;
                for (int k = 0; k < bodies.size(); k++) {
                    elsewhere |= k != index && bodies.get(k).contains(wanted);
                }
                check(s, failures, "contain", itemBody.contains(wanted) && !elsewhere, label + ": must_contain " + wanted);
            }
            for (JsonNode text : gold.path("must_not_contain")) {
                check(s, failures, "not_contain", item != null && !itemBody.contains(squeeze(text.asText())),
                        label + ": must_not_contain " + text.asText());
            }
            for (JsonNode text : gold.path("paragraph_starts")) {
                check(s, failures, "starts", item != null && startsAParagraph(item, squeeze(text.asText())),
                        label + ": no paragraph starts with " + text.asText());
            }
            for (JsonNode caption : gold.path("photo_captions")) {
                boolean found = false;
                if (item != null) {
                    for (String produced : item.photoCaptions()) {
                        found |= squeeze(produced).contains(squeeze(caption.asText()));
                    }
                }
                check(s, failures, "captions", found, label + ": caption " + caption.asText());
            }
            for (JsonNode text : gold.path("stretch")) {
                check(s, failures, "stretch", itemBody.contains(squeeze(text.asText())), label + ": stretch " + text.asText());
            }
        }
        return s;
    }

    private boolean startsAParagraph(SegmentedItem item, String wanted) {
        for (Paragraph paragraph : item.body()) {
            if (squeeze(paragraph.text()).startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    private int bestMatch(JsonNode gold, List<String> bodies) {
        int best = -1;
        int bestHits = 0;
        for (int k = 0; k < bodies.size(); k++) {
            int hits = 0;
            for (JsonNode text : gold.path("must_contain")) {
                if (bodies.get(k).contains(squeeze(text.asText()))) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = k;
            }
        }
        return best;
    }

    private static void check(Map<String, int[]> s, List<String> failures, String criterion, boolean ok,
                              String failure) {
        s.get(criterion)[1]++;
        if (ok) {
            s.get(criterion)[0]++;
        } else {
            failures.add(failure);
        }
    }

    private String body(SegmentedItem item) {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : item.body()) {
            text.append(paragraph.text());
        }
        return squeeze(text.toString());
    }

    private String squeeze(String text) {
        return TextShape.squeeze(normalize ? TextNormalizer.forMatching(text) : text);
    }
}
