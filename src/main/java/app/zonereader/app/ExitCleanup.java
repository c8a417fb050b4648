package app.zonereader.app;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The window's clean-up, run once: when the window closes ({@code Application.stop}), or when the process is told to
 * end (SIGTERM at logout, {@code kill}), which JavaFX never turns into {@code stop}. A window killed without it left the
 * library's write-ahead log behind, and the next start took that for a crash and checked the whole file: 7–9 s at
 * 100,000 articles.
 */
final class ExitCleanup {
    private final AtomicBoolean done = new AtomicBoolean();
    private final Runnable cleanup;
    private final Thread hook;

    private ExitCleanup(Runnable cleanup) {
        this.cleanup = cleanup;
        this.hook = new Thread(this::runOnce, "zonereader-exit-cleanup");
    }

    /** The clean-up, also registered to run when the JVM shuts down. */
    static ExitCleanup onShutdown(Runnable cleanup) {
        ExitCleanup exit = new ExitCleanup(cleanup);
        Runtime.getRuntime().addShutdownHook(exit.hook);
        return exit;
    }

    /** Runs the clean-up now, unless it ran already, and no more at shutdown. */
    void runNow() {
        runOnce();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from another hook or after exit began: the hook finds the work done
        }
    }

    private void runOnce() {
        if (done.compareAndSet(false, true)) {
            cleanup.run();
        }
    }
}
