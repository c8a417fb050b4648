package app.zonereader.app;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A mistake in how a command was called, as the one line the user reads: {@code unknown option --jsn (did you mean
 * --json?)}, {@code --limit takes a whole number of at least 1, not 'x'}, {@code --db needs a value (PATH)}. Picocli's
 * own messages ({@code Unknown option: '--jsn'}) are reworded so every command speaks alike.
 */
final class UsageMessages {
    private UsageMessages() {
    }

    static String of(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing.getMissing().stream().map(arg -> missing(arg, e.getMessage()))
                    .collect(Collectors.joining("; "));
        }
        if (e.getCause() != null && e.getArgSpec() != null && e.getCause().getMessage() != null) {
            return name(e.getArgSpec()) + " " + e.getCause().getMessage();
        }
        return e.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        if (words.isEmpty()) {
            return e.getMessage();
        }
        String word = words.get(0);
        boolean topLevel = e.getCommandLine().getParent() == null;
        String what = word.startsWith("-") ? "unknown option " + word
                : topLevel ? "unknown command '" + word + "'" : "unexpected argument " + word;
        // Picocli offers every name that is somewhat alike; the closest one helps, a list of guesses does not.
        List<String> suggestions = e.getSuggestions();
        return suggestions.isEmpty() ? what : what + " (did you mean " + suggestions.get(0) + "?)";
    }

    /** Picocli reports an absent required option and an option without its value alike; its text tells them apart. */
    private static String missing(ArgSpec arg, String picocliMessage) {
        if (arg instanceof OptionSpec option) {
            boolean valueMissing = !option.required() || picocliMessage.contains("parameter for option");
            return valueMissing ? option.longestName() + " needs a value (" + option.paramLabel() + ")"
                    : option.longestName() + " " + option.paramLabel() + " is required";
        }
        return arg.paramLabel() + " is required";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** {@code zonereader import}: how a command names itself in front of a message. */
    static String prefix(CommandLine where) {
        return where.getCommandSpec().qualifiedName();
    }
}
