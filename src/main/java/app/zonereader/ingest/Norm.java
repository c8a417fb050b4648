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
 * Work on one page can say so ({@link #onPage}). The few Traditional markers that can matter in any line, paragraph
 * or join of the page are then worked out once, and folding looks only for those, with {@link String#indexOf}, instead
 * of reading every character of every string folded (the page engine folds each character several times over, as
 * line, paragraph, article and window).
 */
final class Norm {
    private static final int MAX_CACHED_LENGTH = 200;
    private static final int CACHE_SIZE = 4096;
    /** Above this many live markers a page is taken for Traditional, and folding checks every character. */
    private static final int MAX_LIVE_MARKERS = 8;
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
        String outer = memo.liveMarkers;
        String live = TraditionalMarkers.hanlp().liveMarkersIn(pageText);
        // a page with many markers is Traditional: reading each character once is then the cheaper check
        memo.liveMarkers = live.length() <= MAX_LIVE_MARKERS ? live : null;
        try {
            return work.get();
        } finally {
            memo.liveMarkers = outer;
        }
    }

    /** Whether folding could turn Traditional characters of {@code text} into Simplified ones (see {@link #onPage}). */
    static boolean mayHoldTraditional(String text) {
        String live = MEMO.get().liveMarkers;
        return live == null ? TraditionalMarkers.hanlp().foundIn(text) : TraditionalMarkers.hanlp().foundIn(text, live);
    }

    private static String fold(String text, Memo memo) {
        if (memo.liveMarkers != null) {
            String folded = TextNormalizer.foldWidth(text);
            if (!TraditionalMarkers.hanlp().foundIn(folded, memo.liveMarkers)) {
                return folded;   // what forMatching gives: the conversion would change nothing
            }
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
        /** Inside {@link #onPage}: the page's live Traditional markers; null outside or for a Traditional page. */
        private String liveMarkers;
    }
}
