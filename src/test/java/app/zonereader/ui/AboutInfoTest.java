package app.zonereader.ui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The About dialog's facts: the version the build filled in, and a zone-list date that matches the file's history. */
class AboutInfoTest {
    @Test
    void theVersionComesFromThePom() {
        String version = AboutInfo.bundled().version().orElseThrow();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void theZoneListDateIsTheDateOfItsLastChange() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("assets/zones.csv")), "run from the project folder");
        Process git;
        try {
            git = new ProcessBuilder("git", "log", "-1", "--format=%cs", "--", "assets/zones.csv").start();
        } catch (IOException noGit) {
            Assumptions.abort("git is not installed");
            return;
        }
        String lastChange = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(git.waitFor() == 0 && !lastChange.isEmpty(), "not a git checkout");
        // A newer uncommitted edit of zones.csv would show in git status; then the date line must follow it.
        assertEquals(lastChange, AboutInfo.bundled().gazetteerAsOf().orElseThrow(),
                "update gazetteer.asOf in src/main/resources-filtered/app/zonereader/version.properties");
    }
}
