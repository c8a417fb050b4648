package app.zonereader.ingest;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The gazetteer's mentions of zones that really name the zone. A bare name (中关村, 张江: no 高新区 or 园区 in it) is
 * also the start of other names: a person's (种粮大户张江华, read by HanLP), a platform's glued to another name with a
 * middle dot (大学城·中关村青创汇), or a company's or a brand's in an article set in another city (张江药业 in a
 * 杭州 article). Only bare mentions pay for these checks, so the common case costs nothing. Thread-safe.
 */
final class ZoneMentionFilter {
    /** Bare names this short (张江) can also be the start of a person's name (张江华). */
    private static final int PERSON_NAME_MAX = 3;
    private static final String MIDDLE_DOTS = "·•‧・";

    private final ZoneGazetteer gazetteer;
    private final HanlpWords words;
    private final ZoneSetting setting;

    ZoneMentionFilter(ZoneGazetteer gazetteer, HanlpWords words, ZoneSetting setting) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.setting = setting;
    }

    /** The mentions in {@code text} that name a zone; {@code places} gives the article's setting when asked. */
    List<ZoneMention> mentions(String text, Supplier<Set<String>> places) {
        String folded = Norm.of(text);
        List<ZoneMention> all = gazetteer.mentionsInNormalised(text, folded);
        List<ZoneMention> kept = new ArrayList<>(all.size());
        List<Term> terms = null;
        for (ZoneMention mention : all) {
            if (isBare(mention)) {
                if (gluedByMiddleDot(text, mention) || setting.setElsewhere(places.get(), mention.zone())) {
                    continue;
                }
                if (mention.end() - mention.start() <= PERSON_NAME_MAX) {
                    if (terms == null) {
                        terms = words.terms(folded);
                    }
                    if (insidePersonName(terms, mention)) {
                        continue;
                    }
                }
            }
            kept.add(mention);
        }
        return kept;
    }

    /** A name without 区 or 园 (中关村, 张江, 张江科学城) is a place name other names can be built on. */
    private static boolean isBare(ZoneMention mention) {
        return !mention.surface().contains("区") && !mention.surface().contains("園")
                && !mention.surface().contains("园") && !mention.surface().contains("區");
    }

    private static boolean gluedByMiddleDot(String text, ZoneMention mention) {
        return (mention.start() > 0 && MIDDLE_DOTS.indexOf(text.charAt(mention.start() - 1)) >= 0)
                || (mention.end() < text.length() && MIDDLE_DOTS.indexOf(text.charAt(mention.end())) >= 0);
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
}
