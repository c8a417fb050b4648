package app.zonereader.ingest;

import app.zonereader.model.Paragraph;
import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which zone an item is mostly about, from the zone names in it.
 * <p>
 * A headline names the subject (its first zone), so a mention there outweighs several in the body; the subtitle and
 * the lead paragraph come next; elsewhere every mention counts once. No zone is better than a wrong one, so the item
 * is not attributed when two zones score the same; when no headline names a zone and several zones share the body
 * without one holding half the mentions, unless one is named in the lead and again later (a round-up of zones); or
 * when a zone is named once, outside the headline, in a sentence listing two or more districts or parks (a city's
 * round-up or plan, {@link PeerPlaces}): that zone does not count. A name that only contains a zone's name is no mention ({@link ZoneMentionFilter}).
 * 高新区 alone counts for the one zone of the city the heading, dateline or source names ({@link ZoneSetting}) when
 * it is the article's subject: in the headline, or twice. Thread-safe.
 */
public final class ZoneAttributor {
    static final double TITLE_WEIGHT = 10;
    static final double SUBTITLE_WEIGHT = 6;
    static final double LEAD_WEIGHT = 3;
    static final double BODY_WEIGHT = 1;
    /** From this many zones named only in the body, the winner must hold half the mentions. */
    static final int ROUND_UP_ZONES = 3;
    /** From this many districts or parks, a zone named once outside the headline is one item of a list. */
    static final int ROUND_UP_PEERS = 2;
    private static final String SENTENCE_ENDS = "。！？；!?;\n";
    /** How often 高新区 alone must be written in the body (when not in the headline) to be the article's subject. */
    static final int BARE_SUBJECT_MENTIONS = 2;

    private final ZoneSetting setting;
    private final ZoneMentionFilter filter;
    private final PeerPlaces peers;
    private final UnknownZoneNames unknownNames;

    public ZoneAttributor(ZoneGazetteer gazetteer, HanlpWords words) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(words, "words");
        this.setting = new ZoneSetting(gazetteer);
        this.filter = new ZoneMentionFilter(gazetteer, words, setting);
        this.peers = new PeerPlaces(words);
        this.unknownNames = new UnknownZoneNames(gazetteer, words);
    }

    /** The zone the item is mostly about; empty when no zone is named or none stands out (see {@link #choose}). */
    public Optional<Zone> attribute(SegmentedItem item) {
        return choose(score(item));
    }

    /** Same as {@link #attribute(SegmentedItem)} for loose text: a headline, a subtitle and body paragraphs. */
    public Optional<Zone> attribute(String title, String subtitle, List<String> paragraphs) {
        return choose(score(title, subtitle, "", paragraphs));
    }

    /** The zones named in the item, best first. */
    public List<ZoneScore> score(SegmentedItem item) {
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : item.body()) {
            paragraphs.add(paragraph.text());
        }
        paragraphs.addAll(item.photoCaptions());
        return score(item.title(), item.subtitle(), (item.byline() + "\n" + item.source()).strip(), paragraphs);
    }

    /** The zones named in a headline, subtitle and paragraphs (the first one being the lead), best first. */
    public List<ZoneScore> score(String title, String subtitle, List<String> paragraphs) {
        return score(title, subtitle, "", paragraphs);
    }

    /**
     * The zones named in a headline, subtitle, credits (byline and source lines) and paragraphs (the first one being
     * the lead), best first.
     */
    public List<ZoneScore> score(String title, String subtitle, String credits, List<String> paragraphs) {
        List<String> body = paragraphs.stream().filter(paragraph -> !paragraph.isBlank()).toList();
        String lead = body.isEmpty() ? "" : body.get(0);
        Places places = new Places(List.of(title, subtitle, credits), lead);
        Map<Zone, Tally> tallies = new LinkedHashMap<>();
        int offset = countTitle(title, places, tallies);
        offset = count(subtitle, SUBTITLE_WEIGHT, offset, places, tallies);
        tallies.values().forEach(tally -> tally.inHeadline = true);
        for (int i = 0; i < body.size(); i++) {
            offset = count(body.get(i), i == 0 ? LEAD_WEIGHT : BODY_WEIGHT, offset, places, tallies);
        }
        if (tallies.isEmpty()) {
            countBareZone(title, subtitle, body, places, tallies);
        }
        dropListedOnce(tallies);
        List<ZoneScore> scores = new ArrayList<>();
        tallies.forEach((zone, tally) -> scores.add(new ZoneScore(zone, tally.score, tally.mentions, tally.firstOffset,
                tally.inHeadline, tally.inLead)));
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
        if (!best.inHeadline() && ranked.size() >= ROUND_UP_ZONES && best.mentions() * 2 < allMentions
                && !leadsAndRecurs(best, ranked)) {
            return Optional.empty();
        }
        return Optional.of(best.zone());
    }

    /** Named in the lead, again later, and more often than any other zone: the subject of a body-only article. */
    private static boolean leadsAndRecurs(ZoneScore best, List<ZoneScore> ranked) {
        return best.inLead() && best.mentions() >= 2 && best.mentions() > ranked.get(1).mentions();
    }

    /**
     * Names that look like zones (X高新区, X高新技术产业开发区) but are not in the gazetteer, in order of appearance,
     * without repeats; for the import report.
     */
    public List<String> unknownZoneNames(String text) {
        return unknownNames.find(text);
    }

    /** Headlines put their subject first ("A与B携手"), so other zones in the headline weigh like a subtitle. */
    private int countTitle(String title, Places places, Map<Zone, Tally> tallies) {
        List<ZoneMention> mentions = filter.mentions(title, places::get);
        for (ZoneMention mention : mentions) {
            double weight = mention.zone().equals(mentions.get(0).zone()) ? TITLE_WEIGHT : SUBTITLE_WEIGHT;
            tallies.computeIfAbsent(mention.zone(), zone -> new Tally(mention.start())).add(weight);
        }
        return title.length() + 1;
    }

    private int count(String text, double weight, int offset, Places places, Map<Zone, Tally> tallies) {
        for (ZoneMention mention : filter.mentions(text, places::get)) {
            Tally tally = tallies.computeIfAbsent(mention.zone(), zone -> new Tally(offset + mention.start()));
            if (tally.mentions == 0) {
                tally.firstSentence = sentenceAround(text, mention);
            }
            tally.add(weight);
            tally.inLead |= weight == LEAD_WEIGHT;
        }
        return offset + text.length() + 1;
    }

    /** 高新区 alone, as the subject (in the headline or twice), for the one zone of the city the article is set in. */
    private void countBareZone(String title, String subtitle, List<String> body, Places places,
                               Map<Zone, Tally> tallies) {
        int inHeading = ZoneNames.bareCount(Norm.of(title)) + ZoneNames.bareCount(Norm.of(subtitle));
        int inBody = 0;
        for (String paragraph : body) {
            inBody += ZoneNames.bareCount(Norm.of(paragraph));
        }
        if (inHeading == 0 && inBody < BARE_SUBJECT_MENTIONS) {
            return;
        }
        int total = inHeading + inBody;
        setting.onlyZoneOf(places.get()).ifPresent(zone -> {
            Tally tally = new Tally(0);
            for (int i = 0; i < total; i++) {
                tally.add(inHeading > 0 && i == 0 ? TITLE_WEIGHT : BODY_WEIGHT);
            }
            tally.inHeadline = inHeading > 0;
            tallies.put(zone, tally);
        });
    }

    /**
     * A zone named once outside the headline, in a sentence that also names several districts or parks, is one item
     * of a list (a city's round-up or plan), not the article's subject.
     */
    private void dropListedOnce(Map<Zone, Tally> tallies) {
        // a round-up names several zones once in the same sentence: segment that sentence once, not once per zone
        Map<String, Integer> peersBySentence = new HashMap<>();
        tallies.values().removeIf(tally -> !tally.inHeadline && tally.mentions == 1
                && peersBySentence.computeIfAbsent(tally.firstSentence, sentence -> peers.in(List.of(sentence)).size())
                >= ROUND_UP_PEERS);
    }

    /** The sentence of {@code text} around a mention: from the previous to the next 。！？；. */
    private static String sentenceAround(String text, ZoneMention mention) {
        int start = mention.start();
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = mention.end();
        while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The article's setting, found only when a rule asks for it (most articles name their zone plainly). */
    private final class Places {
        private final List<String> headingLines;
        private final String lead;
        private Set<String> found;

        private Places(List<String> headingLines, String lead) {
            this.headingLines = headingLines;
            this.lead = lead;
        }

        private Set<String> get() {
            if (found == null) {
                found = setting.placesOf(headingLines, lead);
            }
            return found;
        }
    }

    private static final class Tally {
        private final int firstOffset;
        private double score;
        private int mentions;
        private boolean inHeadline;
        private boolean inLead;
        /** The sentence of the first mention outside the headline; "" for a headline mention. */
        private String firstSentence = "";

        private Tally(int firstOffset) {
            this.firstOffset = firstOffset;
        }

        private void add(double weight) {
            score += weight;
            mentions++;
        }
    }
}
