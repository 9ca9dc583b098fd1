package org.rcodels.server.scan.config;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * One line of a DNS server config, split into config text and free text (comments and the contents of quoted
 * strings). Shared by the config scanners; pure and allocation-light.
 *
 * <p>{@link #code} is the line (up to {@link #LIMIT} chars) with every comment char replaced by a space and every char
 * inside a quoted string replaced by {@code _}; the quotes themselves stay. Columns are those of the line, so a match
 * in {@code code} is a match at the same columns of the line. {@link #free} lists the free-text ranges.
 */
final class ConfigLine {

    /** Only this much of a line is looked at: config lines are short, and a 1 MB line must stay cheap. */
    static final int LIMIT = 8 * 1024;

    /** The comment and quoting rules of one config language. */
    enum Syntax {
        /** Corefile: {@code #} comments at the start of a token, {@code "} strings with backslash escapes. */
        COREFILE,
        /**
         * unbound.conf: {@code #} comments at the start of a token (so {@code 1.1.1.1@853#dns.example} stays one
         * value), {@code "} and {@code '} strings.
         */
        UNBOUND,
        /** named.conf: {@code //}, {@code #} and {@code /* *}{@code /} comments, {@code "} strings. */
        NAMED,
        /** Lua: {@code --} comments, {@code --[[ ]]} block comments, {@code [[ ]]} long strings, quotes. */
        LUA
    }

    /** A whitespace-separated token of config text, or one of the punctuation marks { } ; as its own token. */
    record Token(int start, int end, char punct, boolean quoted) {
        boolean is(String text, String s) {
            return punct == 0 && !quoted && end - start == s.length() && text.startsWith(s, start);
        }

        boolean isIgnoreCase(String text, String s) {
            return punct == 0 && !quoted && end - start == s.length() && text.regionMatches(true, start, s, 0, s.length());
        }

        String text(String line) {
            return line.substring(start, end);
        }
    }

    final String text;
    final String code;
    /** Free-text ranges, as start/end pairs. */
    final int[] free;
    final int freeCount;
    /**
     * The block state at the end of the line: -1 outside any block; for NAMED 0 inside a C comment; for LUA the level
     * (number of {@code =}) of the open long bracket.
     */
    final int endState;

    private ConfigLine(String text, String code, int[] free, int freeCount, int endState) {
        this.text = text;
        this.code = code;
        this.free = free;
        this.freeCount = freeCount;
        this.endState = endState;
    }

    static ConfigLine lex(String text, Syntax syntax) {
        return lex(text, syntax, -1);
    }

    /** Lexes a line that starts in block state {@code state} (see {@link #endState}). */
    static ConfigLine lex(String text, Syntax syntax, int state) {
        int n = Math.min(text.length(), LIMIT);
        char[] code = new char[n];
        text.getChars(0, n, code, 0);
        int[] free = new int[8];
        int fc = 0;
        int i = 0;
        if (state >= 0) {
            int close = closeBlock(text, n, syntax, state, 0);
            int contentEnd = close < 0 ? n : close - closerLength(syntax, state);
            blank(code, 0, close < 0 ? n : close);
            free = add(free, fc++, 0, contentEnd);
            if (close < 0) {
                return new ConfigLine(text, new String(code), free, fc, state);
            }
            i = close;
            state = -1;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' && (syntax == Syntax.LUA || syntax == Syntax.UNBOUND)) {
                int j = i + 1;
                boolean escapes = syntax != Syntax.UNBOUND;
                while (j < n && text.charAt(j) != c) {
                    j += escapes && text.charAt(j) == '\\' ? 2 : 1;
                }
                int contentEnd = Math.min(j, n);
                for (int k = i + 1; k < contentEnd; k++) {
                    code[k] = '_';
                }
                free = add(free, fc++, i + 1, contentEnd);
                i = Math.min(j + 1, n);
                continue;
            }
            if (syntax == Syntax.LUA) {
                if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                    int level = longBracket(text, n, i + 2);
                    if (level >= 0) {
                        int open = i + 2 + level + 2;
                        int close = closeBlock(text, n, syntax, level, open);
                        blank(code, i, close < 0 ? n : close);
                        free = add(free, fc++, open, close < 0 ? n : close - level - 2);
                        if (close < 0) {
                            return new ConfigLine(text, new String(code), free, fc, level);
                        }
                        i = close;
                        continue;
                    }
                    blank(code, i, n);
                    free = add(free, fc++, i + 2, n);
                    break;
                }
                if (c == '[') {
                    int level = longBracket(text, n, i);
                    if (level >= 0) {
                        int open = i + level + 2;
                        int close = closeBlock(text, n, syntax, level, open);
                        int contentEnd = close < 0 ? n : close - level - 2;
                        for (int k = open; k < contentEnd; k++) {
                            code[k] = '_';
                        }
                        free = add(free, fc++, open, contentEnd);
                        if (close < 0) {
                            return new ConfigLine(text, new String(code), free, fc, level);
                        }
                        i = close;
                        continue;
                    }
                }
            } else if (c == '#' && (syntax == Syntax.NAMED || i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                blank(code, i, n);
                free = add(free, fc++, i + 1, n);
                break;
            } else if (syntax == Syntax.NAMED && c == '/' && i + 1 < n) {
                char d = text.charAt(i + 1);
                if (d == '/') {
                    blank(code, i, n);
                    free = add(free, fc++, i + 2, n);
                    break;
                }
                if (d == '*') {
                    int close = closeBlock(text, n, syntax, 0, i + 2);
                    blank(code, i, close < 0 ? n : close);
                    free = add(free, fc++, i + 2, close < 0 ? n : close - 2);
                    if (close < 0) {
                        return new ConfigLine(text, new String(code), free, fc, 0);
                    }
                    i = close;
                    continue;
                }
            }
            i++;
        }
        return new ConfigLine(text, new String(code), free, fc, -1);
    }

    /** If a Lua long bracket {@code [=*[} opens at {@code i}, its level (number of =), else -1. */
    private static int longBracket(String text, int n, int i) {
        if (i >= n || text.charAt(i) != '[') {
            return -1;
        }
        int j = i + 1;
        while (j < n && text.charAt(j) == '=') {
            j++;
        }
        return j < n && text.charAt(j) == '[' ? j - i - 1 : -1;
    }

    /** The index just after the block closer at or after {@code from}, or -1 if the block goes on. */
    private static int closeBlock(String text, int n, Syntax syntax, int level, int from) {
        if (syntax == Syntax.NAMED) {
            int k = text.indexOf("*/", from);
            return k < 0 || k + 2 > n ? -1 : k + 2;
        }
        for (int k = from; k < n; k++) {
            if (text.charAt(k) == ']') {
                int j = k + 1;
                while (j < n && text.charAt(j) == '=') {
                    j++;
                }
                if (j < n && text.charAt(j) == ']' && j - k - 1 == level) {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    private static int closerLength(Syntax syntax, int level) {
        return syntax == Syntax.NAMED ? 2 : level + 2;
    }

    private static void blank(char[] code, int from, int to) {
        for (int k = from; k < to && k < code.length; k++) {
            code[k] = ' ';
        }
    }

    private static int[] add(int[] free, int index, int start, int end) {
        int[] f = free;
        if (2 * index + 2 > f.length) {
            f = java.util.Arrays.copyOf(f, f.length * 2);
        }
        f[2 * index] = start;
        f[2 * index + 1] = Math.max(start, end);
        return f;
    }

    /** True if column {@code col} is config text (not a comment, not inside quotes). */
    boolean isCode(int col) {
        if (col >= code.length()) {
            return false;
        }
        for (int k = 0; k < freeCount; k++) {
            if (col >= free[2 * k] && col < free[2 * k + 1]) {
                return false;
            }
        }
        return code.charAt(col) != ' ' || text.charAt(col) == ' ';
    }

    /**
     * The block state at the start of {@code line}, found by lexing the lines above it (at most
     * {@link Scanner#MAX_CONTEXT}) that contain a block delimiter. Only NAMED and LUA have blocks.
     */
    static int stateBefore(ScanContext ctx, int line, Syntax syntax) {
        if (syntax != Syntax.NAMED && syntax != Syntax.LUA) {
            return -1;
        }
        int state = -1;
        for (int l = Math.max(0, line - Scanner.MAX_CONTEXT); l < line; l++) {
            String t = ctx.line(l);
            if (t == null) {
                continue;
            }
            boolean relevant = syntax == Syntax.NAMED
                    ? t.indexOf("/*") >= 0 || state >= 0 && t.indexOf("*/") >= 0
                    : t.indexOf("[[") >= 0 || t.indexOf("[=") >= 0 || state >= 0 && t.indexOf(']') >= 0;
            if (relevant) {
                state = lex(t, syntax, state).endState;
            }
        }
        return state;
    }

    /**
     * The tokens of the config text: whitespace-separated words and quoted strings. With {@code cStyle} (named.conf)
     * each of { } ; is a token of its own wherever it stands; otherwise (Corefile, unbound.conf) a brace is a token
     * only when it stands alone, so that {@code {$VAR}} stays one word.
     */
    List<Token> tokens(boolean cStyle) {
        List<Token> out = new ArrayList<>();
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (cStyle && (c == '{' || c == '}' || c == ';')) {
                out.add(new Token(i, i + 1, c, false));
                i++;
                continue;
            }
            if ((c == '"' || c == '\'') && isQuoteStart(i)) {
                int j = i + 1;
                while (j < n && code.charAt(j) != c) {
                    j++;
                }
                int end = Math.min(j + 1, n);
                out.add(new Token(i, end, (char) 0, true));
                i = end;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(code.charAt(j))
                    && !(cStyle && (code.charAt(j) == ';' || code.charAt(j) == '{' || code.charAt(j) == '}'))
                    && !((code.charAt(j) == '"' || code.charAt(j) == '\'') && isQuoteStart(j))) {
                j++;
            }
            char punct = !cStyle && j == i + 1 && (c == '{' || c == '}') ? c : 0;
            out.add(new Token(i, j, punct, false));
            i = j;
        }
        return out;
    }

    private boolean isQuoteStart(int i) {
        for (int k = 0; k < freeCount; k++) {
            if (free[2 * k] == i + 1) {
                return true;
            }
        }
        return false;
    }
}
