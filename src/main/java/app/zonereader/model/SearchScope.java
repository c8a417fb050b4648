package app.zonereader.model;

import java.util.Objects;

/**
 * Where a search looks: everywhere, or only in one zone, one province and/or among articles with one tag.
 * An empty part does not restrict.
 */
public record SearchScope(String zone, String province, String tag) {
    public static final SearchScope ALL = new SearchScope("", "", "");

    public SearchScope {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(tag, "tag");
    }

    public static SearchScope zone(String zone) {
        return new SearchScope(zone, "", "");
    }

    public static SearchScope province(String province) {
        return new SearchScope("", province, "");
    }

    public static SearchScope tag(String tag) {
        return new SearchScope("", "", tag);
    }

    public boolean isAll() {
        return zone.isEmpty() && province.isEmpty() && tag.isEmpty();
    }
}
