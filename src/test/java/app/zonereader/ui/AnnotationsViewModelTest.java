package app.zonereader.ui;

import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.HighlightColor;
import app.zonereader.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A slow answer to an old filter never replaces the answer to the filter on screen. */
@ExtendWith(ApplicationExtension.class)
class AnnotationsViewModelTest {
    @Test
    void theNewestFilterWinsOverALateAnswerToAnOlderOne() throws Exception {
        FakeLibraryService fake = FakeLibraryService.withSampleArticles();
        fake.addHighlight(1, 0, 6, HighlightColor.YELLOW, "");
        fake.addHighlight(3, 0, 4, HighlightColor.GREEN, "");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        // The query for 永川 hangs (ignoring interrupts, as a query inside a database driver may) until released.
        LibraryService slowForYongchuan = (LibraryService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LibraryService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotations") && ((AnnotationFilter) args[0]).zone().equals("永川高新区")) {
                        slowStarted.countDown();
                        awaitUninterruptibly(release);
                    }
                    try {
                        return method.invoke(fake, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (BackgroundTaskExecutor executor = new BackgroundTaskExecutor()) {
            AnnotationsViewModel viewModel = new AnnotationsViewModel(slowForYongchuan, executor, new StatusModel(),
                    new Texts(Texts.bundle(Locale.ENGLISH)));
            javafx.application.Platform.runLater(() -> viewModel.zoneProperty().set("永川高新区"));
            slowStarted.await(5, TimeUnit.SECONDS);
            javafx.application.Platform.runLater(() -> viewModel.zoneProperty().set("璧山高新区"));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> zones(viewModel).equals(List.of("璧山高新区")));

            release.countDown();
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("璧山高新区"), zones(viewModel));
        }
    }

    private static List<String> zones(AnnotationsViewModel viewModel) {
        return viewModel.rowsProperty().get().stream().map(AnnotationRow::zone).toList();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
