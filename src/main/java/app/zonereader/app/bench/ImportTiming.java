package app.zonereader.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Where a bench import's time goes: the page workers (segmenting for search, CPU time summed over the workers) against
 * the one writer (each page's transaction, wall time), and how often the writer found the next page not yet ready.
 * The import is as fast as the slower side; on two cores the workers and the writer also share the processors.
 * Thread-safe for the workers' side; the writer's side is the calling thread's alone.
 */
final class ImportTiming {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong prepareCpuNanos = new AtomicLong();
    private long writeNanos;
    private long waitNanos;
    private int waits;
    private int pages;

    /** The figures of an import that took {@code seconds} end to end. */
    record Figures(double seconds, int pages, double prepareCpuMsPerPage, double writeMsPerPage, int writerWaits,
                   double writerWaitMsPerPage) {
    }

    /** Runs a worker's part of one page, counting the worker thread's CPU time. */
    <T> T prepare(Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            prepareCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
    }

    /** Records that the writer waited {@code nanos} for the next page ({@code ready}: it was there already). */
    void waited(boolean ready, long nanos) {
        if (!ready) {
            waits++;
        }
        waitNanos += nanos;
    }

    /** Records one page's transaction. */
    void wrote(long nanos) {
        writeNanos += nanos;
        pages++;
    }

    Figures figures(double seconds) {
        int count = Math.max(1, pages);
        return new Figures(seconds, pages, prepareCpuNanos.get() / 1e6 / count, writeNanos / 1e6 / count, waits,
                waitNanos / 1e6 / count);
    }
}
