package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes web markup left in pages copied from a website: block tags (&lt;p&gt;, &lt;br&gt;, &lt;div&gt;…) become line
 * breaks because they were the paragraph structure, other tags vanish, and character entities (&amp;nbsp;, &amp;amp;,
 * numeric &amp;#…;) become their characters. Only HTML-looking tags are touched, so text such as "a<b" or "1<2" in an
 * article survives. One regex pass each, so cost stays linear in the text length.
 */
final class MarkupStripper {
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<\\s*/?\\s*(p|br|div|li|tr|h[1-6]|table|ul|ol|section|article|blockquote)\\b[^<>]{0,300}>");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)<\\s*/?\\s*(span|font|b|i|u|em|strong|a|img|td|th|tbody|thead|html|head|body|meta|link|center|sup|sub|small|big|style|script|iframe|figure|figcaption)\\b[^<>]{0,300}>|<!--.{0,2000}?-->");
    /** Elements whose content is not page text: scripts, styles, and the document head (title, metadata). */
    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<\\s*(head|script|style)\\b[^<>]{0,300}>.{0,20000}?<\\s*/\\s*\\1\\s*>");
    private static final Pattern TITLE = Pattern.compile("(?is)<\\s*title\\b[^<>]{0,300}>(.{0,300}?)<\\s*/\\s*title\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", "\u3000"), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("hellip", "\u2026"), Map.entry("middot", "\u00B7"), Map.entry("times", "\u00D7"),
            Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("bull", "\u2022"));

    private MarkupStripper() {
    }

    static String strip(String text, List<IngestWarning> warnings) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String result = withoutInvisibleElements(text);
        result = BLOCK_TAG.matcher(result).replaceAll("\n");
        result = INLINE_TAG.matcher(result).replaceAll("");
        boolean tags = !result.equals(text);
        String decoded = decodeEntities(result);
        boolean entities = !decoded.equals(result);
        if (tags) {
            warnings.add(IngestWarning.of(WarningCode.MARKUP_TAGS_REMOVED));
        }
        if (entities) {
            warnings.add(IngestWarning.of(WarningCode.MARKUP_ENTITIES_DECODED));
        }
        return decoded;
    }

    /**
     * Drops the document head, scripts and styles. The head's title is kept as a line only when the page text does not
     * repeat it (a copy whose only headline is the window title).
     */
    private static String withoutInvisibleElements(String text) {
        Matcher m = INVISIBLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String kept = "";
            Matcher title = TITLE.matcher(m.group());
            if (m.group(1).equalsIgnoreCase("head") && title.find()) {
                String titleText = title.group(1).strip();
                String rest = text.substring(0, m.start()) + text.substring(m.end());
                kept = titleText.isEmpty() || rest.contains(titleText) ? "" : titleText + "\n";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = entity(name);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
