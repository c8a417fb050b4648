package app.zonereader.ingest;

import com.hankcs.hanlp.seg.common.Term;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The districts, counties, towns and parks a text names besides zones (南湖区, 嘉善县, 瓯江口产业集聚区): the peers a
 * round-up lists a zone among. A city's project list or plan that names a zone once next to several of them is about
 * the city, not the zone. Districts are words HanLP takes for places (ns) or short items of an enumeration (between
 * 、，和 …) ending in 区, 县, 镇 or 市; parks are items ending like a park's name, since HanLP cuts those names into
 * common nouns.
 * Thread-safe.
 */
final class PeerPlaces {
    /** Endings of district-level places (南沙区, 嘉善县, 乌镇, 平湖市). */
    private static final List<String> DISTRICT_ENDINGS = List.of("区", "县", "镇", "市");
    /** Common nouns with a district's ending: no place's name. */
    private static final Set<String> COMMON_TAILS = Set.of("城区", "辖区", "社区", "小区", "景区", "地区", "市区", "园区",
            "片区", "全区", "全县", "全市", "城市", "都市", "超市", "股市", "上市");
    /** How long an enumerated district's name may be (乌鲁木齐县 and a little more). */
    private static final int MAX_DISTRICT = 6;
    /** Endings of parks and development areas (经开区, 智慧产业园, 临港新区); 园区 alone is a common noun. */
    private static final List<String> PARK_ENDINGS = List.of("开发区", "经开区", "产业园", "集聚区", "合作区", "试验区",
            "保税区", "示范区", "新区", "科技城", "大学城");
    /** What separates the items of an enumeration. */
    private static final Pattern ITEM_BREAK = Pattern.compile("[、，,；;和与及或]");

    private final HanlpWords words;

    PeerPlaces(HanlpWords words) {
        this.words = words;
    }

    /** The distinct peer places in the texts, zone names excepted. */
    Set<String> in(List<String> texts) {
        Set<String> peers = new LinkedHashSet<>();
        for (String text : texts) {
            String folded = Norm.of(text);
            for (Term term : words.keywordTerms(folded)) {
                if (isDistrict(term)) {
                    peers.add(term.word);
                }
            }
            for (String item : ITEM_BREAK.split(folded)) {
                String name = item.strip();
                if (isPark(name) || isEnumeratedDistrict(name)) {
                    peers.add(name);
                }
            }
        }
        return peers;
    }

    private static boolean isDistrict(Term term) {
        String nature = term.nature == null ? "" : term.nature.toString();
        return nature.startsWith("ns") && isDistrictName(term.word);
    }

    private static boolean isEnumeratedDistrict(String item) {
        return item.length() <= MAX_DISTRICT && TextShape.hanCount(item) == item.length() && isDistrictName(item);
    }

    private static boolean isDistrictName(String word) {
        return endsWithLonger(word, DISTRICT_ENDINGS) && word.length() >= 3
                && !COMMON_TAILS.contains(word.substring(word.length() - 2)) && !namesAZone(word);
    }

    private static boolean isPark(String item) {
        return endsWithLonger(item, PARK_ENDINGS) && !namesAZone(item);
    }

    private static boolean endsWithLonger(String word, List<String> endings) {
        return endings.stream().anyMatch(ending -> word.endsWith(ending) && word.length() > ending.length());
    }

    private static boolean namesAZone(String word) {
        return !ZoneNames.suffixes(word).isEmpty();
    }
}
