package app.zonereader.ingest;

import com.hankcs.hanlp.seg.common.Term;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The districts, counties, towns and parks an article names besides zones (南湖区, 嘉善县, 经开区, 智慧产业园): the
 * peers a round-up lists a zone among. A city's project list or plan that names a zone once next to several of them
 * is about the city, not the zone. Read with HanLP, so only words it takes for places (ns) count as districts; parks
 * are recognised by their endings. Thread-safe.
 */
final class PeerPlaces {
    /** Endings of district-level places HanLP tags ns (南沙区, 嘉善县, 乌镇). */
    private static final List<String> DISTRICT_ENDINGS = List.of("区", "县", "镇", "市");
    /** Endings of parks and development areas, whatever HanLP tags them (经开区, 智慧产业园, 临港新区). */
    private static final List<String> PARK_ENDINGS = List.of("开发区", "经开区", "产业园", "园区", "新区", "示范区", "科技城", "大学城");

    private final HanlpWords words;

    PeerPlaces(HanlpWords words) {
        this.words = words;
    }

    /** The distinct peer places in the texts, zone names excepted. */
    Set<String> in(List<String> texts) {
        Set<String> peers = new LinkedHashSet<>();
        for (String text : texts) {
            for (Term term : words.keywordTerms(Norm.of(text))) {
                if (isPeer(term)) {
                    peers.add(term.word);
                }
            }
        }
        return peers;
    }

    private static boolean isPeer(Term term) {
        String word = term.word;
        if (!ZoneNames.suffixes(word).isEmpty()) {
            return false;
        }
        String nature = term.nature == null ? "" : term.nature.toString();
        for (String ending : PARK_ENDINGS) {
            // the ending alone (园区, 新区) is a common noun, not a park's name
            if (word.endsWith(ending) && word.length() > ending.length()) {
                return true;
            }
        }
        for (String ending : DISTRICT_ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() && nature.startsWith("ns")) {
                return true;
            }
        }
        return false;
    }
}
