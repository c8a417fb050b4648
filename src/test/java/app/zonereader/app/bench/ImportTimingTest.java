package app.zonereader.app.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's time and waits are per page written; the workers' work is their CPU time. */
class ImportTimingTest {
    @Test
    void figuresArePerPageWritten() {
        ImportTiming timing = new ImportTiming();
        assertEquals("rows", timing.prepare(() -> "rows"), "the worker's result comes back");
        timing.waited(true, 0);
        timing.wrote(4_000_000);
        timing.waited(false, 2_000_000);
        timing.wrote(8_000_000);

        ImportTiming.Figures figures = timing.figures(1.5);
        assertEquals(1.5, figures.seconds());
        assertEquals(2, figures.pages());
        assertEquals(6.0, figures.writeMsPerPage(), 1e-9);
        assertEquals(1, figures.writerWaits(), "only the page that was not ready counts as a wait");
        assertEquals(1.0, figures.writerWaitMsPerPage(), 1e-9);
        assertTrue(figures.prepareCpuMsPerPage() >= 0);
    }

    @Test
    void theWorkersCpuTimeIsCounted() {
        ImportTiming timing = new ImportTiming();
        timing.prepare(() -> {
            long until = System.nanoTime() + 30_000_000;
            long spin = 0;
            while (System.nanoTime() < until) {
                spin++;
            }
            return spin;
        });
        timing.wrote(0);
        assertTrue(timing.figures(1).prepareCpuMsPerPage() > 5, "30 ms of spinning is CPU time");
    }
}
