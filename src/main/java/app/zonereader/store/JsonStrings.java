package app.zonereader.store;

import java.util.ArrayList;
import java.util.List;

/** Lists of strings kept in one column as a JSON array (readable by SQLite's json functions too). */
final class JsonStrings {
    private JsonStrings() {
    }

    static String encode(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** Reads an array of strings; anything else is a damaged row and fails loudly. */
    static List<String> decode(String json) {
        List<String> values = new ArrayList<>();
        int i = skipSpace(json, 0);
        expect(json, i++, '[');
        i = skipSpace(json, i);
        if (i < json.length() && json.charAt(i) == ']') {
            return values;
        }
        while (true) {
            i = skipSpace(json, i);
            expect(json, i++, '"');
            i = readString(json, i, values);
            i = skipSpace(json, i);
            char next = at(json, i++);
            if (next == ']') {
                return values;
            }
            if (next != ',') {
                throw new IllegalArgumentException("bad JSON list: " + json);
            }
        }
    }

    /** Where the run of characters from {@code i} that need no decoding ends: at a quote, a backslash or the end. */
    private static int plainRunEnd(String json, int i) {
        int end = i;
        while (end < json.length() && json.charAt(end) != '"' && json.charAt(end) != '\\') {
            end++;
        }
        return end;
    }

    /** Reads one string value, from just after its opening quote, into {@code values}; returns the index after it. */
    private static int readString(String json, int start, List<String> values) {
        int plainEnd = plainRunEnd(json, start);
        if (at(json, plainEnd) == '"') {
            // No escapes, the usual case: one copy instead of a builder grown char by char.
            values.add(json.substring(start, plainEnd));
            return plainEnd + 1;
        }
        StringBuilder value = new StringBuilder(plainEnd - start + 16);
        int i = start;
        while (true) {
            int runEnd = plainRunEnd(json, i);
            value.append(json, i, runEnd);
            i = runEnd;
            char c = at(json, i++);
            if (c == '"') {
                values.add(value.toString());
                return i;
            }
            char escaped = at(json, i++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    if (i + 4 > json.length()) {
                        throw new IllegalArgumentException("bad JSON escape in " + json);
                    }
                    value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> value.append(escaped);
            }
        }
    }

    private static int skipSpace(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static char at(String json, int i) {
        if (i >= json.length()) {
            throw new IllegalArgumentException("truncated JSON list: " + json);
        }
        return json.charAt(i);
    }

    private static void expect(String json, int i, char wanted) {
        if (at(json, i) != wanted) {
            throw new IllegalArgumentException("bad JSON list: " + json);
        }
    }
}
