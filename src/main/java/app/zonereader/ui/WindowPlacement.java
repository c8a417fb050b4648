package app.zonereader.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers where the reader left the window (position, size, maximised) in the user's preferences and puts it back
 * at the next start. A saved place that no longer fits on any screen (a monitor was unplugged) is ignored, so the
 * window never opens out of sight.
 */
public final class WindowPlacement {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    /** Smaller than this is a window someone shrank by accident; the default size serves better. */
    private static final double MIN_SIDE = 400;
    /** How much of the title bar must be on a screen for the saved place to count as visible. */
    private static final double GRIP = 60;

    private final Preferences node;

    /** @param node where to keep the placement, e.g. a node of {@code Preferences.userNodeForPackage(…)} */
    public WindowPlacement(Preferences node) {
        this.node = node;
    }

    /** Moves and sizes the stage as it was last left; call before showing it. Does nothing the first time. */
    public void restore(Stage stage) {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (width >= MIN_SIDE && height >= MIN_SIDE && !Double.isNaN(x) && !Double.isNaN(y)
                && titleBarVisible(x, y, width)) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized(node.getBoolean(MAXIMIZED, false));
    }

    /**
     * Saves the stage's place; call when the window closes. A maximised window keeps the size it had before,
     * so un-maximising it next time gives the reader's own size back.
     */
    public void remember(Stage stage) {
        node.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble(X, stage.getX());
            node.putDouble(Y, stage.getY());
            node.putDouble(WIDTH, stage.getWidth());
            node.putDouble(HEIGHT, stage.getHeight());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window's place is not worth an error dialog; the next start uses the default size.
            LOG.warn("could not save the window placement: {}", e.getMessage());
        }
    }

    private static boolean titleBarVisible(double x, double y, double width) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), GRIP);
        return Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(screen -> {
            Rectangle2D overlap = intersection(screen, titleBar);
            return overlap != null && overlap.getWidth() >= Math.min(GRIP, width) && overlap.getHeight() >= GRIP / 2;
        });
    }

    private static Rectangle2D intersection(Rectangle2D a, Rectangle2D b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX > minX && maxY > minY ? new Rectangle2D(minX, minY, maxX - minX, maxY - minY) : null;
    }
}
