package app.zonereader.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Brings a database to the latest schema: backup first when it already holds data, then one transaction per step. */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final Database database;
    private final Migrations migrations;

    Migrator(Database database, Migrations migrations) {
        this.database = database;
        this.migrations = migrations;
    }

    void migrate() {
        int current = database.schemaVersion();
        int latest = migrations.latestVersion();
        if (current > latest) {
            // The header said otherwise, but a write-ahead log from the newer build had the last word.
            throw new NewerSchemaException(database.file(), current, latest);
        }
        if (current == latest) {
            return;
        }
        boolean heldData = holdsData();
        if (heldData) {
            backUpBefore(current + 1);
        }
        for (Migration step : migrations.steps()) {
            if (step.version() > current) {
                apply(step);
            }
        }
        if (heldData) {
            // Steps that rebuild a table leave its old pages free inside the file; an upgrade happens once per
            // release, so this is the one moment to hand them back (V6 frees a third of the file).
            database.execute("VACUUM");
            LOG.info("compacted {} after upgrading its schema", database.file());
        }
    }

    /** The path of the copy taken before migrating {@code file} to {@code version}. */
    static Path backupPath(Path file, int version) {
        return file.resolveSibling(file.getFileName() + ".before-v" + version + ".bak");
    }

    private boolean holdsData() {
        return database.schemaVersion() > 0 || database.queryInt("SELECT count(*) FROM sqlite_schema") > 0;
    }

    private void backUpBefore(int version) {
        Path backup = backupPath(database.file(), version);
        try {
            Files.deleteIfExists(backup);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot replace the old migration backup " + backup + ": " + e.getMessage(), e);
        }
        database.checkpoint();
        database.copyTo(backup);
        LOG.info("copied {} to {} before upgrading its schema", database.file(), backup);
    }

    private void apply(Migration step) {
        Connection connection = database.connection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : step.statements()) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + step.version());
                connection.commit();
                LOG.info("applied schema step {}", step.name());
            } catch (SQLException e) {
                connection.rollback();
                throw new StoreException("Could not upgrade the library with " + step.name() + ": " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not upgrade the library with " + step.name() + ": " + e.getMessage(), e);
        }
    }
}
