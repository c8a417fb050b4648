package app.zonereader.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link TextNormalizer#forMatching} with a small per-thread memo for short strings: the layout rules ask about the
 * same line several times (is it a byline? a credit? a 本报讯 lead?), and without the memo the Traditional→Simplified
 * conversion would dominate the cost of a page. Only strings the conversion would change are memoised: for the rest
 * (nearly every line of a Simplified page) folding again is cheaper than the look-up.
 */
final class Norm {
    private static final int MAX_CACHED_LENGTH = 200;
    private static final int CACHE_SIZE = 4096;
    private static final ThreadLocal<Map<String, String>> CACHE = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(512, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private Norm() {
    }

    static String of(String text) {
        if (text.length() > MAX_CACHED_LENGTH) {
            return TextNormalizer.forMatching(text);
        }
        String folded = TextNormalizer.foldWidth(text);
        if (!TextNormalizer.mayConvert(folded)) {
            // what forMatching would return; two quick scans cost less than hashing into the memo
            return folded;
        }
        return CACHE.get().computeIfAbsent(text, TextNormalizer::forMatching);
    }
}
