package app.zonereader.model;

import java.util.Objects;

/**
 * A number worth noticing in an article, with its context.
 *
 * @param kind     what sort of figure
 * @param text     the figure as printed, e.g. "43825 万元"
 * @param value    the number normalised to the unit (43825 万元 → 4.3825e8 for AMOUNT in 元; 90% → 90; counts as is;
 *                 dates as yyyymmdd with missing parts 0)
 * @param unit     the unit word as printed (万元, %, 家, 年月日 for dates)
 * @param sentence the sentence the figure came from
 */
public record KeyFigure(KeyFigureKind kind, String text, double value, String unit, String sentence) {
    public KeyFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sentence, "sentence");
    }
}
