package app.zonereader.app;

import app.zonereader.store.Backups;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code restore [--db PATH] [--list]}: puts the newest daily backup back, as the window's File → Restore backup… does. */
@picocli.CommandLine.Command(name = "restore", customSynopsis = "zonereader restore [--db PATH] [--list]",
        description = {"put the newest backup of the library back in its place",
                "Backups are made once a day in the 'backups' folder beside the library. The file being replaced "
                        + "is kept beside it, renamed (<name>.damaged-<time>), never deleted."},
        exitCodeList = {"0:restored (or listed)", "1:there is no backup, or it could not be copied", "2:bad usage"})
final class RestoreCommand implements Command {
    private final AppPaths paths;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption db;

    @Option(names = "--list", description = "only list the backups, newest first")
    private boolean list;

    RestoreCommand() {
        this(AppPaths.forThisMachine(), Clock.systemUTC());
    }

    RestoreCommand(AppPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path database = db.database(paths);
        Recovery recovery = new Recovery(database, clock);
        List<Backups.Backup> backups = recovery.backups();
        if (list) {
            backups.forEach(backup -> out.println(backup.day() + "  " + backup.file()));
            return Cli.EXIT_OK;
        }
        if (backups.isEmpty()) {
            spec.commandLine().getErr().println("zonereader restore: there is no backup of " + database + " (in "
                    + database.resolveSibling("backups") + ")");
            return Cli.EXIT_FAILED;
        }
        Backups.Backup newest = backups.get(0);
        if (Files.exists(database)) {
            Path aside = recovery.restore(newest);
            out.printf("restored the backup of %s to %s; the file it replaces is kept as %s%n", newest.day(),
                    database, aside);
        } else {
            Files.copy(newest.file(), database);
            out.printf("restored the backup of %s to %s%n", newest.day(), database);
        }
        return Cli.EXIT_OK;
    }
}
