package app.zonereader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second JVM on this test's class path, for what only another process can show (locks, signals). */
final class ChildJava {
    private ChildJava() {
    }

    /** This JVM's java launcher. */
    static String launcher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code mainClass} with {@code args} in a child JVM that shares this process's output. */
    static Process start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = Stream.concat(Stream.of(launcher(), "-cp", System.getProperty("java.class.path"),
                mainClass.getName()), Stream.of(args)).toList();
        return new ProcessBuilder(command).inheritIO().start();
    }

    /** Waits until the child creates {@code file}, failing if it dies first or takes longer than 30 s. */
    static void awaitFile(Process child, Path file, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(file)) {
            assertTrue(child.isAlive() && System.currentTimeMillis() < deadline, what);
            Thread.sleep(20);
        }
    }
}
