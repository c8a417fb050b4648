package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The newest request wins: an old answer that arrives late, or its failure, never reaches the view model. */
class NewestWinsTest {
    private final ManualTaskExecutor executor = ManualTaskExecutor.onCallingThread();
    private final NewestWins loads = new NewestWins(executor);
    private final List<String> shown = new ArrayList<>();

    private BackgroundTask<String> answering(String answer) {
        return BackgroundTask.of(() -> answer).onSuccess(shown::add).onFailure(error -> shown.add("failed"));
    }

    @Test
    void anOldAnswerArrivingAfterTheNewOneIsDropped() {
        loads.execute(answering("old"));
        loads.execute(answering("new"));
        executor.runNewest();
        executor.runNext();
        assertEquals(List.of("new"), shown);
    }

    @Test
    void anOldFailureIsDroppedToo() {
        loads.execute(BackgroundTask.<String>of(() -> {
            throw new IllegalStateException("slow and broken");
        }).onFailure(error -> shown.add("failed")));
        loads.execute(answering("new"));
        executor.runAll();
        assertEquals(List.of("new"), shown);
    }

    @Test
    void answersInOrderShowOnlyTheNewest() {
        loads.execute(answering("first"));
        loads.execute(answering("second"));
        loads.execute(answering("third"));
        executor.runAll();
        assertEquals(List.of("third"), shown);
    }

    @Test
    void cancellingDropsTheNewestAsWell() {
        loads.execute(answering("cleared"));
        assertTrue(loads.isPending());
        loads.cancel();
        assertFalse(loads.isPending());
        executor.runAll();
        assertEquals(List.of(), shown);
    }

    @Test
    void isPendingUntilTheNewestAnswerArrives() {
        assertFalse(loads.isPending(), "nothing asked yet");
        loads.execute(answering("a"));
        assertTrue(loads.isPending());
        executor.runAll();
        assertFalse(loads.isPending());
    }
}
