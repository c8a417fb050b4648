package app.zonereader.store;

import app.zonereader.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The zones table: the gazetteer as last passed in, keyed by short name. */
final class ZoneTable {
    private ZoneTable() {
    }

    /**
     * Inserts the zones or updates those that changed (the gazetteer may have corrected a name or a year), in the
     * caller's transaction. An unchanged zone is not written: the list is saved at every start, and a start that
     * changes nothing should not write the file.
     */
    static void upsert(Connection connection, List<Zone> zones) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO zones(short_name, name, province, city, approved_year, aliases) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(short_name) DO UPDATE SET name = excluded.name, province = excluded.province,
                    city = excluded.city, approved_year = excluded.approved_year, aliases = excluded.aliases
                WHERE (zones.name, zones.province, zones.city, zones.approved_year, zones.aliases)
                      IS NOT (excluded.name, excluded.province, excluded.city, excluded.approved_year, excluded.aliases)""")) {
            for (Zone zone : zones) {
                bind(upsert, zone);
                upsert.executeUpdate();
            }
        }
    }

    /** Adds a zone unless one of that short name exists; bind its parameters with {@link #bind}. */
    static final String INSERT_IF_MISSING = """
            INSERT OR IGNORE INTO zones(short_name, name, province, city, approved_year, aliases)
            VALUES (?, ?, ?, ?, ?, ?)""";

    static void insertIfMissing(Connection connection, Zone zone) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_MISSING)) {
            bind(insert, zone);
            insert.executeUpdate();
        }
    }

    static void bind(PreparedStatement statement, Zone zone) throws SQLException {
        statement.setString(1, zone.shortName());
        statement.setString(2, zone.name());
        statement.setString(3, zone.province());
        statement.setString(4, zone.city());
        statement.setInt(5, zone.approvedYear());
        statement.setString(6, JsonStrings.encode(zone.aliases()));
    }
}
