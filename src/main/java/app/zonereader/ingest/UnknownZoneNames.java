package app.zonereader.ingest;

import app.zonereader.model.Zone;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names shaped like a zone's ({@link ZoneNames#suffixes}: X高新区, X国家高新区, X高新技术产业开发区) that the
 * gazetteer does not know: provincial zones, new zones or misspellings, worth listing in the import report.
 * <p>
 * Only a place can be X. The words before the suffix are segmented by HanLP without its person-name guesser (which,
 * given a few characters alone, takes a verb such as 宣传 or a phrase such as 居全国 for a name), and X is the word
 * right before the suffix: a dictionary place name (ns), a proper name (nr, nz, nt: HanLP's dictionary tags many
 * county names so) or an abbreviation (j), of 2–4 Han characters and not a generic word (全国, 省级 …); or a city or
 * province the gazetteer knows. A verb (宣传高新区, 推动高新区), a modifier (助力) or a common noun (高新区高新区) is
 * never a zone's place.
 */
final class UnknownZoneNames {
    private static final Set<String> GENERIC = Set.of("全国", "国家", "我国", "全省", "全市", "全区", "省级", "市级", "县级",
            "其他", "其它", "县域", "市域", "区域", "沿海", "西部", "中部", "东部", "各类", "相关", "新区", "园区", "这些",
            "一批", "首批", "多个", "部分", "所在", "本市", "本省");
    /** How many characters before the suffix are segmented with it: enough for HanLP to see the sentence. */
    private static final int CONTEXT = 8;
    private static final int MIN_PLACE = 2;
    private static final int MAX_PLACE = 4;

    private final ZoneGazetteer gazetteer;
    private final HanlpWords words;
    private final Set<String> knownPlaces;

    UnknownZoneNames(ZoneGazetteer gazetteer, HanlpWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.knownPlaces = citiesAndProvinces(gazetteer);
    }

    List<String> find(String text) {
        String normalised = Norm.of(text);
        boolean[] known = new boolean[normalised.length()];
        for (ZoneMention mention : gazetteer.mentionsInNormalised(text, normalised)) {
            Arrays.fill(known, mention.start(), mention.end(), true);
        }
        Set<String> names = new LinkedHashSet<>();
        for (ZoneNames.Suffix suffix : ZoneNames.suffixes(normalised)) {
            if (known[suffix.suffixStart()]) {
                continue;
            }
            int contextStart = suffix.start();
            while (contextStart > 0 && suffix.start() - contextStart < CONTEXT && !known[contextStart - 1]
                    && isHan(normalised.charAt(contextStart - 1))) {
                contextStart--;
            }
            String suffixText = normalised.substring(suffix.suffixStart(), suffix.end());
            placeBefore(normalised.substring(contextStart, suffix.end()), suffix.start() - contextStart)
                    .ifPresent(place -> names.add(place + suffixText));
        }
        return new ArrayList<>(names);
    }

    /** The word of {@code context} that ends at {@code at} (where the suffix starts), if it can be a zone's place. */
    private Optional<String> placeBefore(String context, int at) {
        if (at < MIN_PLACE) {
            return Optional.empty();
        }
        int offset = 0;
        for (Term term : words.keywordTerms(context)) {
            int end = offset + term.word.length();
            if (end == at) {
                return isPlace(term) ? Optional.of(term.word) : Optional.empty();
            }
            if (end > at) {
                // HanLP read the place and the suffix as one word: a known zone form, or no name at all
                return Optional.empty();
            }
            offset = end;
        }
        return Optional.empty();
    }

    private boolean isPlace(Term term) {
        String word = term.word;
        if (word.length() < MIN_PLACE || word.length() > MAX_PLACE || GENERIC.contains(word) || !allHan(word)) {
            return false;
        }
        if (knownPlaces.contains(word)) {
            return true;
        }
        String nature = term.nature == null ? "" : term.nature.toString();
        return nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nz") || nature.startsWith("nt")
                || nature.equals("j");
    }

    /** The cities and provinces of the gazetteer's zones: places whatever HanLP makes of them. */
    private static Set<String> citiesAndProvinces(ZoneGazetteer gazetteer) {
        Set<String> places = new HashSet<>();
        for (Zone zone : gazetteer.zones()) {
            places.add(TextNormalizer.forMatching(zone.city()));
            places.add(TextNormalizer.forMatching(zone.province()));
        }
        return places;
    }

    private static boolean allHan(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!isHan(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
