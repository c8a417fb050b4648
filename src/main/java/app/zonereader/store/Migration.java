package app.zonereader.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One numbered schema step, applied once when {@code PRAGMA user_version} is below {@link #version()}.
 *
 * @param version the schema version the step produces
 * @param name    the resource name, for logs
 * @param sql     the script: statements each ending with ';' at the end of a line; a trigger's body may span lines,
 *                and the trigger ends at a line ending with "END;"
 */
public record Migration(int version, String name, String sql) {
    private static final Pattern TRIGGER = Pattern.compile("\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRIGGER_END = Pattern.compile("(^|\\W)END\\s*;$", Pattern.CASE_INSENSITIVE);

    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be ≥ 1: " + name);
        }
    }

    /**
     * The script cut into statements; '--' comment lines are dropped, so a comment can never end a statement. Inside a
     * {@code CREATE TRIGGER}, a line ending with ';' ends a statement of its body, so only {@code END;} ends it.
     */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String code = withoutComment(line);
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (endsStatement(current, code)) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static boolean endsStatement(CharSequence statement, String line) {
        String end = line.stripTrailing();
        if (TRIGGER.matcher(statement).lookingAt()) {
            return TRIGGER_END.matcher(end).find();
        }
        return end.endsWith(";");
    }

    /** The line up to a "--" that is not inside a '…' string. */
    private static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
