package app.zonereader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How much of one text's vocabulary another text shares, used to send a displaced headline, an orphan section or a
 * caption to the item it belongs to. Chinese has no spaces, so the vocabulary is the set of character bigrams
 * (normalised: Traditional → Simplified, full → half width). Bigrams shared by many items of the page (高新, 发展)
 * say little, so each bigram is weighted by 1 / (number of items containing it), like a page-local IDF.
 * Zone names ({@link ZoneNames#keys}) are the strongest evidence of what an item is about and are exposed
 * separately. Only the first few thousand characters of an item count, which keeps the cost linear.
 */
final class BigramSimilarity {
    static final int MAX_CHARS = 4000;
    private final BigramCounts documentFrequency;

    /** Registers the items of a page, so that page-wide common bigrams weigh little. */
    BigramSimilarity(List<BigramSet> documents) {
        documentFrequency = new BigramCounts(documents);
    }

    /** The weights of a page: each draft item is one document. */
    static BigramSimilarity of(List<Draft> drafts) {
        List<BigramSet> documents = new ArrayList<>();
        for (Draft draft : drafts) {
            documents.add(draft.grams());
        }
        return new BigramSimilarity(documents);
    }

    static BigramSet bigrams(String text) {
        String norm = Norm.of(opening(text));
        int[] grams = new int[norm.length()];
        return BigramSet.of(grams, codes(norm, grams));
    }

    /**
     * The share of {@code probe}'s bigrams found among {@code text}'s, from 0 to 1: what comparing with
     * {@code bigrams(text)} gives, without building the set of a long text to look a short probe up in it.
     */
    static double shareFoundIn(BigramSet probe, String text) {
        if (probe.size() == 0) {
            return 0;
        }
        String norm = Norm.of(opening(text));
        int[] grams = new int[norm.length()];
        int count = codes(norm, grams);
        int[] seen = new int[BigramSlots.capacityFor(probe.size())];
        int found = 0;
        for (int i = 0; i < count; i++) {
            if (probe.contains(grams[i])) {
                int slot = BigramSlots.slotOf(seen, grams[i]);
                if (seen[slot] == 0) {
                    seen[slot] = grams[i];
                    found++;
                }
            }
        }
        return (double) found / probe.size();
    }

    private static String opening(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** Writes the codes of a folded text's bigrams into {@code grams} (repeats included); returns how many. */
    private static int codes(String norm, int[] grams) {
        int count = 0;
        char previous = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (!TextShape.isHan(c) && !TextShape.isLatinOrDigit(c)) {
                previous = 0;
                continue;
            }
            if (previous != 0 && (TextShape.isHan(c) || TextShape.isHan(previous))) {
                grams[count++] = BigramSet.code(previous, c);
            }
            previous = c;
        }
        return count;
    }

    /** Weighted share of {@code probe}'s bigrams found in {@code target}, from 0 to 1. */
    double coverage(BigramSet probe, BigramSet target) {
        double total = 0;
        double found = 0;
        for (int i = 0; i < probe.size(); i++) {
            int gram = probe.codeAt(i);
            double weight = 1.0 / Math.max(1, documentFrequency.count(gram));
            total += weight;
            if (target.contains(gram)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** The zones a text talks about, as {@link ZoneNames#keys} (永川高新区 → 永川). */
    static Set<String> zoneKeys(String text) {
        return ZoneNames.keys(text, MAX_CHARS);
    }

    /** +1 when the probe names a zone the target also names, −1 when it names only zones the target lacks, else 0. */
    static int zoneAgreement(Set<String> probeZones, Set<String> targetZones) {
        if (probeZones.isEmpty()) {
            return 0;
        }
        List<String> shared = new ArrayList<>(probeZones);
        shared.retainAll(targetZones);
        return shared.isEmpty() ? -1 : 1;
    }
}
