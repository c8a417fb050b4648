package app.zonereader.store;

import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The corrections table: rows keyed by page hash and item, in the order the reader made them (by id). */
final class CorrectionTable {
    private static final String COLUMNS =
            "id, page_hash, ordinal, last_ordinal, kind, value, anchor, context, engine_value, applied, created_at";

    private final Connection connection;

    CorrectionTable(Connection connection) {
        this.connection = connection;
    }

    List<Correction> onPage(String pageHash) throws SQLException {
        return select("WHERE page_hash = ? ORDER BY id", pageHash);
    }

    List<Correction> all() throws SQLException {
        return select("ORDER BY page_hash, ordinal, id");
    }

    /**
     * Writes each correction as given: a new one (id 0) is inserted, a stored one updated in place (its page, items,
     * engine value and state), a deleted one put back under its old id. Runs inside the caller's transaction.
     *
     * @return the corrections with their ids
     */
    List<Correction> save(Collection<Correction> corrections) throws SQLException {
        List<Correction> saved = new ArrayList<>();
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO corrections(" + COLUMNS + """
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET page_hash = excluded.page_hash, ordinal = excluded.ordinal,
                    last_ordinal = excluded.last_ordinal, engine_value = excluded.engine_value, applied = excluded.applied""",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Correction correction : corrections) {
                // a new row gets its id from SQLite; a stored or deleted one keeps its own
                Sql.bind(upsert, correction.id() == 0 ? null : correction.id(), correction.pageHash(), correction.ordinal(), correction.lastOrdinal(),
                        correction.kind().code(), correction.value(), correction.anchor(), correction.context(),
                        correction.engineValue(), correction.applied() ? 1 : 0, correction.createdAt());
                upsert.executeUpdate();
                saved.add(correction.id() != 0 ? correction : correction.withId(Sql.generatedId(upsert)));
            }
        }
        return saved;
    }

    void delete(Collection<Long> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM corrections WHERE id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private List<Correction> select(String where, Object... parameters) throws SQLException {
        List<Correction> corrections = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM corrections " + where)) {
            Sql.bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    corrections.add(new Correction(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4),
                            CorrectionKind.fromCode(row.getString(5)), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9), row.getInt(10) == 1, row.getString(11)));
                }
            }
        }
        return corrections;
    }
}
