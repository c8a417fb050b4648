package app.zonereader.ingest;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names shaped like a zone's (X高新区, X高新技术产业开发区) that the gazetteer does not know: provincial zones,
 * new zones or misspellings, worth listing in the import report. X is the word right before the suffix, found with
 * HanLP (so 助力丽水高新区 gives 丽水), 2–4 Han characters, and not a pronoun or generic word (该, 各, 全国 …).
 */
final class UnknownZoneNames {
    private static final Set<String> GENERIC = Set.of("全国", "国家", "我国", "全省", "全市", "全区", "省级", "市级", "县级",
            "其他", "其它", "县域", "市域", "区域", "沿海", "西部", "中部", "东部", "各类", "相关", "新区", "园区", "这些",
            "一批", "首批", "多个", "部分", "所在", "本市", "本省");
    /** How far back from the suffix a name may start. */
    private static final int MAX_RUN = 6;

    private final ZoneGazetteer gazetteer;
    private final HanlpWords words;

    UnknownZoneNames(ZoneGazetteer gazetteer, HanlpWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    List<String> find(String text) {
        String normalised = TextNormalizer.forMatching(text);
        boolean[] known = new boolean[normalised.length()];
        for (ZoneMention mention : gazetteer.mentionsInNormalised(text, normalised)) {
            Arrays.fill(known, mention.start(), mention.end(), true);
        }
        Set<String> names = new LinkedHashSet<>();
        for (ZoneNames.Suffix suffix : ZoneNames.suffixes(normalised)) {
            if (known[suffix.suffixStart()]) {
                continue;
            }
            int at = suffix.start();
            int runStart = at;
            while (runStart > 0 && at - runStart < MAX_RUN && !known[runStart - 1] && isHan(normalised.charAt(runStart - 1))) {
                runStart--;
            }
            String suffixText = normalised.substring(suffix.suffixStart(), suffix.end());
            placeAtEnd(normalised.substring(runStart, at)).ifPresent(name -> names.add(name + suffixText));
        }
        return new ArrayList<>(names);
    }

    /** The last word of a run of Han characters, if it can be a place name. */
    private Optional<String> placeAtEnd(String run) {
        if (run.length() < 2) {
            return Optional.empty();
        }
        List<Term> terms = words.terms(run);
        Term last = terms.get(terms.size() - 1);
        String word = last.word;
        String nature = last.nature == null ? "" : last.nature.toString();
        if (word.length() < 2 || word.length() > 4 || GENERIC.contains(word) || !looksLikeName(nature)) {
            return Optional.empty();
        }
        return Optional.of(word);
    }

    /** Place names, proper nouns and abbreviations; not pronouns, verbs, directions, numbers or modifiers. */
    private static boolean looksLikeName(String nature) {
        return nature.startsWith("ns") || nature.startsWith("nz") || nature.startsWith("nr") || nature.startsWith("nt")
                || nature.equals("n") || nature.equals("j") || nature.equals("nx") || nature.startsWith("g");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
