package app.zonereader.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one subcommand: flags ({@code --json}), options with a value ({@code --db PATH}, {@code --db=PATH})
 * and positional words. Unknown options are an error, so a typo is never taken for a file name.
 */
public final class CommandLine {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private CommandLine() {
    }

    /**
     * @param args          the words after the subcommand name
     * @param knownFlags    options without a value
     * @param knownOptions  options that take a value
     * @throws UsageException on an unknown option or a missing value
     */
    public static CommandLine parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions) {
        CommandLine line = new CommandLine();
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("--")) {
                line.positional.add(arg);
            } else if (arg.equals("--")) {
                onlyPositional = true;
            } else {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (knownFlags.contains(name) && equals < 0) {
                    line.flags.add(name);
                } else if (knownOptions.contains(name)) {
                    if (equals >= 0) {
                        line.options.put(name, arg.substring(equals + 1));
                    } else if (i + 1 < args.size()) {
                        line.options.put(name, args.get(++i));
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                } else {
                    throw new UsageException("unknown option " + arg);
                }
            }
        }
        return line;
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** A mistake in how a command was called; the message is shown with the command's usage. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
