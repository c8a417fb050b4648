package app.zonereader.ui;

import app.zonereader.model.StatsFilter;

/** Where a chart sends a click: the articles a bar, point or cell stands for, and how to name them. */
@FunctionalInterface
interface StatsSlices {
    void show(StatsFilter slice, String caption);
}
