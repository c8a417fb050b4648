package app.zonereader.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered schema steps, read from a classpath folder. The folder holds {@code V<n>__<what>.sql} files and an
 * {@code index.txt} naming them, because a folder inside a jar cannot be listed.
 */
public final class Migrations {
    /** The application's own schema. */
    public static final String DEFAULT_FOLDER = "db/migration";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[\\w-]+\\.sql");

    private final List<Migration> steps;

    private Migrations(List<Migration> steps) {
        this.steps = List.copyOf(steps);
    }

    public static Migrations standard() {
        return fromClasspath(DEFAULT_FOLDER);
    }

    /** @param folder a classpath folder without leading or trailing slash, e.g. {@code db/migration} */
    public static Migrations fromClasspath(String folder) {
        List<Migration> steps = new ArrayList<>();
        for (String line : read(folder + "/index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException("badly named migration " + folder + "/" + name);
            }
            steps.add(new Migration(Integer.parseInt(matcher.group(1)), name, read(folder + "/" + name)));
        }
        steps.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations in " + folder + " must be numbered 1, 2, 3 … without gaps");
            }
        }
        return new Migrations(steps);
    }

    /** The first {@code version} steps only: the schema as an older release left it, for upgrade tests. */
    public Migrations upTo(int version) {
        if (version < 0 || version > steps.size()) {
            throw new IllegalArgumentException("no schema version " + version + " (latest is " + steps.size() + ")");
        }
        return new Migrations(steps.subList(0, version));
    }

    public List<Migration> steps() {
        return steps;
    }

    /** The schema version after every step, 0 when there is none. */
    public int latestVersion() {
        return steps.size();
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
