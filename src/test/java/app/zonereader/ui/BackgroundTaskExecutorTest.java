package app.zonereader.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the real executor the window fills itself without ever querying the library on the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTaskExecutorTest {
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final FakeLibraryService library = FakeLibraryService.empty();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(library, executor, Texts.bundle(Locale.ENGLISH), List.of(
                FakeLibraryService.page("a.txt", "永川高新区新闻\n正文。"),
                FakeLibraryService.page("b.txt", "璧山高新区新闻\n正文。")), new RecordingExporter());
        stage.setScene(window.createScene());
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void firstRunImportHappensOffTheFxThreadAndFillsTheTree() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> OnFx.get(() -> window.treePane().provinceNodes().size() == 1));
        assertEquals(List.of("永川高新区新闻", "璧山高新区新闻"), library.titles());
        assertFalse(library.calledOnFxThread(), "the library was queried on the JavaFX thread");
    }

    @Test
    void runsTasksOnNamedDaemonThreadsAndAnswersOnTheFxThread() throws Exception {
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        CompletableFuture<Boolean> answeredOnFxThread = new CompletableFuture<>();
        executor.execute(BackgroundTask.of(Thread::currentThread).onSuccess(thread -> {
            worker.complete(thread);
            answeredOnFxThread.complete(Platform.isFxApplicationThread());
        }));
        assertTrue(worker.get(5, TimeUnit.SECONDS).isDaemon());
        assertTrue(worker.get().getName().startsWith("zonereader-task-"));
        assertTrue(answeredOnFxThread.get(5, TimeUnit.SECONDS));
    }

    @Test
    void messagesAndProgressReachTheFxThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(BackgroundTask.reporting(progress -> {
            progress.updateMessage("half way");
            progress.updateProgress(1, 2);
            return null;
        }).onMessage(message -> seen.add(message + " fx=" + Platform.isFxApplicationThread()))
                .onProgress(fraction -> seen.add(fraction + " fx=" + Platform.isFxApplicationThread()))
                .onSuccess(ignored -> done.complete(null)));
        done.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("half way fx=true", "0.5 fx=true"), seen);
    }

    @Test
    void aTaskCancelledWhileItsWorkRunsNeverDeliversItsAnswer() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        BackgroundTask<String> slow = BackgroundTask.of(() -> {
            started.countDown();
            release.await(); // a query inside a database driver finishes whatever the UI thinks of it
            return "stale";
        }).onSuccess(delivered::add).onCancelled(() -> ended.complete(null));
        executor.execute(slow);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(slow::cancel).get(5, TimeUnit.SECONDS);
        release.countDown();
        ended.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(), delivered);
    }
}
