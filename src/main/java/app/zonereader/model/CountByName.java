package app.zonereader.model;

import java.util.Objects;

/** A count of articles under a name (a zone or a province), for the stats charts. */
public record CountByName(String name, int count) {
    public CountByName {
        Objects.requireNonNull(name, "name");
    }
}
