package app.zonereader.app;

import app.zonereader.service.LibraryService;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * For the start-up benchmark only ({@code -Dzonereader.probe=true}): prints a line when the tree's top level has been
 * drawn, the CPU time used until then, then the resident memory, then the resident memory again after 100 searches and 100 article opens through the
 * service, and exits. The parent process reads those lines; nothing else in the application depends on the probe.
 */
final class StartupProbe {
    /** The system property that turns the probe on. */
    static final String PROPERTY = "zonereader.probe";
    /** Every line the probe prints starts with this, so the parent can tell them from log output. */
    static final String PREFIX = "zonereader-probe ";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static final List<String> QUERIES = List.of("创新", "高新区", "产教融合", "数字*", "永川 职教");
    private static final int ROUNDS = 100;

    private final PrintStream out;

    private StartupProbe(PrintStream out) {
        this.out = out;
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Watches {@code scene} pulse by pulse until a tree cell shows an entry, then measures and exits. */
    static void watch(Scene scene, LibraryService service) {
        StartupProbe probe = new StartupProbe(System.out);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (treeDrawn(scene)) {
                    stop();
                    probe.report("tree-drawn");
                    probe.report("cpu-ms " + processCpuMillis());
                    probe.report("rss-start-mb " + residentMegabytes());
                    Thread work = new Thread(() -> probe.searchAndOpen(service), "startup-probe");
                    work.setDaemon(true);
                    work.start();
                }
            }
        }.start();
    }

    /** True once a tree cell that shows an entry has been laid out: the pulse that follows draws it. */
    static boolean treeDrawn(Scene scene) {
        for (Node node : scene.getRoot().lookupAll(".tree-cell")) {
            if (node instanceof TreeCell<?> cell && !cell.isEmpty() && cell.getItem() != null && cell.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private void searchAndOpen(LibraryService service) {
        try {
            // Ids of a library built in one go run from 1 to the count; an id that is gone just finds nothing.
            int count = service.articleCount();
            Random random = new Random(1);
            for (int i = 0; i < ROUNDS; i++) {
                service.search(QUERIES.get(i % QUERIES.size()), 50);
                if (count > 0) {
                    long id = 1 + random.nextInt(count);
                    service.article(id).ifPresent(found -> service.marks(id));
                }
            }
            report("rss-after-mb " + residentMegabytes());
        } catch (RuntimeException e) {
            LOG.error("startup probe failed", e);
            report("failed " + e.getMessage());
        } finally {
            Platform.exit();
        }
    }

    private void report(String line) {
        out.println(PREFIX + line);
        out.flush();
    }

    /**
     * CPU time this process has used so far, all threads, in ms; -1 where the platform does not say. On a machine
     * shared with other work it tells the start's own cost apart from the time spent waiting for a core.
     */
    static long processCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** VmRSS of this process from /proc (Linux), in MB; -1 where /proc is not there. */
    static long residentMegabytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("cannot read resident memory from {}: {}", status, e.getMessage());
        }
        return -1;
    }
}
