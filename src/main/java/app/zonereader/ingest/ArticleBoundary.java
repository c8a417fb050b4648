package app.zonereader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether headline-shaped lines printed between two paragraphs of an article open a new article (headline-first
 * layouts: runs of articles, each headline on top) or are an intertitle of the article being read. Decided from
 * evidence on both sides of the lines, each cue scored; a new article needs {@link #THRESHOLD} points.
 * <ul>
 *   <li>The lines: numbered (一、（一）1.) is an intertitle (−4); a headline over a run of zone news names its zone
 *       (+1), an intertitle need not, its story has named it (−1); a phrase of six characters or fewer is an
 *       intertitle's size (−1), fifteen or more a headline's (+1).</li>
 *   <li>Above: a paragraph closed with 。 may end an article (+1); one cut mid-sentence does not (−2); an article with
 *       intertitles already or with its byline at the top is a feature, which has more (−1 each).</li>
 *   <li>Below: a news lead (近日, 11月8日, 记者从) opens an article more often than a section does (+1). A dateline
 *       (新华社合肥11月3日电) needs no score: like 本报讯 it always opens one ({@link LineClassifier#isDateline}).</li>
 *   <li>Both sides: a zone in the lines that the article never names and the text below does (+3); zones below, all
 *       of them absent above (+1, and +1 more when the
 *       paragraph opens with one: it is its subject), or one shared (−1); little vocabulary shared with the article (+1), much (−1).</li>
 * </ul>
 */
final class ArticleBoundary {
    /** Points from which the lines open a new article. */
    static final int THRESHOLD = 3;
    /** From this many characters on, lines are a headline's length rather than an intertitle's. */
    private static final int HEADLINE_LENGTH = 15;
    /** The longest intertitle-sized phrase ("明确新的方向", "金融"). */
    private static final int SHORT_PHRASE = 6;
    /** Below this share of its character pairs found above, the text below talks of something else. */
    private static final double LITTLE_SHARED = 0.35;
    /** From this share on, the text below goes on with the article's subject. */
    private static final double MUCH_SHARED = 0.6;

    /** The score and the cues that made it, for tests and for a reader of the log. */
    record Verdict(int score, List<String> cues) {
        boolean opensArticle() {
            return score >= THRESHOLD;
        }
    }

    private ArticleBoundary() {
    }

    /**
     * @param article  the article being read (it has text)
     * @param headline the headline-shaped lines printed after its text
     * @param below    the paragraph printed after them
     */
    static Verdict weigh(Draft article, List<String> headline, String below) {
        List<String> cues = new ArrayList<>();
        int score = 0;
        String lines = String.join("", headline);
        String first = Norm.of(headline.get(0)).strip();
        String next = Norm.of(below).strip();
        if (TextShape.startsEnumeratedHeading(first)) {
            score += cue(cues, "numbered", -4);
        }
        Set<String> headlineZones = BigramSimilarity.zoneKeys(lines);
        if (!headlineZones.isEmpty()) {
            score += cue(cues, "names a zone", 1);
        } else {
            score += cue(cues, "names no zone", -1);
            if (TextShape.hanCount(lines) <= SHORT_PHRASE) {
                score += cue(cues, "short phrase", -1);
            }
        }
        if (TextShape.hanCount(lines) >= HEADLINE_LENGTH) {
            score += cue(cues, "headline length", 1);
        }
        String above = article.body.isEmpty() ? "" : article.body.get(article.body.size() - 1).text();
        if (TextShape.endsSentence(above)) {
            score += cue(cues, "closed above", 1);
        } else if (TextShape.endsMidSentence(above)) {
            score += cue(cues, "cut above", -2);
        }
        if (article.body.stream().anyMatch(Draft.Para::heading)) {
            score += cue(cues, "has intertitles", -1);
        }
        if (!article.bylineParts.isEmpty() && !article.endedWithByline) {
            score += cue(cues, "feature", -1);
        }
        if (TextShape.startsNewThought(next)) {
            score += cue(cues, "news lead below", 1);
        }
        String articleText = article.text();   // built from its parts: once, not per use
        Set<String> articleZones = BigramSimilarity.zoneKeys(articleText);
        Set<String> belowZones = BigramSimilarity.zoneKeys(below);
        if (headlineZones.stream().anyMatch(zone -> !articleZones.contains(zone) && belowZones.contains(zone))) {
            score += cue(cues, "new zone in headline and below", 3);
        }
        if (!belowZones.isEmpty() && !articleZones.isEmpty()) {
            boolean shared = belowZones.stream().anyMatch(articleZones::contains);
            score += shared ? cue(cues, "zone shared", -1) : cue(cues, "other zones below", 1);
            if (!shared && ZoneNames.opensWithName(below)) {
                score += cue(cues, "below opens with another zone", 1);
            }
        }
        double shared = BigramSimilarity.shareFoundIn(BigramSimilarity.bigrams(lines + below), articleText);
        if (shared < LITTLE_SHARED) {
            score += cue(cues, "little vocabulary shared", 1);
        } else if (shared >= MUCH_SHARED) {
            score += cue(cues, "much vocabulary shared", -1);
        }
        return new Verdict(score, cues);
    }

    private static int cue(List<String> cues, String name, int points) {
        cues.add(name + " " + (points > 0 ? "+" : "") + points);
        return points;
    }
}
