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
 * Each page goes through the pipeline and then through the segmenter, page after page, so both sides see the same
 * text under the same load; both are warmed up first (the JIT compiles the pipeline's many small methods late), and
 * the ratio quoted is the median of several repetitions.
 */
public final class IngestBench {
    private static final int WARM_UP_ROUNDS = 10;
    /** Warm-up lasts at least this long as well as {@link #WARM_UP_ROUNDS}: ten rounds are a third of a second. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
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
            long start = System.nanoTime();
            pipeline.process(large.name(), large.bytes());
            long middle = System.nanoTime();
            words.words(large.text());
            largeSegmentMillis.add((System.nanoTime() - middle) / 1e6);
            largeMillis.add((middle - start) / 1e6);
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

    private static void warmUp(List<Sample> pages, PagePipeline pipeline, HanlpWords words) {
        long until = System.nanoTime() + WARM_UP_NANOS;
        for (int round = 0; round < WARM_UP_ROUNDS || System.nanoTime() < until; round++) {
            for (Sample page : pages) {
                pipeline.process(page.name(), page.bytes());
                words.words(page.text());
            }
        }
    }

    private static Timings timeRounds(List<Sample> pages, PagePipeline pipeline, HanlpWords words, int rounds) {
        long chars = 0;
        List<Double> pipelineMillis = new ArrayList<>();
        List<Double> segmentMillis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Sample page : pages) {
                chars += page.text().length();
                long start = System.nanoTime();
                pipeline.process(page.name(), page.bytes());
                long middle = System.nanoTime();
                words.words(page.text());
                long end = System.nanoTime();
                pipelineMillis.add((middle - start) / 1e6);
                segmentMillis.add((end - middle) / 1e6);
            }
        }
        return new Timings(pipelineMillis, segmentMillis, chars);
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
