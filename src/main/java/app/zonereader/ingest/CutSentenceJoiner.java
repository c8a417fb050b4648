package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rejoins a sentence that the page layout cut in two and printed in different places ("…联合举" here, "办创业大赛…"
 * there). A <i>dangling</i> paragraph ends without sentence punctuation where its block ends (before an intertitle or
 * the end of a section); a <i>continuation</i> starts a block (or follows a finished sentence) with a Chinese
 * character. A pair is plausible when the characters across the cut form one word — HanLP's segmenter puts a single
 * term across the boundary (举|办 → 举办, 中|心 → 中心). Pairs are taken greedily, a continuation that opens a block
 * first; the continuation, with the rest of its block up to the next intertitle, moves to where the sentence began.
 */
final class CutSentenceJoiner {
    private static final int MAX_DANGLING = 12;
    private static final int MAX_STARTS = 400;

    private CutSentenceJoiner() {
    }

    private record Pair(Draft.Para dangling, Draft.Para start, double score) {
    }

    /**
     * @param segment HanLP's standard segmentation of a text in matching form (normally {@link HanlpWords#terms})
     */
    static void rejoin(Draft draft, Function<String, List<Term>> segment) {
        List<Draft.Para> paras = draft.body;
        List<Integer> dangling = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            Draft.Para para = paras.get(i);
            if (para.heading() || para.text().isEmpty()) {
                continue;
            }
            boolean blockEnd = i + 1 == paras.size() || paras.get(i + 1).heading()
                    || paras.get(i + 1).block() != para.block();
            if (blockEnd && !TextShape.endsSentence(para.text())
                    && TextShape.isHan(para.text().charAt(para.text().length() - 1))) {
                dangling.add(i);
            }
            boolean blockStart = i == 0 || paras.get(i - 1).block() != para.block() || paras.get(i - 1).heading();
            if ((blockStart || TextShape.endsSentence(paras.get(i - 1).text())) && TextShape.isHan(para.text().charAt(0))
                    && !BylineParser.startsWithLead(para.text())) {
                starts.add(i);
            }
        }
        if (dangling.isEmpty() || dangling.size() > MAX_DANGLING || starts.size() > MAX_STARTS) {
            return;
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i : dangling) {
            for (int j : starts) {
                if (j == i || j == i + 1 || j == 0 || (j < i && sameRun(paras, j, i))) {
                    // j already leads into i in print order: moving it would reorder a continuous text
                    continue;
                }
                if (spansWord(paras.get(i).text(), paras.get(j).text(), segment)) {
                    boolean opensBlock = paras.get(j - 1).block() != paras.get(j).block();
                    pairs.add(new Pair(paras.get(i), paras.get(j), 1 + (opensBlock ? 0.5 : 0)));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Draft.Para> used = new ArrayList<>();
        for (Pair pair : pairs) {
            if (used.contains(pair.dangling()) || used.contains(pair.start())) {
                continue;
            }
            used.add(pair.dangling());
            used.add(pair.start());
            move(draft, pair);
            draft.warnings.add(IngestWarning.of(WarningCode.SENTENCE_REJOINED, tail(pair.dangling().text(), 6),
                    head(pair.start().text(), 6)));
        }
    }

    private static boolean sameRun(List<Draft.Para> paras, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (paras.get(k).heading() || paras.get(k).block() != paras.get(from).block()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the continuation (and the rest of its block up to an intertitle) to the end of the dangling paragraph. */
    private static void move(Draft draft, Pair pair) {
        List<Draft.Para> paras = draft.body;
        int j = indexOf(paras, pair.start());
        int i = indexOf(paras, pair.dangling());
        if (i < 0 || j < 0) {
            return;
        }
        int end = j + 1;
        while (end < paras.size() && end != i && !paras.get(end).heading()
                && paras.get(end).block() == pair.start().block()) {
            end++;
        }
        if (i >= j && i < end) {
            return;
        }
        List<Draft.Para> run = new ArrayList<>(paras.subList(j, end));
        paras.subList(j, end).clear();
        i = indexOf(paras, pair.dangling());
        Draft.Para dangling = paras.get(i);
        Draft.Para joined = new Draft.Para(WrappedText.join(dangling.text(), run.get(0).text()), false,
                dangling.block());
        paras.set(i, joined);
        for (int k = 1; k < run.size(); k++) {
            paras.add(i + k, new Draft.Para(run.get(k).text(), run.get(k).heading(), dangling.block()));
        }
    }

    private static int indexOf(List<Draft.Para> paras, Draft.Para para) {
        for (int k = 0; k < paras.size(); k++) {
            if (paras.get(k) == para) {
                return k;
            }
        }
        return -1;
    }

    /** Whether HanLP segments the text around the cut with one term spanning it. */
    static boolean spansWord(String left, String right, Function<String, List<Term>> segment) {
        String tail = tail(left, 4);
        String head = head(right, 4);
        int cut = tail.length();
        int at = 0;
        for (Term term : segment.apply(Norm.of(tail + head))) {
            int end = at + term.word.length();
            if (at < cut && end > cut) {
                return true;
            }
            at = end;
        }
        return false;
    }

    private static String tail(String text, int n) {
        return text.substring(Math.max(0, text.length() - n));
    }

    private static String head(String text, int n) {
        return text.substring(0, Math.min(n, text.length()));
    }
}
