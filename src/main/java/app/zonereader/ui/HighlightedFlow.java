package app.zonereader.ui;

import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * A TextFlow with a marker-pen background behind its search hits. Text nodes cannot have a background, so the
 * hit ranges are traced with {@link TextFlow#rangeShape} after each layout and drawn as a path underneath.
 */
final class HighlightedFlow extends javafx.scene.layout.Pane {
    private final TextFlow flow;
    private final Path marker = new Path();
    private final List<int[]> hitRanges = new ArrayList<>();

    HighlightedFlow(TextFlow flow, List<TextSegment> segments) {
        this.flow = flow;
        getStyleClass().add("highlighted-flow");
        marker.getStyleClass().add("search-hit-marker");
        marker.setManaged(false);
        int offset = 0;
        for (TextSegment segment : segments) {
            if (segment.hit()) {
                hitRanges.add(new int[] {offset, offset + segment.text().length()});
            }
            offset += segment.text().length();
        }
        getChildren().addAll(marker, flow);
    }

    /**
     * Its height depends on its width, like the TextFlow inside. Without this a VBox asked for the height at no
     * width (one unwrapped line) and the wrapped text spilled over the blocks below: the overlap of issue 9.
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(width - snappedLeftInset() - snappedRightInset()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, flow.prefHeight(width));
        flow.layout();
        List<PathElement> elements = new ArrayList<>();
        for (int[] range : hitRanges) {
            elements.addAll(List.of(flow.rangeShape(range[0], range[1])));
        }
        marker.getElements().setAll(elements);
        marker.setLayoutX(flow.getLayoutX());
        marker.setLayoutY(flow.getLayoutY());
    }
}
