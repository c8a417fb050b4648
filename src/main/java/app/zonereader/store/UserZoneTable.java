package app.zonereader.store;

import app.zonereader.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The zones the reader added to the gazetteer from the window, kept in the library (schema V9). */
final class UserZoneTable {
    private final Connection connection;

    UserZoneTable(Connection connection) {
        this.connection = connection;
    }

    List<Zone> all() throws SQLException {
        List<Zone> zones = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, short_name, province, city FROM user_zones ORDER BY added_at, short_name");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                // Not a State Council list entry: no approval year.
                zones.add(new Zone(row.getString(1), row.getString(2), List.of(), row.getString(3), row.getString(4), 0));
            }
        }
        return zones;
    }

    /** Runs inside the caller's transaction; the zone also joins the zones table so its articles show a province. */
    void add(Zone zone, Instant now) throws SQLException {
        Sql.update(connection, "INSERT INTO user_zones(short_name, name, province, city, added_at) VALUES (?, ?, ?, ?, ?)",
                zone.shortName(), zone.name(), zone.province(), zone.city(), now.toString());
        ZoneTable.upsert(connection, List.of(zone));
    }
}
