package app.zonereader.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells whether HanLP's Traditional→Simplified conversion could change a text, far more cheaply than converting it.
 * <p>
 * The conversion replaces entries of its dictionary (t2s.txt); where no entry that maps to something else occurs, it
 * returns the text unchanged. So the markers are built from that same dictionary: every character that is converted
 * on its own (這, 區 …), and the few converted phrases made only of characters that are not (反覆 → 反复,
 * 程式 → 程序), found by their first character. Nearly every page is pure Simplified and passes with one bitset look-up
 * per character. Immutable and thread-safe.
 */
final class TraditionalMarkers {
    private static final String DICTIONARY = "t2s.txt";
    private static final TraditionalMarkers HANLP = fromHanlpDictionary();

    /** Characters converted on their own, and the first characters of the phrases below. */
    private final BitSet suspects = new BitSet(Character.MAX_VALUE + 1);
    private final BitSet converted = new BitSet(Character.MAX_VALUE + 1);
    /** Converted phrases without a converted character, by their first character. */
    private final Map<Character, List<String>> phrasesByFirst = new HashMap<>();

    /** Markers of a conversion table: Traditional (or variant) form → Simplified form. */
    TraditionalMarkers(Map<String, String> conversions) {
        conversions.forEach((from, to) -> {
            if (from.length() == 1 && !from.equals(to)) {
                converted.set(from.charAt(0));
            }
        });
        suspects.or(converted);
        conversions.forEach((from, to) -> {
            if (from.length() > 1 && !from.equals(to) && !hasConverted(from)) {
                suspects.set(from.charAt(0));
                phrasesByFirst.computeIfAbsent(from.charAt(0), c -> new ArrayList<>()).add(from);
            }
        });
    }

    /** The markers of the table HanLP converts with. */
    static TraditionalMarkers hanlp() {
        return HANLP;
    }

    /** False when the conversion is sure to give {@code text} back unchanged. */
    boolean foundIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (suspects.get(c) && (converted.get(c) || startsPhrase(text, i, c))) {
                return true;
            }
        }
        return false;
    }

    private boolean startsPhrase(String text, int at, char first) {
        for (String phrase : phrasesByFirst.getOrDefault(first, List.of())) {
            if (text.startsWith(phrase, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasConverted(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (converted.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static TraditionalMarkers fromHanlpDictionary() {
        String path = HanLP.Config.tcDictionaryRoot + DICTIONARY;
        StringDictionary dictionary = new StringDictionary("=");
        if (!dictionary.load(path)) {
            throw new IllegalStateException("cannot read HanLP's Traditional→Simplified table " + path);
        }
        Map<String, String> conversions = new HashMap<>();
        dictionary.entrySet().forEach(entry -> conversions.put(entry.getKey(), entry.getValue()));
        return new TraditionalMarkers(conversions);
    }
}
