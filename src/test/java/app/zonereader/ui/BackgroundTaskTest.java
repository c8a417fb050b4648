package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task the view models hand the executor: plain Java, so it runs here without the JavaFX toolkit. */
class BackgroundTaskTest {
    private final List<String> calls = new ArrayList<>();

    private <V> BackgroundTask<V> recorded(BackgroundTask<V> task) {
        return task.onSuccess(value -> calls.add("success " + value))
                .onFailure(error -> calls.add("failure " + error.getMessage()))
                .onCancelled(() -> calls.add("cancelled"));
    }

    @Test
    void deliversTheResultOrTheFailure() {
        recorded(BackgroundTask.of(() -> 42)).runHere();
        recorded(BackgroundTask.<Integer>of(() -> {
            throw new IllegalStateException("the library is closed");
        })).runHere();
        assertEquals(List.of("success 42", "failure the library is closed"), calls);
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRunsItsWork() {
        AtomicBoolean ran = new AtomicBoolean();
        BackgroundTask<Boolean> task = recorded(BackgroundTask.of(() -> ran.getAndSet(true)));
        task.cancel();
        task.runHere();
        assertFalse(ran.get());
        assertEquals(List.of("cancelled"), calls);
        assertTrue(task.isFinished());
    }

    @Test
    void aTaskCancelledAfterItsWorkEndedDeliversNeitherResultNorFailure() throws Exception {
        BackgroundTask<String> answered = recorded(BackgroundTask.of(() -> "late answer"));
        String value = answered.call(null);
        answered.cancel(); // on the UI thread, while the answer was on its way there
        answered.succeeded(value);

        BackgroundTask<String> failed = recorded(BackgroundTask.of(() -> "unused"));
        failed.cancel();
        failed.failed(new IllegalStateException("interrupted"));

        assertEquals(List.of("cancelled", "cancelled"), calls);
    }

    @Test
    void longWorkReportsMessagesAndProgressAndSeesACancel() {
        List<Double> fractions = new ArrayList<>();
        BackgroundTask<Integer> task = BackgroundTask.reporting(progress -> {
            progress.updateMessage("starting");
            progress.updateProgress(-1, 4);
            int done = 0;
            while (done < 4 && !progress.isCancelled()) {
                done++;
                progress.updateProgress(done, 4);
                progress.updateMessage("file " + done);
            }
            return done;
        });
        task.onMessage(calls::add).onProgress(fractions::add).onSuccess(done -> calls.add("done " + done));
        task.runHere();
        assertEquals(List.of("starting", "file 1", "file 2", "file 3", "file 4", "done 4"), calls);
        assertEquals(List.of(-1.0, 0.25, 0.5, 0.75, 1.0), fractions);
    }

    @Test
    void progressIsAFractionOrIndeterminate() {
        assertEquals(0.5, BackgroundTask.fraction(2, 4));
        assertEquals(1.0, BackgroundTask.fraction(5, 4), "never past the end");
        assertEquals(BackgroundTask.INDETERMINATE, BackgroundTask.fraction(-1, 4));
        assertEquals(BackgroundTask.INDETERMINATE, BackgroundTask.fraction(0, 0), "nothing to do is not 'done'");
    }
}
