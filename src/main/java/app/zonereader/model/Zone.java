package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * A national high-tech zone from the gazetteer.
 *
 * @param name         official full name, e.g. 重庆永川高新技术产业开发区
 * @param shortName    the name people write, e.g. 永川高新区; this is the zone's identity in the app
 * @param aliases      other names that refer to the zone unambiguously
 * @param province     province-level division, e.g. 重庆
 * @param city         prefecture-level city
 * @param approvedYear year the State Council approved it as a national zone
 */
public record Zone(String name, String shortName, List<String> aliases, String province, String city, int approvedYear) {
    public Zone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(city, "city");
        aliases = List.copyOf(aliases);
        if (shortName.isBlank()) {
            throw new IllegalArgumentException("zone without a short name: " + name);
        }
    }
}
