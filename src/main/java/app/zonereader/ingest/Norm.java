package app.zonereader.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link TextNormalizer#forMatching} with a small per-thread memo for short strings: the layout rules ask about the
 * same line several times (is it a byline? a credit? a 本报讯 lead?), and without the memo the Traditional→Simplified
 * conversion would dominate the cost of a page. Only strings the conversion would change are memoised: for the rest
 * (nearly every line of a Simplified page) folding again is cheaper than the look-up. The last string asked about is
 * remembered by identity, whatever its length: seven calls in ten ask about the very string of the call before (the
 * rules of one line, in turn), and a Chinese line always needs a folded copy (its commas are full-width).
 * <p>
 * Work on one page can say so ({@link #onPage}): when not one character of the page is a Traditional marker, no line,
 * paragraph or join of them has one either, and folding skips the Traditional check, which otherwise reads every
 * character of every string folded (the page engine folds each character several times over, as line, paragraph,
 * article and window).
 */
final class Norm {
    private static final int MAX_CACHED_LENGTH = 200;
    private static final int CACHE_SIZE = 4096;
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private Norm() {
    }

    static String of(String text) {
        Memo memo = MEMO.get();
        if (text != memo.lastText) {
            memo.lastResult = fold(text, memo);
            memo.lastText = text;
        }
        return memo.lastResult;
    }

    /**
     * Runs {@code work} on this thread for one page: while it runs, {@link #of} and {@link #mayHoldTraditional} may
     * only be asked about that page's text, its parts and joins of them (plus spaces and line ends). Scopes nest.
     */
    static <T> T onPage(String pageText, Supplier<T> work) {
        Memo memo = MEMO.get();
        boolean outer = memo.plainPage;
        // a folded character is ASCII or a space, never a marker: the raw page's characters decide
        memo.plainPage = !TraditionalMarkers.hanlp().anyMarkerIn(pageText);
        try {
            return work.get();
        } finally {
            memo.plainPage = outer;
        }
    }

    /** Whether folding could turn Traditional characters of {@code text} into Simplified ones (see {@link #onPage}). */
    static boolean mayHoldTraditional(String text) {
        return !MEMO.get().plainPage && TraditionalMarkers.hanlp().foundIn(text);
    }

    private static String fold(String text, Memo memo) {
        if (memo.plainPage) {
            return TextNormalizer.foldWidth(text);   // what forMatching gives a text without a Traditional marker
        }
        if (text.length() > MAX_CACHED_LENGTH) {
            return TextNormalizer.forMatching(text);
        }
        String folded = TextNormalizer.foldWidth(text);
        if (!TextNormalizer.mayConvert(folded)) {
            // what forMatching would return; two quick scans cost less than hashing into the memo
            return folded;
        }
        return memo.converted.computeIfAbsent(text, TextNormalizer::forMatching);
    }

    /** One thread's memo: the last string asked about (compared by identity) and the short strings converted. */
    private static final class Memo {
        private final Map<String, String> converted = new LinkedHashMap<>(512, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > CACHE_SIZE;
            }
        };
        private String lastText;
        private String lastResult;
        /** Inside {@link #onPage} for a page without a single Traditional marker. */
        private boolean plainPage;
    }
}
