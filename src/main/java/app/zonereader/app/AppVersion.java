package app.zonereader.app;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version, from the pom through {@code version.properties} (filtered by Maven at build time). */
public final class AppVersion implements IVersionProvider {
    private static final String RESOURCE = "/app/zonereader/version.properties";

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** For {@code --version}. */
    @Override
    public String[] getVersion() {
        return new String[] {"ZoneReader " + current(), "Java " + Runtime.version() + ", "
                + System.getProperty("java.vm.name") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch")};
    }
}
