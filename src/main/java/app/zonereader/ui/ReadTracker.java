package app.zonereader.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.function.LongConsumer;

/**
 * Decides when the open article counts as read: after it has been open for a while (3 s in the app), or as soon
 * as the reader scrolls to its end. "Mark unread" holds for as long as the article stays open.
 */
final class ReadTracker {
    /** How long an article must stay open to count as read. */
    static final Duration READ_AFTER = Duration.seconds(3);
    /** Scrolled this far (0…1) counts as at the end. */
    static final double END = 0.98;

    private final PauseTransition timer;
    private final LongConsumer markRead;
    private long articleId;
    private boolean pending;

    /**
     * @param delay    how long an article must stay open ({@link #READ_AFTER}; shorter in tests)
     * @param markRead called with the article's id when it has been read
     */
    ReadTracker(Duration delay, LongConsumer markRead) {
        this.timer = new PauseTransition(delay);
        this.markRead = markRead;
        timer.setOnFinished(event -> read());
    }

    /** A new article is on screen; an article already read is left alone. */
    void opened(long id, boolean alreadyRead) {
        timer.stop();
        articleId = id;
        pending = !alreadyRead;
        if (pending) {
            timer.playFromStart();
        }
    }

    /** The reader scrolled; at the end of a text taller than the window it counts as read. */
    void scrolled(double position, boolean scrollable) {
        if (pending && isAtEnd(position, scrollable)) {
            read();
        }
    }

    /** The reader marked it unread: it stays so while open. */
    void markedUnread() {
        timer.stop();
        pending = false;
    }

    /** The window is going away: nothing more to decide. */
    void stop() {
        timer.stop();
        pending = false;
    }

    static boolean isAtEnd(double position, boolean scrollable) {
        return scrollable && position >= END;
    }

    private void read() {
        if (pending) {
            pending = false;
            timer.stop();
            markRead.accept(articleId);
        }
    }
}
