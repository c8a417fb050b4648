package app.zonereader.ingest;

import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A character trie of zone surface forms for longest-match scanning.
 * Inside a match, spaces and line breaks of the text are skipped, because hard-wrapped pages break names
 * (永川高\n新区). Built once, then read-only, so it is safe to share between threads.
 * Most characters of a page start no name, so a bitset of first characters skips them without a look-up, and the
 * set of names' first two characters skips most of the rest (高 starts many names, 高新 none): common characters like
 * 中, 北 or 新 start some name, and walking the trie from each of them was most of the scan's time.
 */
final class FormTrie {
    private final Node root = new Node();
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    /** {@link BigramSet#code} of each name's first two characters. */
    private final BigramSet firstPairs;
    /** False when some name is too short for {@link #firstPairs} to rule a start out. */
    private final boolean pairsDecide;

    FormTrie(Map<String, Zone> zoneByForm) {
        zoneByForm.forEach(this::add);
        int[] pairs = new int[zoneByForm.size()];
        int count = 0;
        for (String form : zoneByForm.keySet()) {
            if (form.length() >= 2) {
                pairs[count++] = BigramSet.code(form.charAt(0), form.charAt(1));
            }
        }
        firstPairs = BigramSet.of(pairs, count);
        // a one-character name, or a space as a name's second character, would slip past the pair check
        pairsDecide = zoneByForm.keySet().stream().noneMatch(form -> form.length() == 1 || isWrap(form.charAt(1)));
    }

    private void add(String form, Zone zone) {
        if (form.isEmpty()) {
            return;
        }
        firstChars.set(form.charAt(0));
        Node node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.childOrNew(form.charAt(i));
        }
        node.zone = zone;
    }

    /** Whether some zone name starts with this character. */
    boolean startsAName(char c) {
        return firstChars.get(c);
    }

    /** Longest matches left to right; {@code normalised} is searched, {@code text} gives the surface. */
    List<ZoneMention> findAll(String text, String normalised) {
        List<ZoneMention> mentions = new ArrayList<>();
        int length = normalised.length();
        int start = 0;
        while (start < length) {
            if (!firstChars.get(normalised.charAt(start)) || !pairFollows(normalised, start)) {
                start++;
                continue;
            }
            int end = -1;
            Zone zone = null;
            Node node = root;
            for (int i = start; i < length; i++) {
                char c = normalised.charAt(i);
                if (i > start && isWrap(c)) {
                    continue;
                }
                node = node.child(c);
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

    /** Whether the character at {@code start} and the next one that is no wrap start some name. */
    private boolean pairFollows(String normalised, int start) {
        if (!pairsDecide) {
            return true;
        }
        int next = start + 1;
        while (next < normalised.length() && isWrap(normalised.charAt(next))) {
            next++;
        }
        return next < normalised.length() && firstPairs.contains(BigramSet.code(normalised.charAt(start),
                normalised.charAt(next)));
    }

    private static boolean isWrap(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** Children in arrays sorted by character: no boxing when scanning. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Zone zone;

        private Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        private Node childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node created = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            // shift the tail right by one to keep the keys sorted
            System.arraycopy(keys, insert, keys, insert + 1, keys.length - 1 - insert);
            System.arraycopy(children, insert, children, insert + 1, children.length - 1 - insert);
            keys[insert] = c;
            children[insert] = created;
            return created;
        }
    }
}
