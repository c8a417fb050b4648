package app.zonereader.app.bench;

import app.zonereader.app.WindowJvmOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /** Starts the window on {@code database} once; {@code log} receives the child's standard error. */
    static Startup run(Path database, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The options the window ships with, nothing of the benchmark's own.
        command.addAll(WindowJvmOptions.OPTIONS);
        command.addAll(List.of(
                "-D" + PROBE_PROPERTY + "=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dfile.encoding=UTF-8",
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
}
