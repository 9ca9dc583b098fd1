package org.rcodels.server.render;

import java.util.Locale;

/**
 * Safe Markdown building blocks. Use {@link #escape(String)} for ANY text that did not come from our own catalog,
 * in particular text taken from the user's documents: the result renders as the same characters, never as
 * markup, links, images, HTML or {@code command:} links.
 */
public final class Markdown {
    private Markdown() {
    }

    /** Characters escaped wherever they appear (all are ASCII punctuation, so a backslash escape is valid). */
    private static final String ALWAYS = "\\`*_[]<>|~&!{}";
    /** Characters escaped at the start of a line, where they would open a block (heading, list, quote...). */
    private static final String LINE_START = "#+-=>";

    /**
     * Escapes text so that CommonMark/GFM shows it literally: emphasis, code spans, links and images
     * ({@code [x](y)}, {@code ![x](y)}), autolinks and raw HTML ({@code <...>}), entity references, tables, block
     * markers at line starts (headings, lists, quotes, thematic breaks, setext underlines) are neutralised, and
     * {@code command:} URIs (VS Code command links) and bare URLs ({@code http://...}, {@code www.}, which GFM
     * renderers link by themselves) are broken by escaping their colon or dot.
     */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                sb.append('\n');
                lineStart = true;
                continue;
            }
            if (lineStart) {
                // keep leading spaces/tabs, then look at the first visible character
                if (c == ' ' || c == '\t') {
                    sb.append(c);
                    continue;
                }
                lineStart = false;
                if (LINE_START.indexOf(c) >= 0) {
                    sb.append('\\').append(c);
                    continue;
                }
                if (Character.isDigit(c)) {
                    // "1. " and "1) " start ordered lists: escape the delimiter after the digits
                    int j = i;
                    while (j < n && j - i < 10 && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    if (j < n && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                        sb.append(text, i, j).append('\\').append(text.charAt(j));
                        i = j;
                        continue;
                    }
                }
            }
            if (ALWAYS.indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else if (c == ':' && (endsWithCommand(text, i) || text.startsWith("//", i + 1))) {
                // command: URIs, and the "://" of URLs that GFM renderers would turn into links by themselves
                sb.append("\\:");
            } else if (c == '.' && startsWww(text, i)) {
                // "www." starts a GFM autolink too
                sb.append("\\.");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean startsWww(String text, int dot) {
        int start = dot - 3;
        return start >= 0 && text.regionMatches(true, start, "www", 0, 3)
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    private static boolean endsWithCommand(String text, int colon) {
        int start = colon - "command".length();
        return start >= 0 && text.substring(start, colon).toLowerCase(Locale.ROOT).equals("command");
    }

    /** An inline code span showing {@code text} literally (line breaks become spaces). */
    public static String code(String text) {
        String t = text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '`') {
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = t.startsWith("`") || t.endsWith("`") || (t.startsWith(" ") && t.endsWith(" ") && !t.isBlank());
        return pad ? fence + " " + t + " " + fence : fence + t + fence;
    }

    /**
     * A link to a URL we produced ourselves (e.g. {@code Ref.url()}). The label is escaped; the URL must be an
     * http(s) URL, otherwise only the label is returned.
     */
    public static String link(String label, String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))
                || url.chars().anyMatch(ch -> ch <= ' ' || ch == '(' || ch == ')' || ch == '<' || ch == '>')) {
            return escape(label);
        }
        return "[" + escape(label) + "](" + url + ")";
    }
}
