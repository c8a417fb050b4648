package app.zonereader.ui;

import javafx.scene.Node;

import java.util.List;

/** One chart of the stats tab, as the export sees it: the picture and the numbers behind it. */
interface StatsChart {
    /** The node a PNG export takes a picture of. */
    Node picture();

    /** The column names of the CSV export. */
    List<String> csvHeader();

    /** The rows of the CSV export, the numbers as shown (counts, not shares). */
    List<List<String>> csvRows();
}
