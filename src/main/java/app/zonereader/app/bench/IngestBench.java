package app.zonereader.app.bench;

import app.zonereader.app.BundledPages;
import app.zonereader.ingest.Decoder;
import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.PagePipeline;
import app.zonereader.ingest.ZoneGazetteer;
import app.zonereader.service.PageSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the whole ingest pipeline over the bundled sample pages against HanLP segmentation alone over the same text,
 * in the same run, so the ratio says what the page engine costs on top of the segmenter the search index needs anyway.
 * Each page goes through both sides in turn, page after page, so both see the same text under the same load; which side
 * goes first alternates (see {@link #pipelineFirst}). Both are warmed up until the pipeline stops getting faster (the
 * JIT compiles its many small methods late), and the ratio quoted is the median of several repetitions.
 */
public final class IngestBench {
    private static final int WARM_UP_ROUNDS = 10;
    /** Warm-up lasts at least this long as well as {@link #WARM_UP_ROUNDS}: ten rounds are a third of a second. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    /** After {@link #WARM_UP_NANOS}, warm-up goes on in blocks this long while the pipeline still gets faster. */
    private static final long WARM_UP_BLOCK_NANOS = 1_000_000_000L;
    /** A block whose pipeline is less than this share faster than the block before ends the warm-up. */
    private static final double STEADY_SHARE = 0.02;
    /** Warm-up never lasts longer than this. */
    private static final long WARM_UP_LIMIT_NANOS = 15_000_000_000L;
    /** Timed repetitions of the rounds; the ratio is their median. */
    static final int REPETITIONS = 7;
    private static final int LARGE_PAGE_CHARS = 20_000;

    private IngestBench() {
    }

    /** Runs the benchmark {@code rounds} times over the five pages and returns a short report. */
    public static String run(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        List<Sample> pages = bundledPages();
        PagePipeline pipeline = PagePipeline.standard();
        HanlpWords words = new HanlpWords(ZoneGazetteer.bundled());
        Timings timings = time(pages, pipeline, words, rounds);
        List<Double> pipelineMillis = timings.pipelineMillis();
        List<Double> segmentMillis = timings.segmentMillis();
        long chars = timings.chars();
        double pipelineRate = timings.pipelineRate();
        double segmentRate = timings.segmentRate();
        double medianRatio = sumOfMedians(segmentMillis, pages.size()) / sumOfMedians(pipelineMillis, pages.size());

        Sample large = largePage(pages);
        List<Double> largeMillis = new ArrayList<>();
        List<Double> largeSegmentMillis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long[] nanos = timePage(large, pipeline, words, pipelineFirst(round, 0));
            largeMillis.add(nanos[0] / 1e6);
            largeSegmentMillis.add(nanos[1] / 1e6);
        }

        return String.join(System.lineSeparator(),
                String.format("Ingest benchmark: %d pages x %d rounds (%d chars per round), after at least %d warm-up"
                        + " rounds and %d s", pages.size(), rounds, chars / rounds, WARM_UP_ROUNDS,
                        WARM_UP_NANOS / 1_000_000_000L),
                String.format("  pipeline      ms/page p50 %.1f  p95 %.1f   %,.0f chars/s",
                        percentile(pipelineMillis, 50), percentile(pipelineMillis, 95), pipelineRate),
                String.format("  segmentation  ms/page p50 %.1f  p95 %.1f   %,.0f chars/s",
                        percentile(segmentMillis, 50), percentile(segmentMillis, 95), segmentRate),
                String.format("  throughput ratio pipeline/segmentation %.2f (goal >= 0.85); from per-page medians %.2f",
                        pipelineRate / segmentRate, medianRatio),
                String.format("  %,d-char page: pipeline p50 %.1f ms, p95 %.1f ms; segmentation p50 %.1f ms",
                        large.text().length(), percentile(largeMillis, 50), percentile(largeMillis, 95),
                        percentile(largeSegmentMillis, 50)));
    }

    /**
     * Pipeline throughput over HanLP segmentation throughput on the bundled pages (chars per second each): the median
     * of {@link #REPETITIONS} repetitions of {@code rounds} rounds each, after warm-up.
     */
    public static double throughputRatio(int rounds) {
        return percentile(throughputRatios(rounds), 50);
    }

    /** The ratio of each repetition, in the order measured. */
    static List<Double> throughputRatios(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        List<Sample> pages = bundledPages();
        PagePipeline pipeline = PagePipeline.standard();
        HanlpWords words = new HanlpWords(ZoneGazetteer.bundled());
        warmUp(pages, pipeline, words);
        List<Double> ratios = new ArrayList<>();
        for (int repetition = 0; repetition < REPETITIONS; repetition++) {
            Timings timings = timeRounds(pages, pipeline, words, rounds);
            ratios.add(timings.pipelineRate() / timings.segmentRate());
        }
        return ratios;
    }

    /** Each page through the pipeline, then the same text through the segmenter, round after round, after warm-up. */
    private static Timings time(List<Sample> pages, PagePipeline pipeline, HanlpWords words, int rounds) {
        warmUp(pages, pipeline, words);
        return timeRounds(pages, pipeline, words, rounds);
    }

    /**
     * Runs both sides until the pipeline stops getting faster: at least {@link #WARM_UP_ROUNDS} rounds and
     * {@link #WARM_UP_NANOS}, then block after block of {@link #WARM_UP_BLOCK_NANOS} until a block's pipeline time per
     * round is within {@link #STEADY_SHARE} of the block before, or {@link #WARM_UP_LIMIT_NANOS} have passed. The
     * pipeline has hundreds of small methods that the JIT compiles over many seconds, where the segmenter's few hot
     * loops are compiled in one: a fixed 3 s warm-up timed a pipeline still part-interpreted (the ratio of one JVM went
     * 0.81, 0.85, 0.86 in three runs back to back).
     */
    private static void warmUp(List<Sample> pages, PagePipeline pipeline, HanlpWords words) {
        long start = System.nanoTime();
        double previous = Double.MAX_VALUE;
        for (int round = 0; round < WARM_UP_ROUNDS || System.nanoTime() - start < WARM_UP_NANOS; round++) {
            timeRound(pages, pipeline, words, round);
        }
        while (System.nanoTime() - start < WARM_UP_LIMIT_NANOS) {
            long blockEnd = System.nanoTime() + WARM_UP_BLOCK_NANOS;
            long pipelineNanos = 0;
            int rounds = 0;
            for (; System.nanoTime() < blockEnd; rounds++) {
                pipelineNanos += timeRound(pages, pipeline, words, rounds)[0];
            }
            double perRound = (double) pipelineNanos / rounds;
            if (perRound > previous * (1 - STEADY_SHARE)) {
                return;
            }
            previous = perRound;
        }
    }

    /** One round over the pages, timed as a whole: nanoseconds of the pipeline and of the segmenter. */
    private static long[] timeRound(List<Sample> pages, PagePipeline pipeline, HanlpWords words, int round) {
        long[] nanos = new long[2];
        for (int i = 0; i < pages.size(); i++) {
            long[] page = timePage(pages.get(i), pipeline, words, pipelineFirst(round, i));
            nanos[0] += page[0];
            nanos[1] += page[1];
        }
        return nanos;
    }

    private static Timings timeRounds(List<Sample> pages, PagePipeline pipeline, HanlpWords words, int rounds) {
        long chars = 0;
        List<Double> pipelineMillis = new ArrayList<>();
        List<Double> segmentMillis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < pages.size(); i++) {
                Sample page = pages.get(i);
                chars += page.text().length();
                long[] nanos = timePage(page, pipeline, words, pipelineFirst(round, i));
                pipelineMillis.add(nanos[0] / 1e6);
                segmentMillis.add(nanos[1] / 1e6);
            }
        }
        return new Timings(pipelineMillis, segmentMillis, chars);
    }

    /**
     * The pipeline goes first on every other page of a round, and each page changes order from round to round. Whichever runs second finds
     * the page's words, and HanLP's dictionary entries for them, still in the CPU caches: with the segmenter always
     * second the ratio came out 0.03–0.05 lower than with it always first.
     */
    static boolean pipelineFirst(int round, int page) {
        return (round + page) % 2 == 0;
    }

    /** One page through both sides in the order given: nanoseconds of the pipeline and of the segmenter. */
    private static long[] timePage(Sample page, PagePipeline pipeline, HanlpWords words, boolean pipelineFirst) {
        long start = System.nanoTime();
        if (pipelineFirst) {
            pipeline.process(page.name(), page.bytes());
        } else {
            words.words(page.text());
        }
        long middle = System.nanoTime();
        if (pipelineFirst) {
            words.words(page.text());
        } else {
            pipeline.process(page.name(), page.bytes());
        }
        long end = System.nanoTime();
        return pipelineFirst ? new long[]{middle - start, end - middle} : new long[]{end - middle, middle - start};
    }

    private record Timings(List<Double> pipelineMillis, List<Double> segmentMillis, long chars) {
        double pipelineRate() {
            return chars / (sum(pipelineMillis) / 1000);
        }

        double segmentRate() {
            return chars / (sum(segmentMillis) / 1000);
        }
    }

    /** Whole sample pages glued together and cut at the first line end after 20,000 characters. */
    private static Sample largePage(List<Sample> pages) {
        StringBuilder text = new StringBuilder();
        while (text.length() < LARGE_PAGE_CHARS) {
            for (Sample page : pages) {
                text.append(page.text()).append("\n\n");
            }
        }
        int cut = text.indexOf("\n", LARGE_PAGE_CHARS);
        String large = text.substring(0, cut < 0 ? text.length() : cut + 1);
        return new Sample("large.txt", large.getBytes(StandardCharsets.UTF_8), large);
    }

    private static List<Sample> bundledPages() {
        List<Sample> pages = new ArrayList<>();
        for (PageSource page : BundledPages.list()) {
            try {
                byte[] bytes = page.read();
                pages.add(new Sample(page.name(), bytes, Decoder.decode(bytes).text()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sample page " + page.name(), e);
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no sample pages on the classpath");
        }
        return pages;
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The timings are page after page, round after round; the sum over pages of each page's median time. */
    private static double sumOfMedians(List<Double> millis, int pageCount) {
        double total = 0;
        for (int page = 0; page < pageCount; page++) {
            List<Double> times = new ArrayList<>();
            for (int i = page; i < millis.size(); i += pageCount) {
                times.add(millis.get(i));
            }
            total += percentile(times, 50);
        }
        return total;
    }

    private static double percentile(List<Double> values, int percent) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private record Sample(String name, byte[] bytes, String text) {
    }
}
