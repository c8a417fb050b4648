package app.zonereader.ui;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;

import java.util.List;

/**
 * A node of the zone tree, independent of the TreeView so the grouping and sorting can be tested as plain data.
 * Groups carry the number of items below them and how many are unread, shown as "重庆 (3) · 未读 2".
 */
sealed interface TreeEntry {
    /** A stable identity for keeping nodes expanded and selected across refreshes; unique in the tree. */
    String key();

    /** A province with its zones, or the "Other" group of items about no zone (no children: loaded when unfolded). */
    record Group(String name, int count, int unread, boolean other, List<TreeEntry> children) implements TreeEntry {
        static final String OTHER_KEY = "other:";

        public Group {
            children = List.copyOf(children);
        }

        @Override
        public String key() {
            return other ? OTHER_KEY : "province:" + name;
        }
    }

    /** A zone; its items are loaded when it is unfolded. */
    record ZoneGroup(String name, String province, int count, int unread) implements TreeEntry {
        @Override
        public String key() {
            return "zone:" + name;
        }
    }

    /**
     * An item, listed under its zone (or Other) and again under Bookmarks and each of its tags.
     *
     * @param parentKey the key of the node it is listed under, so each listing has a key of its own
     */
    record Item(ArticleSummary summary, String parentKey) implements TreeEntry {
        @Override
        public String key() {
            return parentKey + "/article:" + summary.id();
        }

        /** True for a second listing (under Bookmarks or a tag), false for its place under its zone or Other. */
        boolean isShortcut() {
            return parentKey.equals(Bookmarks.KEY) || parentKey.equals(NeedsReview.KEY) || parentKey.startsWith(Tag.KEY_PREFIX);
        }
    }

    /** The "Bookmarks" shelf at the top: the bookmarked items in reading order. */
    record Bookmarks(List<ArticleSummary> articles) implements TreeEntry {
        static final String KEY = "bookmarks:";

        public Bookmarks {
            articles = List.copyOf(articles);
        }

        @Override
        public String key() {
            return KEY;
        }
    }

    /** The "Tags" branch: every tag in the library with how many items carry it. */
    record Tags(List<CountByName> tags) implements TreeEntry {
        public Tags {
            tags = List.copyOf(tags);
        }

        @Override
        public String key() {
            return "tags:";
        }
    }

    /** One tag; its items are loaded when it is unfolded. */
    record Tag(String name, int count) implements TreeEntry {
        static final String KEY_PREFIX = "tag:";

        @Override
        public String key() {
            return KEY_PREFIX + name;
        }
    }

    /** Stands in for the items of a tag, a zone or Other until they are loaded. */
    record Loading(String parentKey) implements TreeEntry {
        @Override
        public String key() {
            return parentKey + "/loading";
        }
    }

    /** The items the engine was unsure of that the reader has not corrected or marked reviewed (待核对). */
    /** The shelf of items to check: its count at once, its items when it is unfolded. */
    record NeedsReview(int count) implements TreeEntry {
        static final String KEY = "review:";

        @Override
        public String key() {
            return KEY;
        }
    }
}
