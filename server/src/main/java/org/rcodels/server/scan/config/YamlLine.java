package org.rcodels.server.scan.config;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * The {@code key: value} pairs of one line of YAML, as far as a config file needs them: a block mapping line
 * ({@code rcode: "Refused"}), a list item ({@code - type: rcode-rate}), and flow mappings ({@code action: {type:
 * RCode, rcode: "5"}}). Not a YAML parser: no multi-line scalars, anchors or documents; those lines simply have no
 * pairs. Pure; reads the first {@link ConfigLine#LIMIT} chars of the line.
 */
public final class YamlLine {
    private YamlLine() {
    }

    /**
     * One pair.
     *
     * @param keyStart   first column of the key
     * @param keyEnd     column after the key (the colon)
     * @param valueStart first column of the value, after an opening quote; for a pair without a scalar value (a
     *                   block or flow mapping follows, or nothing yet), the column after the colon and its blanks
     * @param valueEnd   column after the value, before a closing quote
     * @param quoted     whether the value is quoted
     * @param scalar     whether the value is a scalar (false for {@code key:} alone and {@code key: {...}})
     * @param item       whether a list marker ({@code - }) opens the line before this key
     */
    public record Pair(int keyStart, int keyEnd, int valueStart, int valueEnd, boolean quoted, boolean scalar,
                       boolean item) {
        public boolean keyIs(String text, String key) {
            return keyEnd - keyStart == key.length() && text.startsWith(key, keyStart);
        }

        public String value(String text) {
            return text.substring(valueStart, valueEnd);
        }
    }

    /** The pairs of the line, in order (empty for a comment, a blank line or text that is not a mapping). */
    public static List<Pair> pairs(String text) {
        List<Pair> out = new ArrayList<>(2);
        if (text == null) {
            return out;
        }
        int n = Math.min(text.length(), ConfigLine.LIMIT);
        int i = skipBlanks(text, 0, n);
        boolean item = false;
        while (i < n && text.charAt(i) == '-' && (i + 1 == n || text.charAt(i + 1) == ' ')) {
            item = true;
            i = skipBlanks(text, i + 1, n);
        }
        if (i < n && text.charAt(i) == '{') {
            flow(text, i + 1, n, item, out);
        } else {
            block(text, i, n, item, out);
        }
        return out;
    }

    /** The column where the line's comment starts ({@code #} at the start or after a blank, outside quotes), or -1. */
    public static int commentStart(String text) {
        int n = Math.min(text.length(), ConfigLine.LIMIT);
        char quote = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return i;
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t:{[,-".indexOf(text.charAt(i - 1)) >= 0)) {
                quote = c;
            }
        }
        return -1;
    }

    private static void block(String text, int i, int n, boolean item, List<Pair> out) {
        int ks = i;
        int ke = keyEnd(text, i, n);
        if (ke < 0) {
            return;
        }
        int v = skipBlanks(text, ke + 1, n);
        if (v >= n || text.charAt(v) == '#') {
            out.add(new Pair(ks, ke, v, v, false, false, item));
            return;
        }
        char c = text.charAt(v);
        if (c == '{') {
            out.add(new Pair(ks, ke, v, v, false, false, item));
            flow(text, v + 1, n, false, out);
            return;
        }
        if (c == '[' || c == '|' || c == '>' || c == '&' || c == '*' || c == '!') {
            // a sequence, a multi-line scalar, an anchor, an alias or a tag: no scalar to read here
            out.add(new Pair(ks, ke, v, v, false, false, item));
            return;
        }
        if (c == '"' || c == '\'') {
            int close = closingQuote(text, v, n);
            out.add(new Pair(ks, ke, v + 1, close, true, true, item));
            return;
        }
        int e = v;
        while (e < n && !(text.charAt(e) == '#' && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t'))) {
            e++;
        }
        while (e > v && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        out.add(new Pair(ks, ke, v, e, false, true, item));
    }

    /** The pairs of a flow mapping that starts after {@code '{'} at {@code i}; returns the column after its end. */
    private static int flow(String text, int i, int n, boolean item, List<Pair> out) {
        boolean first = true;
        while (i < n) {
            i = skipBlanks(text, i, n);
            if (i >= n) {
                return n;
            }
            char c = text.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c == ',') {
                i++;
                continue;
            }
            int ks = i;
            int ke = keyEnd(text, i, n);
            if (ke < 0) {
                return n;
            }
            int v = skipBlanks(text, ke + 1, n);
            boolean asItem = item && first;
            first = false;
            if (v >= n) {
                out.add(new Pair(ks, ke, v, v, false, false, asItem));
                return n;
            }
            c = text.charAt(v);
            if (c == '{') {
                out.add(new Pair(ks, ke, v, v, false, false, asItem));
                i = flow(text, v + 1, n, false, out);
            } else if (c == '[') {
                out.add(new Pair(ks, ke, v, v, false, false, asItem));
                int close = text.indexOf(']', v);
                i = close < 0 ? n : close + 1;
            } else if (c == '"' || c == '\'') {
                int close = closingQuote(text, v, n);
                out.add(new Pair(ks, ke, v + 1, close, true, true, asItem));
                i = close + 1;
            } else {
                int e = v;
                while (e < n && text.charAt(e) != ',' && text.charAt(e) != '}') {
                    e++;
                }
                int end = e;
                while (end > v && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                }
                out.add(new Pair(ks, ke, v, end, false, true, asItem));
                i = e;
            }
        }
        return n;
    }

    /** The column of the colon that ends a plain key starting at {@code i}, or -1 if no key starts there. */
    private static int keyEnd(String text, int i, int n) {
        int k = i;
        while (k < n) {
            char c = text.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.') {
                k++;
            } else {
                break;
            }
        }
        if (k == i || k >= n || text.charAt(k) != ':') {
            return -1;
        }
        // a key's colon is followed by a blank or ends the line (not "http://", not "a:b")
        return k + 1 == n || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\t' ? k : -1;
    }

    /** The column of the quote that closes the one at {@code q} (n if none). */
    private static int closingQuote(String text, int q, int n) {
        char quote = text.charAt(q);
        for (int i = q + 1; i < n; i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                    // '' is a quote inside single quotes
                    i++;
                } else {
                    return i;
                }
            }
        }
        return n;
    }

    private static int skipBlanks(String text, int i, int n) {
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * The scalar value of key {@code key} in the mapping that holds {@code p} (a pair of {@code line}): on the same
     * line (a flow mapping, or a list item's first key), or on the lines above and below whose key starts in the
     * same column, within one list item, at most {@link Scanner#MAX_CONTEXT} lines away. Null if there is none.
     */
    public static String sibling(ScanContext ctx, int line, String text, Pair p, String key) {
        List<Pair> own = pairs(text);
        for (Pair q : own) {
            if (q.keyStart() != p.keyStart() && q.keyIs(text, key) && q.scalar()) {
                return q.value(text);
            }
        }
        int col = p.keyStart();
        boolean first = !own.isEmpty() && own.get(0).keyStart() == col;
        boolean itemStart = first && own.get(0).item();
        if (!itemStart) {
            for (int l = line - 1; l >= 0 && l >= line - Scanner.MAX_CONTEXT; l--) {
                String t = ctx.line(l);
                List<Pair> ps = t == null ? List.of() : pairs(t);
                if (ps.isEmpty()) {
                    continue;
                }
                Pair head = ps.get(0);
                if (head.keyStart() < col) {
                    break;
                }
                if (head.keyStart() == col) {
                    String v = valueOf(t, ps, key);
                    if (v != null) {
                        return v;
                    }
                    if (head.item()) {
                        break;
                    }
                }
            }
        }
        for (int l = line + 1; l < ctx.lineCount() && l <= line + Scanner.MAX_CONTEXT; l++) {
            String t = ctx.line(l);
            List<Pair> ps = t == null ? List.of() : pairs(t);
            if (ps.isEmpty()) {
                continue;
            }
            Pair head = ps.get(0);
            if (head.keyStart() < col || head.keyStart() == col && head.item()) {
                break;
            }
            if (head.keyStart() == col) {
                String v = valueOf(t, ps, key);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * The top-level key whose mapping holds {@code line} ({@code dynamic_rules}, {@code views}): the nearest key in
     * column 0 at or above it, at most {@link Scanner#MAX_CONTEXT} lines up; null if there is none so near.
     */
    public static String topKey(ScanContext ctx, int line) {
        for (int l = line; l >= 0 && l >= line - Scanner.MAX_CONTEXT; l--) {
            String t = ctx.line(l);
            if (t == null || t.isEmpty()) {
                continue;
            }
            char c = t.charAt(0);
            if (c == ' ' || c == '\t' || c == '#' || c == '-') {
                continue;
            }
            List<Pair> ps = pairs(t);
            if (!ps.isEmpty() && ps.get(0).keyStart() == 0) {
                return t.substring(0, ps.get(0).keyEnd());
            }
        }
        return null;
    }

    private static String valueOf(String text, List<Pair> ps, String key) {
        Pair head = ps.get(0);
        return head.keyIs(text, key) && head.scalar() ? head.value(text) : null;
    }
}
