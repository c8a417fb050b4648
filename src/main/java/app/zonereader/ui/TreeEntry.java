package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;

import java.util.List;

/**
 * A node of the zone tree, independent of the TreeView so the grouping and sorting can be tested as plain data.
 * Groups carry the number of items below them, shown as "重庆 (3)".
 */
sealed interface TreeEntry {
    /** A stable identity for keeping nodes expanded across refreshes. */
    String key();

    /** A province, or the "Other" group of items about no zone. */
    record Group(String name, int count, boolean other, List<TreeEntry> children) implements TreeEntry {
        public Group {
            children = List.copyOf(children);
        }

        @Override
        public String key() {
            return other ? "other:" : "province:" + name;
        }
    }

    record ZoneGroup(String name, String province, int count, List<ArticleSummary> articles) implements TreeEntry {
        public ZoneGroup {
            articles = List.copyOf(articles);
        }

        @Override
        public String key() {
            return "zone:" + name;
        }
    }

    record Item(ArticleSummary summary) implements TreeEntry {
        @Override
        public String key() {
            return "article:" + summary.id();
        }
    }
}
