package app.zonereader.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;

import java.util.ArrayList;
import java.util.Arrays;
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
 * 程式 → 程序), each found through one of its characters, the one most such phrases share (覆, 藉, 瞭). Nearly
 * every page is pure Simplified and passes with one bitset look-up per character. Immutable and thread-safe.
 */
final class TraditionalMarkers {
    private static final String DICTIONARY = "t2s.txt";
    private static final TraditionalMarkers HANLP = fromHanlpDictionary();

    /** A converted phrase of unconverted characters, and where in it its anchor character stands. */
    private record Phrase(String text, int anchorAt) {
    }

    /** Characters converted on their own. */
    private final BitSet converted = new BitSet(Character.MAX_VALUE + 1);
    /**
     * Converted characters and anchors: the only characters that need a second look. A flag per character rather than
     * a bitset: every character of every line of a page is looked up here, and the array read is the cheaper one.
     */
    private final boolean[] suspects = new boolean[Character.MAX_VALUE + 1];
    /** Indexed by the anchor character; null for characters that anchor no phrase (an array: no boxing per look-up). */
    private final Phrase[][] phrasesByAnchor = new Phrase[Character.MAX_VALUE + 1][];

    /** Markers of a conversion table: Traditional (or variant) form → Simplified form. */
    TraditionalMarkers(Map<String, String> conversions) {
        List<String> phrases = new ArrayList<>();
        conversions.forEach((from, to) -> {
            if (from.length() == 1 && !from.equals(to)) {
                converted.set(from.charAt(0));
            }
        });
        conversions.forEach((from, to) -> {
            if (from.length() > 1 && !from.equals(to) && !hasConverted(from)) {
                phrases.add(from);
            }
        });
        Map<Character, Integer> phrasesPerChar = new HashMap<>();
        for (String phrase : phrases) {
            phrase.chars().distinct().forEach(c -> phrasesPerChar.merge((char) c, 1, Integer::sum));
        }
        converted.stream().forEach(c -> suspects[c] = true);
        for (String phrase : phrases) {
            int anchorAt = 0;
            for (int i = 1; i < phrase.length(); i++) {
                if (phrasesPerChar.get(phrase.charAt(i)) > phrasesPerChar.get(phrase.charAt(anchorAt))) {
                    anchorAt = i;
                }
            }
            char anchor = phrase.charAt(anchorAt);
            suspects[anchor] = true;
            Phrase[] anchored = phrasesByAnchor[anchor] == null ? new Phrase[0] : phrasesByAnchor[anchor];
            Phrase[] grown = Arrays.copyOf(anchored, anchored.length + 1);
            grown[anchored.length] = new Phrase(phrase, anchorAt);
            phrasesByAnchor[anchor] = grown;
        }
    }

    /** The markers of the table HanLP converts with. */
    static TraditionalMarkers hanlp() {
        return HANLP;
    }

    /** False when the conversion is sure to give {@code text} back unchanged. */
    boolean foundIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (suspects[c] && (converted.get(c) || anchorsPhrase(text, i, c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The markers that can matter in any text made of {@code text}'s characters (its lines, paragraphs, joins of them,
     * folded to half width): the converted characters it holds, and the anchors it holds of a phrase whose every
     * character it holds. Another anchor can never complete its phrase there. A Simplified page nearly always has a
     * handful of these (程 with 式 anywhere for 程式, 覆 with 反 for 反覆), many times fewer than it has characters.
     */
    String liveMarkersIn(String text) {
        // folding to half width only makes ASCII and spaces, and no marker is either (TraditionalMarkersTest)
        BitSet present = new BitSet(Character.MAX_VALUE + 1);
        StringBuilder markers = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (suspects[c] && !present.get(c)) {
                markers.append(c);
            }
            present.set(c);
        }
        StringBuilder live = new StringBuilder(markers.length());
        for (int k = 0; k < markers.length(); k++) {
            char c = markers.charAt(k);
            if (converted.get(c) || completesPhrase(c, present)) {
                live.append(c);
            }
        }
        return live.toString();
    }

    private boolean completesPhrase(char anchor, BitSet present) {
        Phrase[] anchored = phrasesByAnchor[anchor];
        if (anchored == null) {
            return false;
        }
        for (Phrase phrase : anchored) {
            if (phrase.text().chars().allMatch(present::get)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #foundIn} for a text made of characters of a text whose {@link #liveMarkersIn} gave {@code live}: only
     * those characters are looked for, each with {@link String#indexOf}, which is many times faster than reading
     * every character.
     */
    boolean foundIn(String text, String live) {
        for (int k = 0; k < live.length(); k++) {
            char marker = live.charAt(k);
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
                if (converted.get(marker) || anchorsPhrase(text, at, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anchorsPhrase(String text, int at, char anchor) {
        Phrase[] anchored = phrasesByAnchor[anchor];
        if (anchored == null) {
            return false;
        }
        for (Phrase phrase : anchored) {
            int start = at - phrase.anchorAt();
            if (start >= 0 && text.startsWith(phrase.text(), start)) {
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
