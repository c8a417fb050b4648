package app.zonereader.ingest;

import app.zonereader.model.Zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national high-tech zones and every way a text names them.
 * <p>
 * Surface forms are the full name, the short name, the aliases and, for short names of the form "X高新区",
 * the forms {@link ZoneNames#formsOfPlace} derives from X (X国家高新区, X高新技术产业开发区 …); so do aliases of
 * that shape (秀洲高新区 gives 秀洲国家高新区). Bare place names (永川, 永川区)
 * are deliberately not forms: a district sharing an administration with a zone is not the zone.
 * Matching runs on {@link TextNormalizer#forMatching} text, so Traditional and full-width text match too.
 * Immutable and thread-safe.
 */
public final class ZoneGazetteer {
    /** Classpath location of the bundled list (assets/zones.csv, packed by the pom). */
    public static final String BUNDLED_RESOURCE = "/assets/zones.csv";

    private static final String HEADER = "name,short_name,aliases,province,city,approved_year";

    private final List<Zone> zones;
    private final Map<String, Zone> zoneByForm;
    private final Map<String, Zone> zoneByShortName;
    private final FormTrie trie;

    private ZoneGazetteer(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        Map<String, Zone> forms = new LinkedHashMap<>();
        Map<String, Zone> shortNames = new HashMap<>();
        for (Zone zone : this.zones) {
            shortNames.put(zone.shortName(), zone);
            for (String form : formsOf(zone)) {
                Zone previous = forms.putIfAbsent(form, zone);
                if (previous != null && previous != zone) {
                    throw new ZoneGazetteerFormatException("the name \"" + form + "\" is used by both "
                            + previous.shortName() + " and " + zone.shortName());
                }
            }
        }
        this.zoneByForm = Collections.unmodifiableMap(forms);
        this.zoneByShortName = Map.copyOf(shortNames);
        this.trie = new FormTrie(forms);
    }

    /** The list bundled with the application. */
    public static ZoneGazetteer bundled() {
        InputStream in = ZoneGazetteer.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new ZoneGazetteerFormatException("the bundled zone list " + BUNDLED_RESOURCE + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Reads a zone list with the header {@value #HEADER}; aliases are separated by '|'.
     *
     * @throws ZoneGazetteerFormatException naming the line when a row is malformed or a name is used twice
     */
    public static ZoneGazetteer fromCsv(Reader reader) {
        BufferedReader lines = new BufferedReader(reader);
        List<Zone> zones = new ArrayList<>();
        Set<String> shortNames = new LinkedHashSet<>();
        try {
            String header = lines.readLine();
            if (header == null || !stripBom(header).strip().equals(HEADER)) {
                throw new ZoneGazetteerFormatException("line 1: expected the header \"" + HEADER + "\" but found \""
                        + (header == null ? "" : header.strip()) + "\"");
            }
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Zone zone = parseRow(line, lineNumber);
                if (!shortNames.add(zone.shortName())) {
                    throw new ZoneGazetteerFormatException("line " + lineNumber + ": duplicate short name \"" + zone.shortName() + "\"");
                }
                zones.add(zone);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the zone list", e);
        }
        if (zones.isEmpty()) {
            throw new ZoneGazetteerFormatException("the zone list has no zones");
        }
        return new ZoneGazetteer(zones);
    }

    private static Zone parseRow(String line, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != 6) {
            throw new ZoneGazetteerFormatException("line " + lineNumber + ": expected 6 comma-separated columns ("
                    + HEADER + ") but found " + cells.length + ": " + line);
        }
        String name = cells[0].strip();
        String shortName = cells[1].strip();
        String province = cells[3].strip();
        String city = cells[4].strip();
        requireCell(name, "name", lineNumber);
        requireCell(shortName, "short_name", lineNumber);
        requireCell(province, "province", lineNumber);
        requireCell(city, "city", lineNumber);
        int year;
        try {
            year = Integer.parseInt(cells[5].strip());
        } catch (NumberFormatException e) {
            throw new ZoneGazetteerFormatException("line " + lineNumber + ": approved_year \"" + cells[5].strip()
                    + "\" is not a year", e);
        }
        if (year < 1980 || year > 2100) {
            throw new ZoneGazetteerFormatException("line " + lineNumber + ": approved_year " + year + " is out of range");
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : cells[2].split("\\|")) {
            if (!alias.isBlank()) {
                aliases.add(alias.strip());
            }
        }
        return new Zone(name, shortName, aliases, province, city, year);
    }

    private static void requireCell(String value, String column, int lineNumber) {
        if (value.isEmpty()) {
            throw new ZoneGazetteerFormatException("line " + lineNumber + ": column " + column + " is empty");
        }
    }

    /**
     * This list with more zones (the ones a reader added); a zone whose short name the list has already is left out,
     * since the bundled entry is the official one.
     *
     * @throws ZoneGazetteerFormatException when an added zone's name is already another zone's
     */
    public ZoneGazetteer withZones(List<Zone> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<Zone> all = new ArrayList<>(zones);
        for (Zone zone : added) {
            if (!zoneByShortName.containsKey(zone.shortName())) {
                all.add(zone);
            }
        }
        return new ZoneGazetteer(all);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Every surface form of a zone, normalised for matching. */
    static Set<String> formsOf(Zone zone) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(zone.name());
        forms.add(zone.shortName());
        forms.addAll(zone.aliases());
        // 秀洲高新区, an alias of 嘉兴高新区, is also written 秀洲国家高新区 and 秀洲高新技术产业开发区
        List<String> named = new ArrayList<>(List.of(zone.shortName()));
        named.addAll(zone.aliases());
        for (String name : named) {
            ZoneNames.placeOf(name).filter(place -> !ZoneNames.endsWithNational(place))
                    .ifPresent(place -> forms.addAll(ZoneNames.formsOfPlace(place)));
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String form : forms) {
            normalised.add(TextNormalizer.forMatching(form));
        }
        return normalised;
    }

    public List<Zone> zones() {
        return zones;
    }

    /** Every surface form (normalised) with its zone, in list order. */
    public Map<String, Zone> surfaceForms() {
        return zoneByForm;
    }

    public Optional<Zone> byShortName(String shortName) {
        return Optional.ofNullable(zoneByShortName.get(shortName));
    }

    /** The zone a whole string names, e.g. "永川高新區" → 永川高新区. */
    public Optional<Zone> lookup(String form) {
        return Optional.ofNullable(zoneByForm.get(TextNormalizer.forMatching(form.strip())));
    }

    /** Like {@link #lookup(String)} for a form already in {@link TextNormalizer#forMatching} form. */
    Optional<Zone> lookupNormalised(String form) {
        // most words start with no zone name's first character: no hashing for them (a second-character check costs
        // more than the look-up it saves: a word's hash is usually computed already)
        if (form.isEmpty() || !trie.startsAName(form.charAt(0))) {
            return Optional.empty();
        }
        return Optional.ofNullable(zoneByForm.get(form));
    }

    /** Zone names in a text: longest match first, left to right, never overlapping. */
    public List<ZoneMention> mentions(String text) {
        return mentionsInNormalised(text, TextNormalizer.forMatching(text));
    }

    /**
     * Like {@link #mentions(String)} for callers that already hold the {@link TextNormalizer#forMatching} form
     * (same length as {@code text}), to normalise only once.
     */
    public List<ZoneMention> mentionsInNormalised(String text, String normalised) {
        if (text.length() != normalised.length()) {
            throw new IllegalArgumentException("normalised text must have the length of the text");
        }
        return trie.findAll(text, normalised);
    }
}
