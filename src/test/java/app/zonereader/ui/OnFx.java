package app.zonereader.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotException;
import org.testfx.util.NodeQueryUtils;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads the scene graph on the JavaFX thread, for window tests. A look-up from the test thread walks child lists that
 * the toolkit may be changing at that very moment (a pane redrawn after a click), and a property read there can see a
 * node half updated; both failed now and then in CI (IndexOutOfBoundsException in {@code Parent.lookupAll}). FxRobot
 * waits for the events its clicks and key presses cause, but its look-ups ({@code lookup}, and {@code clickOn} with a
 * query) run on the calling thread; these run on the JavaFX thread, after the events already queued there.
 */
final class OnFx {
    /** Long enough for a JavaFX thread slowed by other builds on the machine; a blocked one fails the test. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private OnFx() {
    }

    /** What {@code read} returns when run on the JavaFX thread; what it throws is thrown here as it was. */
    static <T> T get(Supplier<T> read) {
        return get(TIMEOUT, read);
    }

    static <T> T get(Duration timeout, Supplier<T> read) {
        if (Platform.isFxApplicationThread()) {
            return read.get();
        }
        FutureTask<T> task = new FutureTask<>(read::get);
        Platform.runLater(task);
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw rethrown(failed.getCause());
        } catch (TimeoutException late) {
            task.cancel(false);
            AssertionError error = new AssertionError("The JavaFX thread did not run a read of the scene graph within "
                    + timeout.toMillis() + " ms: it is busy or blocked (see the suppressed exception for where it was)");
            fxThreadStack().ifPresent(error::addSuppressed);
            throw error;
        } catch (InterruptedException interrupted) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the JavaFX thread to read the scene graph",
                    interrupted);
        }
    }

    /** Whether {@code query} finds a node. */
    static boolean exists(FxRobot robot, String query) {
        return get(() -> robot.lookup(query).tryQuery().isPresent());
    }

    /** The first node {@code query} finds, as {@code type}; fails, as {@code queryAs} does, when there is none. */
    static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return get(() -> robot.lookup(query).queryAs(type));
    }

    /** The text the first node {@code query} finds shows (see {@link ShownText}). */
    static String text(FxRobot robot, String query) {
        return get(() -> ShownText.of(robot.lookup(query).query()));
    }

    /**
     * The first visible node {@code query} finds, to click: {@code robot.clickOn(query)} would look it up from the test
     * thread. Fails as {@code clickOn} does when there is none.
     */
    static Node visible(FxRobot robot, String query) {
        return get(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                .orElseThrow(() -> new FxRobotException("the query \"" + query + "\" found no visible node")));
    }

    /** The read's own exception, with the test's stack added to it: the JavaFX thread's stack alone does not say where. */
    private static RuntimeException rethrown(Throwable cause) {
        cause.addSuppressed(new Exception("the test asked for the read here"));
        if (cause instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // a Supplier throws no checked exception unless it cheats; keep it rather than lose it
        return new IllegalStateException(cause);
    }

    private static Optional<Exception> fxThreadStack() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().equals(FX_THREAD_NAME))
                .map(Map.Entry::getValue)
                .findFirst()
                .map(stack -> {
                    Exception where = new Exception("the JavaFX thread at the time-out");
                    where.setStackTrace(stack);
                    return where;
                });
    }
}
