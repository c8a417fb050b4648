package app.zonereader.app.bench;

import app.zonereader.app.WindowJvmOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the window in a child JVM under the headless toolkit (Monocle) on a library and reads what the application's
 * start-up probe prints: the time from process start to the tree's top level drawn (and the CPU time the child used
 * until then, which a busy machine does not inflate), and the child's resident memory
 * after start and after 100 searches and 100 article opens.
 */
final class StartupBench {
    /** Mirrors app.zonereader.app.StartupProbe, which this package cannot see. */
    private static final String PROBE_PROPERTY = "zonereader.probe";
    private static final String PREFIX = "zonereader-probe ";
    private static final long TIMEOUT_SECONDS = 300;

    private StartupBench() {
    }

    /** What one start measured. */
    record Startup(double millis, long cpuMillis, long rssStartMb, long rssAfterMb) {
    }

    /**
     * Starts the window on {@code database} once; {@code log} receives the child's standard error. The child keeps its
     * preferences in {@code preferences}, emptied first: every run is a reader's first start with this library (no
     * remembered layout, e.g. no provinces unfolded), whoever used a window on this machine before, and the bench never
     * writes the window's place into the user's own preferences.
     */
    static Startup run(Path database, Path log, Path preferences) throws IOException, InterruptedException {
        deleteTree(preferences);
        Files.createDirectories(preferences);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The options the window ships with, nothing of the benchmark's own.
        command.addAll(WindowJvmOptions.OPTIONS);
        command.addAll(List.of(
                "-D" + PROBE_PROPERTY + "=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dfile.encoding=UTF-8", "-Djava.util.prefs.userRoot=" + preferences.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                "app.zonereader.app.Launcher", "--db", database.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        long start = System.nanoTime();
        Process child = builder.start();
        // A child that hangs before printing would block the reading below for ever.
        Thread watchdog = new Thread(() -> {
            try {
                if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "startup-bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        double treeMillis = -1;
        long cpuMillis = -1;
        long rssStart = -1;
        long rssAfter = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith(PREFIX)) {
                    continue;
                }
                String[] words = line.substring(PREFIX.length()).split(" ", 2);
                switch (words[0]) {
                    case "tree-drawn" -> treeMillis = (System.nanoTime() - start) / 1e6;
                    case "cpu-ms" -> cpuMillis = Long.parseLong(words[1]);
                    case "rss-start-mb" -> rssStart = Long.parseLong(words[1]);
                    case "rss-after-mb" -> rssAfter = Long.parseLong(words[1]);
                    case "failed" -> throw new IllegalStateException("the start-up probe failed: " + words[1]);
                    default -> { } // a newer probe's line: not ours to read
                }
            }
        }
        child.waitFor();
        if (treeMillis < 0 || rssAfter < 0) {
            throw new IllegalStateException("the window never showed its tree (exit " + child.exitValue()
                    + "); see " + log);
        }
        return new Startup(treeMillis, cpuMillis, rssStart, rssAfter);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
