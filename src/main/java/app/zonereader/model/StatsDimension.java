package app.zonereader.model;

/** What articles are counted by: their zone, province, month (yyyy-MM) or tags (an article counts once per tag). */
public enum StatsDimension {
    ZONE, PROVINCE, MONTH, TAG
}
