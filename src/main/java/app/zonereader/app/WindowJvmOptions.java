package app.zonereader.app;

import java.util.List;

/**
 * The JVM options the window is started with: by {@code mvn javafx:run} (the pom's javafx-maven-plugin options, which
 * {@code WindowJvmOptionsTest} keeps equal to this list), by the start-up benchmark's child JVM, and as the README
 * tells to start the jar. A reading window holds little (about 90 MB live with HanLP loaded); the JVM's defaults size
 * the heap for a server (an initial heap of 1/64 of the machine's memory, G1 and its remembered sets), which cost a
 * hundred megabytes of resident memory more than the data.
 */
public final class WindowJvmOptions {
    /**
     * Serial GC: the smallest collector for one user's heap of a hundred megabytes (young pauses of 10–60 ms);
     * a small initial heap that grows when an import needs it, and is given back after a collection that leaves
     * more than 20 % free. No maximum: a large import may need more than the window does. The client compiler only
     * (C1): it halves the start's CPU and keeps ~30 MB of C2's code and scratch memory out, while an import in the
     * window, bound by its one SQLite writer, runs as fast (712 against 728 articles/s). Every second the JVM gives
     * the C library's free memory back to the system (the JIT compilers' scratch memory, freed but kept by malloc:
     * about 20 MB); the flag exists from Java 17.0.9 (experimental before 17.0.12), and an older JVM ignores it.
     */
    public static final List<String> OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms24m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UnlockExperimentalVMOptions", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=1000");

    private WindowJvmOptions() {
    }
}
