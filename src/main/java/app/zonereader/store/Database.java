package app.zonereader.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * One open library file: a single connection in WAL mode with foreign keys on, schema brought up to date on open.
 * Not thread-safe; {@link LibraryStore} serialises access.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final long THOROUGH_CHECK_BYTES = 64L << 20;
    private static final int PAGE_SIZE_OFFSET = 16;
    private static final int CHANGE_COUNTER_OFFSET = 24;
    private static final int PAGE_COUNT_OFFSET = 28;
    private static final int VERSION_VALID_FOR_OFFSET = 92;

    private final Path file;
    private final Connection connection;
    /** A large file left by a session that did not close cleanly: quick_check is still to run (see {@link #open}). */
    private final boolean thoroughCheckPending;

    private Database(Path file, Connection connection, boolean thoroughCheckPending) {
        this.file = file;
        this.connection = connection;
        this.thoroughCheckPending = thoroughCheckPending;
    }

    /** Opens (or creates) the library at {@code file} with the application's schema. */
    public static Database open(Path file) {
        return open(file, Migrations.standard());
    }

    /**
     * Opens (or creates) a database and applies the pending migrations, each in its own transaction. An existing
     * database is first copied to {@code <name>.before-v<N>.bak}.
     *
     * @throws NewerSchemaException      the file comes from a newer build; it is left untouched
     * @throws CorruptDatabaseException  the file is not SQLite or is damaged
     */
    public static Database open(Path file, Migrations migrations) {
        return open(file, migrations, THOROUGH_CHECK_BYTES);
    }

    /** Like {@link #open(Path, Migrations)}, taking files above {@code largeBytes} for large (see {@link #checkFor}). */
    static Database open(Path file, Migrations migrations, long largeBytes) {
        Path absolute = file.toAbsolutePath();
        createFolders(absolute);
        int headerVersion = checkHeader(absolute);
        if (headerVersion > migrations.latestVersion()) {
            throw new NewerSchemaException(absolute, headerVersion, migrations.latestVersion());
        }
        Check check = checkFor(absolute, largeBytes);
        Connection connection = connect(absolute);
        Database database = new Database(absolute, connection, check == Check.THOROUGH_LATER);
        try {
            database.checkIntegrity(check == Check.THOROUGH_NOW);
            new Migrator(database, migrations).migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Whether the file is large and was left by a session that did not close cleanly, so that {@link #quickCheck}
     * is still to run; it was left out of opening because it reads every page (7–9 s at 100,000 articles).
     */
    public boolean thoroughCheckPending() {
        return thoroughCheckPending;
    }

    /**
     * SQLite's {@code quick_check} of the library file on a read-only connection of its own, so that the library stays
     * usable meanwhile: "ok" when the file is sound, else what is wrong.
     */
    public static String quickCheck(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection own = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            String result = checkResult(own, "PRAGMA quick_check");
            return result.isEmpty() ? "no answer" : result;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** The rows of an integrity pragma joined with "; " ("ok" when sound), or the error's message. */
    private static String checkResult(Connection connection, String pragma) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(pragma)) {
            StringBuilder result = new StringBuilder();
            while (rows.next()) {
                result.append(result.isEmpty() ? "" : "; ").append(rows.getString(1));
            }
            return result.toString();
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        return queryInt("PRAGMA user_version");
    }

    /** Moves the write-ahead log into the main file, so the file alone is a complete copy. */
    public void checkpoint() {
        execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /** Writes a compact, consistent copy of the database to {@code target} (which must not exist). */
    public void copyTo(Path target) {
        try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new StoreException("Could not copy the library to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The result of {@code PRAGMA integrity_check}: "ok" when the file is sound. */
    public String integrityCheck() {
        return checkResult(connection, "PRAGMA integrity_check");
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing {} failed", file, e);
        }
    }

    int queryInt(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Library query failed: " + e.getMessage(), e);
        }
    }

    long queryLong(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Library query failed: " + e.getMessage(), e);
        }
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("Library statement failed: " + e.getMessage(), e);
        }
    }

    /** How much checking opening a file needs. */
    private enum Check {
        /** A small file: quick_check at once (it reads every page, which takes little time here). */
        THOROUGH_NOW,
        /** A large file after a session that did not close cleanly: at open only the schema; quick_check after. */
        THOROUGH_LATER,
        /** A large file closed cleanly: reading the schema catches a damaged first page; the header, truncation. */
        SCHEMA
    }

    /**
     * quick_check reads every page, so it runs when it can matter: after a session that did not close cleanly (its
     * write-ahead log is still there) or while the file is small. For a large file it runs after opening, on its own
     * connection ({@link #quickCheck}): SQLite has already replayed the log, and the window need not wait.
     */
    private static Check checkFor(Path file, long largeBytes) {
        try {
            if (!Files.exists(file) || Files.size(file) <= largeBytes) {
                return Check.THOROUGH_NOW;
            }
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0 ? Check.THOROUGH_LATER : Check.SCHEMA;
        } catch (IOException e) {
            return Check.THOROUGH_NOW;
        }
    }

    private void checkIntegrity(boolean thorough) {
        String result;
        String sql = thorough ? "PRAGMA quick_check" : "SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_schema";
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            result = rows.next() ? rows.getString(1) : "no answer";
        } catch (SQLException e) {
            throw new CorruptDatabaseException(file, e.getMessage(), e);
        }
        if (!"ok".equals(result)) {
            throw new CorruptDatabaseException(file, "quick_check: " + result, null);
        }
    }

    private static void createFolders(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the library " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the 100-byte header without opening the file as a database; returns its user_version (0 for a new file). */
    private static int checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return 0;
            }
            byte[] header = new byte[HEADER_SIZE];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, HEADER_SIZE);
            }
            if (read < HEADER_SIZE || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
                throw new CorruptDatabaseException(file, "not an SQLite database file", null);
            }
            ByteBuffer fields = ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(fields.getShort(PAGE_SIZE_OFFSET));
            long pageBytes = pageSize == 1 ? 65_536 : pageSize;
            long pages = Integer.toUnsignedLong(fields.getInt(PAGE_COUNT_OFFSET));
            // The page count is trustworthy only when written by the same change as the counter (SQLite ≥ 3.7).
            boolean countValid = fields.getInt(CHANGE_COUNTER_OFFSET) == fields.getInt(VERSION_VALID_FOR_OFFSET);
            // A checkpoint killed half-way leaves page 1 (the header) written before the file grew to its new size;
            // the write-ahead log still holds every page, and SQLite finishes the checkpoint on the next open.
            if (countValid && Files.size(file) < pages * pageBytes && !hasWriteAheadLog(file)) {
                throw new CorruptDatabaseException(file, "the file is truncated: " + Files.size(file) + " of "
                        + pages * pageBytes + " bytes", null);
            }
            return fields.getInt(USER_VERSION_OFFSET);
        } catch (IOException e) {
            throw new StoreException("Cannot read the library " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasWriteAheadLog(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // Every transaction here writes: take the write lock at BEGIN, waiting through the busy timeout, rather than
        // fail with SQLITE_BUSY when a read lock cannot be upgraded because another process wrote meanwhile
        // (Transactions sends its own BEGIN IMMEDIATE; this covers the migrations).
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // FULL: a committed page survives even a power cut, not only a killed process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // 4 MiB. Pages beyond it come from the system's file cache, at no measured cost: at 100,000 articles search
        // p95 and import speed were the same with 32 MiB, which the window kept resident (~30 MB) after a few searches.
        config.setCacheSize(-4_096);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                throw new CorruptDatabaseException(file, e.getMessage(), e);
            }
            throw new StoreException("Cannot open the library " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
    }
}
