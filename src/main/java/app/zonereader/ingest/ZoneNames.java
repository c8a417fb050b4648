package app.zonereader.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that knows what a zone name looks like: a place (永川, 乌鲁木齐), optionally 国家 or 国家级, then
 * 高新区 or the official 高新技术产业开发区. The gazetteer derives its forms here, the unknown-name report and the
 * page walk find zone-shaped names here, and the similarity measures take their zone keys from here, so a new form
 * (秀洲国家级高新区) is learnt once. Works on {@link TextNormalizer#forMatching} (folded) text; stateless.
 */
final class ZoneNames {
    static final String SHORT_SUFFIX = "高新区";
    static final String LONG_SUFFIX = "高新技术产业开发区";
    /** Longest first, so that 高新技术产业开发区 is never read as 高新 + something. */
    private static final List<String> SUFFIXES = List.of(LONG_SUFFIX, SHORT_SUFFIX);
    /** Written between the place and the suffix in national zones' names; longest first. */
    private static final List<String> NATIONAL = List.of("国家级", "国家");
    private static final String HIGH_TECH = "高新";
    private static final String CITY = "市";
    /** The first character of 我市, 该市, 本市: the city the article is set in. */
    private static final String OWN_CITY = "我该本";
    /** The longest place name before 高新区 in a zone's short name (乌鲁木齐, 包头稀土). */
    static final int MAX_PLACE = 4;
    /** Words that put a place after them ("在", "赴", "与"): no zone's place name starts with one. */
    private static final String PREPOSITIONS = "在与为从向到让对和把赴将由于跟同及至";
    /** Two characters before a zone suffix that are no place: the country, a province or city as a whole. */
    private static final Set<String> NO_PLACE_KEYS = Set.of("国家", "全国", "我国", "全省", "全市", "家级");
    /** A character that ends no place name but determines what follows (该高新区, 各高新区, 等高新区). */
    private static final String DETERMINERS = "该各等的个批家";

    private ZoneNames() {
    }

    /**
     * A zone-shaped name's suffix in folded text: where the optional 国家/国家级 starts ({@code start}), where 高新
     * starts ({@code suffixStart}) and where the suffix ends ({@code end}). The place, if any, ends at {@code start}.
     */
    record Suffix(int start, int suffixStart, int end) {
    }

    /** The place part of a short name "X高新区" (永川); empty for names of another shape (中关村, 苏州工业园区). */
    static Optional<String> placeOf(String shortName) {
        if (shortName.endsWith(SHORT_SUFFIX) && shortName.length() > SHORT_SUFFIX.length()) {
            return Optional.of(shortName.substring(0, shortName.length() - SHORT_SUFFIX.length()));
        }
        return Optional.empty();
    }

    /**
     * Every way a text writes the zone of a place: X高新区, X国家高新区, X国家级高新区, X市高新区 (潍坊市高新区) and the
     * official long forms.
     */
    static Set<String> formsOfPlace(String place) {
        Set<String> forms = new LinkedHashSet<>();
        for (String suffix : List.of(SHORT_SUFFIX, LONG_SUFFIX)) {
            forms.add(place + suffix);
            forms.add(place + CITY + suffix);
            for (String national : NATIONAL) {
                forms.add(place + national + suffix);
            }
        }
        return forms;
    }

    /**
     * How many times folded text writes a zone suffix with no place before it: 高新区 at the start, after
     * punctuation, after a preposition (从高新区, 在高新区) or after 我市, 该市, 本市 (the city the article is set in).
     */
    static int bareCount(String folded) {
        int count = 0;
        for (Suffix suffix : suffixes(folded)) {
            int at = suffix.start();
            if (at == 0 || !TextShape.isHan(folded.charAt(at - 1)) || PREPOSITIONS.indexOf(folded.charAt(at - 1)) >= 0
                    || endsWithOwnCity(folded, at)) {
                count++;
            }
        }
        return count;
    }

    private static boolean endsWithOwnCity(String folded, int at) {
        return at >= 2 && folded.charAt(at - 1) == '市' && OWN_CITY.indexOf(folded.charAt(at - 2)) >= 0;
    }

    /** Whether a place part already carries the national infix (天津滨海国家 of 天津滨海国家高新区). */
    static boolean endsWithNational(String place) {
        return NATIONAL.stream().anyMatch(place::endsWith);
    }

    /** Every zone suffix (高新区, 国家高新区, 国家级高新技术产业开发区 …) in folded text, left to right. */
    static List<Suffix> suffixes(String folded) {
        List<Suffix> found = new ArrayList<>();
        int from = 0;
        for (int at = folded.indexOf(HIGH_TECH); at >= 0; at = folded.indexOf(HIGH_TECH, from)) {
            int end = suffixEnd(folded, at);
            if (end < 0) {
                from = at + 1;
                continue;
            }
            found.add(new Suffix(nationalStart(folded, at), at, end));
            from = end;
        }
        return found;
    }

    /** Where a suffix starting with 高新 at {@code at} ends; −1 when none does. */
    private static int suffixEnd(String folded, int at) {
        for (String suffix : SUFFIXES) {
            if (folded.startsWith(suffix, at)) {
                return at + suffix.length();
            }
        }
        return -1;
    }

    /** Where 国家 or 国家级 written right before {@code at} starts; {@code at} itself when neither is. */
    private static int nationalStart(String folded, int at) {
        for (String national : NATIONAL) {
            if (folded.startsWith(national, at - national.length()) && at >= national.length()) {
                return at - national.length();
            }
        }
        return at;
    }

    /**
     * The two characters before each zone suffix (永川高新区, 永川国家高新区 and 重庆永川高新技术产业开发区 → 永川):
     * a cheap key for "which zones does this text talk about", used to compare items of one page.
     * Only the first {@code maxChars} characters are read.
     */
    static Set<String> keys(String text, int maxChars) {
        String head = text.length() > maxChars ? text.substring(0, maxChars) : text;
        if (!mayHoldSuffix(head)) {
            return Set.of();   // most paragraphs name no zone: skip folding them (asked again and again per page)
        }
        String folded = Norm.of(head);
        Set<String> keys = new LinkedHashSet<>();
        for (Suffix suffix : suffixes(folded)) {
            int at = suffix.start();
            if (at >= 2 && TextShape.isHan(folded.charAt(at - 1)) && TextShape.isHan(folded.charAt(at - 2))) {
                String key = folded.substring(at - 2, at);
                if (!NO_PLACE_KEYS.contains(key) && DETERMINERS.indexOf(key.charAt(1)) < 0) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * False only when no zone suffix can be in the text even after folding: 高新 is written alike in both scripts, so
     * a text without it could only gain one from a Traditional character the folding changes.
     */
    static boolean mayHoldSuffix(String text) {
        return text.contains(HIGH_TECH) || Norm.mayHoldTraditional(text);
    }

    /**
     * Whether the line opens with a zone name: a place of two to four Han characters (济宁, 哈尔滨, 乌鲁木齐) and a
     * zone suffix. A longer run that starts with a preposition ("在清远高新区发布") is a phrase, not a name.
     */
    static boolean opensWithName(String text) {
        String folded = Norm.of(text).strip();
        List<Suffix> found = suffixes(folded);
        if (found.isEmpty()) {
            return false;
        }
        int at = found.get(0).start();
        if (at < 2 || at > MAX_PLACE || (at > 2 && PREPOSITIONS.indexOf(folded.charAt(0)) >= 0)) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!TextShape.isHan(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether 高新区 is cut between the end of {@code first} and the start of {@code second} (齐齐哈尔高新 + 区…). */
    static boolean splitAcross(String first, String second) {
        String a = Norm.of(first).strip();
        String b = Norm.of(second).strip();
        for (int cut = 1; cut < SHORT_SUFFIX.length(); cut++) {
            if (a.endsWith(SHORT_SUFFIX.substring(0, cut)) && b.startsWith(SHORT_SUFFIX.substring(cut))
                    && a.length() > cut && TextShape.isHan(a.charAt(a.length() - cut - 1))) {
                return true;
            }
        }
        return false;
    }
}
