package org.rcodels.server.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Markdown that would render as something other than text: inline links and images, reference definitions,
 * raw HTML and autolinks ({@code <...>}), bare URLs that GitHub-flavoured renderers turn into links, and
 * {@code command:} URIs (VS Code runs them when clicked). Backslash escapes and code spans are honoured as CommonMark
 * defines them. Links to the references the catalog itself cites are allowed.
 */
final class MarkdownSafety {
    private MarkdownSafety() {
    }

    /** Where the catalog's own links point. */
    static final List<String> ALLOWED = List.of("https://www.rfc-editor.org/", "https://datatracker.ietf.org/",
            "https://www.iana.org/");

    static List<String> violations(String md) {
        List<String> out = new ArrayList<>();
        int n = md.length();
        int skipFrom = -1;
        int skipTo = -1;
        for (int i = 0; i < n; i++) {
            if (i == skipFrom) {
                i = skipTo;
                continue;
            }
            char c = md.charAt(i);
            if (c == '\\' && i + 1 < n && isPunctuation(md.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '`') {
                int run = run(md, i, '`');
                int close = closingRun(md, i + run, run);
                i = close < 0 ? i + run - 1 : close + run - 1;
                continue;
            }
            if (c == '<') {
                out.add("raw '<' (HTML or autolink): " + around(md, i));
            } else if (c == '!' && i + 1 < n && md.charAt(i + 1) == '[') {
                out.add("image: " + around(md, i));
            } else if (c == '[') {
                int close = closingBracket(md, i);
                if (close > 0 && close + 1 < n && md.charAt(close + 1) == '(') {
                    int end = md.indexOf(')', close + 2);
                    String dest = end < 0 ? md.substring(close + 2) : md.substring(close + 2, end);
                    if (ALLOWED.stream().noneMatch(dest::startsWith) || dest.chars().anyMatch(ch -> ch <= ' ')) {
                        out.add("link to " + dest + ": " + around(md, i));
                    }
                    skipFrom = close + 1;
                    skipTo = end < 0 ? n : end;
                } else if (close > 0 && close + 1 < n && md.charAt(close + 1) == ':' && lineStart(md, i)) {
                    out.add("link reference definition: " + around(md, i));
                }
            } else if (startsWith(md, i, "command:")) {
                out.add("command: URI: " + around(md, i));
            } else if ((startsWith(md, i, "http://") || startsWith(md, i, "https://") || startsWith(md, i, "www."))
                    && (i == 0 || !Character.isLetterOrDigit(md.charAt(i - 1))) && !allowedAt(md, i)) {
                out.add("bare URL (autolinked by GFM): " + around(md, i));
            }
        }
        return out;
    }

    private static boolean allowedAt(String md, int i) {
        for (String a : ALLOWED) {
            if (md.startsWith(a, i)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static int run(String s, int from, char c) {
        int k = from;
        while (k < s.length() && s.charAt(k) == c) {
            k++;
        }
        return k - from;
    }

    /** Start of the next run of exactly {@code len} backticks, or -1. */
    private static int closingRun(String s, int from, int len) {
        int k = from;
        while (k < s.length()) {
            if (s.charAt(k) == '`') {
                int r = run(s, k, '`');
                if (r == len) {
                    return k;
                }
                k += r;
            } else {
                k++;
            }
        }
        return -1;
    }

    /** The unescaped ']' closing the '[' at {@code open} (nesting counted), or -1. */
    private static int closingBracket(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length()) {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return k;
            } else if (c == '\n' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean lineStart(String s, int i) {
        int k = i - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || s.charAt(k) == '\n';
    }

    private static boolean startsWith(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    private static String around(String s, int i) {
        return "..." + s.substring(Math.max(0, i - 30), Math.min(s.length(), i + 50)).replace("\n", "\\n") + "...";
    }
}
