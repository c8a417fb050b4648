package app.zonereader.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Daily copies of the library in {@code <data folder>/backups/zonereader-YYYY-MM-DD.db}; the newest few are kept. */
public final class Backups {
    public static final int DEFAULT_KEEP = 7;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final Pattern NAME = Pattern.compile("zonereader-(\\d{4}-\\d{2}-\\d{2})\\.db");

    /**
     * One backup file.
     *
     * @param file the copy
     * @param day  the day it was made
     */
    public record Backup(Path file, LocalDate day) {
    }

    private final Path folder;
    private final Clock clock;
    private final int keep;

    public Backups(Path folder, Clock clock, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.folder = folder;
        this.clock = clock;
        this.keep = keep;
    }

    public Path folder() {
        return folder;
    }

    /** True when no copy was made today. */
    boolean dueToday() {
        return !Files.exists(target(LocalDate.now(clock)));
    }

    private Path target(LocalDate day) {
        return folder.resolve("zonereader-" + day + ".db");
    }

    /**
     * Copies the library file unless today's copy exists, then deletes all but the newest {@code keep}. The copy runs
     * on a connection of its own ({@code VACUUM INTO} reads one snapshot), so the library stays usable meanwhile.
     */
    Optional<Backup> makeDailyBackup(Path source) {
        LocalDate today = LocalDate.now(clock);
        Path target = target(today);
        if (Files.exists(target)) {
            return Optional.empty();
        }
        Path partial = folder.resolve("zonereader-" + today + ".db.partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            copy(source, partial);
            // Only a finished copy gets the real name, so a crash never leaves a half backup that looks whole.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not write the backup " + target + ": " + e.getMessage(), e);
        }
        LOG.info("backed up the library to {}", target);
        prune();
        return Optional.of(new Backup(target, today));
    }

    private static void copy(Path source, Path target) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new StoreException("Could not copy the library to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parse(file).ifPresent(backups::add));
        } catch (IOException e) {
            throw new StoreException("Could not list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::day).reversed());
        return backups;
    }

    private void prune() {
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old.file());
                LOG.info("deleted the old backup {}", old.file());
            } catch (IOException e) {
                LOG.warn("could not delete the old backup {}", old.file(), e);
            }
        }
    }

    private static Optional<Backup> parse(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(file, LocalDate.parse(matcher.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
