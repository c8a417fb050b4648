package app.zonereader.exchange;

import java.util.regex.Pattern;

/**
 * Makes user text literal in CommonMark: inline markup characters get a backslash, what would start a block
 * (a heading, list, quote, rule or fence) at the start of a line is escaped there, and an indent that would make a
 * code block (a tab, or four spaces) is kept as no-break spaces. Line breaks are kept.
 */
final class MarkdownText {
    /** ASCII punctuation that has an inline meaning somewhere in CommonMark or GitHub Markdown. */
    private static final String INLINE = "\\`*_[]<>|~&!";
    /** A line start that would open a block: heading, quote, list item, ordered item, rule, fence, table. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])");
    /** Leading blanks CommonMark would read as a code block's indent. */
    private static final Pattern CODE_INDENT = Pattern.compile("^(?:\t| {4})[ \t]*");
    private static final char NO_BREAK_SPACE = '\u00A0';

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(escapeLine(lines[i]));
        }
        return out.toString();
    }

    private static String escapeLine(String text) {
        String line = CODE_INDENT.matcher(text).replaceFirst(indent -> String.valueOf(NO_BREAK_SPACE)
                .repeat(indent.group().replace("\t", "    ").length()));
        StringBuilder escaped = new StringBuilder(line.length() + 4);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // The block markers are escaped after the inline pass, so their backslash is not itself escaped.
        return BLOCK_START.matcher(escaped).replaceFirst(match -> {
            String marker = match.group(2);
            String literal = Character.isDigit(marker.charAt(0))
                    ? marker.substring(0, marker.length() - 1) + "\\\\" + marker.charAt(marker.length() - 1)
                    : "\\\\" + marker;
            return match.group(1) + literal;
        });
    }
}
