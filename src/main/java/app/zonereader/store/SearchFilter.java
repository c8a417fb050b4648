package app.zonereader.store;

import java.util.Optional;

/**
 * Restricts a search to one zone, province and/or tag; an empty part does not restrict.
 *
 * @param zoneShortName zone short name, e.g. 永川高新区
 * @param province      province, e.g. 重庆
 * @param tag           tag label
 */
public record SearchFilter(Optional<String> zoneShortName, Optional<String> province, Optional<String> tag) {
    public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public SearchFilter {
        zoneShortName = zoneShortName.filter(s -> !s.isBlank());
        province = province.filter(s -> !s.isBlank());
        tag = tag.filter(s -> !s.isBlank());
    }

    /** True when some part restricts the search. */
    public boolean restricts() {
        return zoneShortName.isPresent() || province.isPresent() || tag.isPresent();
    }

    public SearchFilter withZone(String zoneShortName) {
        return new SearchFilter(Optional.of(zoneShortName), province, tag);
    }

    public SearchFilter withProvince(String province) {
        return new SearchFilter(zoneShortName, Optional.of(province), tag);
    }

    public SearchFilter withTag(String tag) {
        return new SearchFilter(zoneShortName, province, Optional.of(tag));
    }
}
