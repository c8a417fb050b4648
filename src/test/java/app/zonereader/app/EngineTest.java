package app.zonereader.app;

import app.zonereader.ingest.HanlpWords;
import app.zonereader.ingest.ZoneGazetteer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();

    @Test
    void nothingIsLoadedUntilSomethingNeedsIt() {
        AtomicInteger built = new AtomicInteger();
        Engine engine = new Engine(GAZETTEER, gazetteer -> {
            built.incrementAndGet();
            return new HanlpWords(gazetteer);
        });
        assertFalse(engine.loaded());
        assertEquals(0, built.get(), "opening a library must not load HanLP");

        assertEquals(List.of("永川高新区", "产教融合"), engine.words("永川高新区产教融合"));
        assertTrue(engine.loaded());
        assertSame(engine.pipeline(), engine.pipeline(), "one pipeline");
        assertEquals(1, built.get(), "the search index and the pipeline share one segmenter");
    }

    @Test
    void threadsAskingAtOnceBuildOneSegmenter() throws Exception {
        AtomicInteger built = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Engine engine = new Engine(GAZETTEER, gazetteer -> {
            built.incrementAndGet();
            return new HanlpWords(gazetteer);
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return engine.words("国家高新区");
                }));
            }
            go.countDown();
            for (Future<List<String>> answer : answers) {
                assertEquals(List.of("国家高新区"), answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, built.get());
    }
}
