package app.zonereader.ingest;

import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie of zone surface forms for longest-match scanning.
 * Inside a match, spaces and line breaks of the text are skipped, because hard-wrapped pages break names
 * (永川高\n新区). Built once, then read-only, so it is safe to share between threads.
 */
final class FormTrie {
    private final Node root = new Node();

    FormTrie(Map<String, Zone> zoneByForm) {
        zoneByForm.forEach(this::add);
    }

    private void add(String form, Zone zone) {
        Node node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.children.computeIfAbsent(form.charAt(i), c -> new Node());
        }
        node.zone = zone;
    }

    /** Longest matches left to right; {@code normalised} is searched, {@code text} gives the surface. */
    List<ZoneMention> findAll(String text, String normalised) {
        List<ZoneMention> mentions = new ArrayList<>();
        int length = normalised.length();
        int start = 0;
        while (start < length) {
            int end = -1;
            Zone zone = null;
            Node node = root;
            for (int i = start; i < length; i++) {
                char c = normalised.charAt(i);
                if (i > start && isWrap(c)) {
                    continue;
                }
                node = node.children.get(c);
                if (node == null) {
                    break;
                }
                if (node.zone != null) {
                    end = i + 1;
                    zone = node.zone;
                }
            }
            if (zone != null) {
                mentions.add(new ZoneMention(zone, text.substring(start, end), start, end));
                start = end;
            } else {
                start++;
            }
        }
        return mentions;
    }

    private static boolean isWrap(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>(4);
        private Zone zone;
    }
}
