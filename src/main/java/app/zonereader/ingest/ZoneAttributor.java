package app.zonereader.ingest;

import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which zone an item is mostly about, from the zone names in it.
 * <p>
 * A headline names the subject (its first zone), so a mention there outweighs several in the body; the subtitle and
 * the lead paragraph come next; elsewhere every mention counts once. The item is not attributed when two zones score the same, or when
 * no headline names a zone and several zones share the body without one holding half the mentions (a round-up):
 * no zone is better than a wrong one. Thread-safe.
 */
public final class ZoneAttributor {
    static final double TITLE_WEIGHT = 10;
    static final double SUBTITLE_WEIGHT = 6;
    static final double LEAD_WEIGHT = 3;
    static final double BODY_WEIGHT = 1;
    /** From this many zones named only in the body, the winner must hold half the mentions. */
    static final int ROUND_UP_ZONES = 3;

    /** Bare names this short (张江) can also be the start of a person's name (张江华). */
    private static final int BARE_NAME_MAX = 3;

    private final ZoneGazetteer gazetteer;
    private final HanlpWords words;
    private final UnknownZoneNames unknownNames;

    public ZoneAttributor(ZoneGazetteer gazetteer, HanlpWords words) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.words = Objects.requireNonNull(words, "words");
        this.unknownNames = new UnknownZoneNames(gazetteer, words);
    }

    /** The zone the item is mostly about; empty when no zone is named or none stands out (see {@link #choose}). */
    public Optional<Zone> attribute(SegmentedItem item) {
        return choose(score(item));
    }

    /** Same as {@link #attribute(SegmentedItem)} for loose text: a headline, a subtitle and body paragraphs. */
    public Optional<Zone> attribute(String title, String subtitle, List<String> paragraphs) {
        return choose(score(title, subtitle, paragraphs));
    }

    /** The zones named in the item, best first. */
    public List<ZoneScore> score(SegmentedItem item) {
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : item.body()) {
            paragraphs.add(paragraph.text());
        }
        paragraphs.addAll(item.photoCaptions());
        return score(item.title(), item.subtitle(), paragraphs);
    }

    /** The zones named in a headline, subtitle and paragraphs (the first one being the lead), best first. */
    public List<ZoneScore> score(String title, String subtitle, List<String> paragraphs) {
        Map<Zone, Tally> tallies = new LinkedHashMap<>();
        int offset = 0;
        offset = countTitle(title, offset, tallies);
        offset = count(subtitle, SUBTITLE_WEIGHT, offset, tallies);
        tallies.values().forEach(tally -> tally.inHeadline = true);
        boolean lead = true;
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                continue;
            }
            offset = count(paragraph, lead ? LEAD_WEIGHT : BODY_WEIGHT, offset, tallies);
            lead = false;
        }
        List<ZoneScore> scores = new ArrayList<>();
        tallies.forEach((zone, tally) -> scores.add(new ZoneScore(zone, tally.score, tally.mentions, tally.firstOffset,
                tally.inHeadline)));
        scores.sort(Comparator.comparingDouble(ZoneScore::score).reversed().thenComparingInt(ZoneScore::firstOffset));
        return scores;
    }

    /** The winner of a ranking from {@link #score}; empty when there is none, the first two tie, or none dominates. */
    public static Optional<Zone> choose(List<ZoneScore> ranked) {
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        ZoneScore best = ranked.get(0);
        if (ranked.size() > 1 && best.score() == ranked.get(1).score()) {
            return Optional.empty();
        }
        int allMentions = ranked.stream().mapToInt(ZoneScore::mentions).sum();
        if (!best.inHeadline() && ranked.size() >= ROUND_UP_ZONES && best.mentions() * 2 < allMentions) {
            return Optional.empty();
        }
        return Optional.of(best.zone());
    }

    /**
     * Names that look like zones (X高新区, X高新技术产业开发区) but are not in the gazetteer, in order of appearance,
     * without repeats; for the import report.
     */
    public List<String> unknownZoneNames(String text) {
        return unknownNames.find(text);
    }

    /** Headlines put their subject first ("A与B携手"), so other zones in the headline weigh like a subtitle. */
    private int countTitle(String title, int offset, Map<Zone, Tally> tallies) {
        List<ZoneMention> mentions = mentions(title);
        for (ZoneMention mention : mentions) {
            double weight = mention.zone().equals(mentions.get(0).zone()) ? TITLE_WEIGHT : SUBTITLE_WEIGHT;
            tallies.computeIfAbsent(mention.zone(), zone -> new Tally(offset + mention.start())).add(weight);
        }
        return offset + title.length() + 1;
    }

    private int count(String text, double weight, int offset, Map<Zone, Tally> tallies) {
        for (ZoneMention mention : mentions(text)) {
            tallies.computeIfAbsent(mention.zone(), zone -> new Tally(offset + mention.start()))
                    .add(weight);
        }
        return offset + text.length() + 1;
    }

    /**
     * The gazetteer's mentions, less a short bare name that HanLP reads as part of a person's name ("种粮大户张江华说"
     * names a farmer, not 张江). Segmenting only when such a mention occurs keeps the common case free.
     */
    private List<ZoneMention> mentions(String text) {
        List<ZoneMention> all = gazetteer.mentions(text);
        List<ZoneMention> kept = new ArrayList<>(all.size());
        List<Term> terms = null;
        for (ZoneMention mention : all) {
            if (mention.end() - mention.start() <= BARE_NAME_MAX && !mention.surface().contains("区")) {
                if (terms == null) {
                    terms = words.terms(TextNormalizer.forMatching(text));
                }
                if (insidePersonName(terms, mention)) {
                    continue;
                }
            }
            kept.add(mention);
        }
        return kept;
    }

    private static boolean insidePersonName(List<Term> terms, ZoneMention mention) {
        int offset = 0;
        for (Term term : terms) {
            int end = offset + term.word.length();
            if (offset <= mention.start() && end >= mention.end()) {
                return end - offset > mention.end() - mention.start() && term.nature.startsWith("nr");
            }
            offset = end;
        }
        return false;
    }

    private static final class Tally {
        private final int firstOffset;
        private double score;
        private int mentions;
        private boolean inHeadline;

        private Tally(int firstOffset) {
            this.firstOffset = firstOffset;
        }

        private void add(double weight) {
            score += weight;
            mentions++;
        }
    }
}
