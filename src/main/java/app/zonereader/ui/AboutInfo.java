package app.zonereader.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * What Help → About tells besides the name: the version (from {@code version.properties}, which the build fills in
 * from the pom), and the date the zone list is as of (kept beside it, checked against git by a test).
 */
record AboutInfo(Optional<String> version, Optional<String> gazetteerAsOf) {
    private static final Logger LOG = LoggerFactory.getLogger(AboutInfo.class);
    static final String RESOURCE = "/app/zonereader/version.properties";

    /** Reads the bundled file; a missing or unfiltered one gives empty values, shown as "unknown". */
    static AboutInfo bundled() {
        Properties properties = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", RESOURCE, e.getMessage());
        }
        return new AboutInfo(value(properties, "version"), value(properties, "gazetteer.asOf"));
    }

    private static Optional<String> value(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        // "${project.version}" means the resource was not filtered (run from an IDE without Maven).
        return value.isEmpty() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }
}
