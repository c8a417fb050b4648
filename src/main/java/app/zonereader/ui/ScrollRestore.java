package app.zonereader.ui;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Puts a page back where the reader left it. The body's height is an estimate that grows over the first layout
 * passes, and the scroll pane keeps its pixel offset when its content grows, so a position set once drifts; the
 * place is held while the page settles, until the reader scrolls, clicks or types.
 */
final class ScrollRestore {
    /** Long enough for the text area to lay out a long article. */
    static final Duration SETTLE = Duration.seconds(1);

    private final ScrollPane scroller;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private double target = -1;
    private boolean applying;

    ScrollRestore(ScrollPane scroller, Region content) {
        this.scroller = scroller;
        settle.setOnFinished(event -> target = -1);
        content.heightProperty().addListener((observable, old, height) -> {
            if (target >= 0) {
                apply();
            }
        });
        scroller.addEventFilter(ScrollEvent.SCROLL, this::readerMoved);
        scroller.addEventFilter(MouseEvent.MOUSE_PRESSED, this::readerMoved);
        scroller.addEventFilter(KeyEvent.KEY_PRESSED, this::readerMoved);
    }

    /** Scrolls to {@code position} (0 top … 1 end) and holds it while the page settles. */
    void restore(double position) {
        target = position;
        apply();
        settle.playFromStart();
    }

    /** Lets go of the held place (another scroll target, e.g. a search hit, takes over). */
    void stop() {
        target = -1;
        settle.stop();
    }

    /** True while the position is being set or held here rather than moved by the reader. */
    boolean holding() {
        return applying || target >= 0;
    }

    private void readerMoved(Event event) {
        stop();
    }

    private void apply() {
        applying = true;
        try {
            scroller.setVvalue(target);
        } finally {
            applying = false;
        }
    }
}
