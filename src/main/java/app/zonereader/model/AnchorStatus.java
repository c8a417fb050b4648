package app.zonereader.model;

/** Whether an annotation's text was found in its article the last time the text could have changed. */
public enum AnchorStatus {
    /** Its quote is in the article, at {@link TextAnchor#start()}. */
    ANCHORED,
    /** Its quote is gone (or its article is): it waits in the orphan list to be re-attached or deleted. */
    ORPHANED
}
