package org.rcodels.server.scan.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * One line of a DNS server config, split into config text, comments and strings: the one lexer of the config
 * scanners and of completion and diagnostics ({@code features.Slots}). Pure and allocation-light.
 *
 * <p>{@link #code} is the line (up to {@link #LIMIT} chars) with every comment char replaced by a space and every char
 * inside a quoted string replaced by {@code _}; the quotes themselves stay. Columns are those of the line, so a match
 * in {@code code} is a match at the same columns of the line.
 */
public final class ConfigLine {

    /** Only this much of a line is looked at: config lines are short, and a 1 MB line must stay cheap. */
    public static final int LIMIT = Scanner.MAX_LINE;

    /** The comment and quoting rules of one config language. */
    public enum Syntax {
        /** Corefile: {@code #} comments at the start of a token, {@code "} strings with backslash escapes. */
        COREFILE,
        /**
         * unbound.conf: {@code #} comments at the start of a token (so {@code 1.1.1.1@853#dns.example} stays one
         * value), {@code "} and {@code '} strings without escapes.
         */
        UNBOUND,
        /** named.conf: {@code //}, {@code #} and {@code /* *}{@code /} comments, {@code "} strings. */
        NAMED,
        /** Lua: {@code --} comments, {@code --[[ ]]} block comments, {@code [[ ]]} long strings, quotes. */
        LUA
    }

    /**
     * A whitespace-separated token of config text, or one of the punctuation marks { } ; as its own token
     * ({@code punct}), or a quoted string ({@code quoted}, quotes included).
     */
    public record Token(int start, int end, char punct, boolean quoted) {
        public boolean is(String text, String s) {
            return punct == 0 && !quoted && end - start == s.length() && text.startsWith(s, start);
        }

        public boolean isIgnoreCase(String text, String s) {
            return punct == 0 && !quoted && end - start == s.length()
                    && text.regionMatches(true, start, s, 0, s.length());
        }

        public String text(String line) {
            return line.substring(start, end);
        }

        /** Where the text starts without its opening quote. */
        public int innerStart() {
            return quoted ? start + 1 : start;
        }

        /** Where the text ends without its closing quote (if it has one). */
        public int innerEnd(String line) {
            if (quoted && end - 1 > start && (line.charAt(end - 1) == '"' || line.charAt(end - 1) == '\'')) {
                return end - 1;
            }
            return end;
        }
    }

    public final String text;
    public final String code;
    /**
     * Comment ranges as start/end pairs, for cursors: start is the first char of the comment's text (the rest of a
     * block comment or long string the line starts in counts as comment), end is inclusive.
     */
    private final int[] comments;
    private final int commentCount;
    /**
     * String ranges (quoted and Lua long strings) as start/end pairs: start is the first char after the opening
     * quote or bracket, end the column of the closing quote or bracket (the end of the looked-at text if none).
     */
    private final int[] strings;
    private final int stringCount;
    /**
     * The block state at the end of the line: -1 outside any block; for NAMED 0 inside a C comment; for LUA the level
     * (number of {@code =}) of the open long bracket.
     */
    public final int endState;

    private ConfigLine(String text, char[] code, Ranges comments, Ranges strings, int endState) {
        this.text = text;
        this.code = new String(code);
        this.comments = comments.r;
        this.commentCount = comments.n;
        this.strings = strings.r;
        this.stringCount = strings.n;
        this.endState = endState;
    }

    public static ConfigLine lex(String text, Syntax syntax) {
        return lex(text, syntax, -1);
    }

    /** Lexes a line that starts in block state {@code state} (see {@link #endState}). */
    public static ConfigLine lex(String text, Syntax syntax, int state) {
        int n = Math.min(text.length(), LIMIT);
        char[] code = new char[n];
        text.getChars(0, n, code, 0);
        Ranges cm = new Ranges();
        Ranges st = new Ranges();
        int i = 0;
        if (state >= 0) {
            int close = closeBlock(text, n, syntax, state, 0);
            // the rest of a block comment or Lua long string: free text either way
            blank(code, 0, close < 0 ? n : close, ' ');
            cm.add(0, close < 0 ? n : close - 1);
            if (close < 0) {
                return new ConfigLine(text, code, cm, st, state);
            }
            i = close;
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
                blank(code, i + 1, contentEnd, '_');
                st.add(i + 1, contentEnd);
                i = Math.min(j + 1, n);
                continue;
            }
            if (syntax == Syntax.LUA) {
                if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                    int level = longBracket(text, n, i + 2);
                    if (level >= 0) {
                        int open = i + 2 + level + 2;
                        int close = closeBlock(text, n, syntax, level, open);
                        blank(code, i, close < 0 ? n : close, ' ');
                        cm.add(i + 2, close < 0 ? n : close - 1);
                        if (close < 0) {
                            return new ConfigLine(text, code, cm, st, level);
                        }
                        i = close;
                        continue;
                    }
                    blank(code, i, n, ' ');
                    cm.add(i + 2, n);
                    break;
                }
                if (c == '[') {
                    int level = longBracket(text, n, i);
                    if (level >= 0) {
                        int open = i + level + 2;
                        int close = closeBlock(text, n, syntax, level, open);
                        int contentEnd = close < 0 ? n : close - level - 2;
                        blank(code, open, contentEnd, '_');
                        st.add(open, contentEnd);
                        if (close < 0) {
                            return new ConfigLine(text, code, cm, st, level);
                        }
                        i = close;
                        continue;
                    }
                }
            } else if (c == '#' && (syntax == Syntax.NAMED || i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                blank(code, i, n, ' ');
                cm.add(i + 1, n);
                break;
            } else if (syntax == Syntax.NAMED && c == '/' && i + 1 < n) {
                char d = text.charAt(i + 1);
                if (d == '/') {
                    blank(code, i, n, ' ');
                    cm.add(i + 2, n);
                    break;
                }
                if (d == '*') {
                    int close = closeBlock(text, n, syntax, 0, i + 2);
                    blank(code, i, close < 0 ? n : close, ' ');
                    cm.add(i + 2, close < 0 ? n : close - 2);
                    if (close < 0) {
                        return new ConfigLine(text, code, cm, st, 0);
                    }
                    i = close;
                    continue;
                }
            }
            i++;
        }
        return new ConfigLine(text, code, cm, st, -1);
    }

    /** A growable list of start/end pairs. */
    private static final class Ranges {
        int[] r = new int[4];
        int n;

        void add(int start, int end) {
            if (2 * n + 2 > r.length) {
                r = Arrays.copyOf(r, r.length * 2);
            }
            r[2 * n] = start;
            r[2 * n + 1] = Math.max(start, end);
            n++;
        }
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

    private static void blank(char[] code, int from, int to, char with) {
        for (int k = Math.max(0, from); k < to && k < code.length; k++) {
            code[k] = with;
        }
    }

    /** True if column {@code col} is config text (not a comment, not inside quotes). */
    public boolean isCode(int col) {
        if (col >= code.length()) {
            return false;
        }
        for (int k = 0; k < stringCount; k++) {
            if (col >= strings[2 * k] && col < strings[2 * k + 1]) {
                return false;
            }
        }
        for (int k = 0; k < commentCount; k++) {
            if (col >= comments[2 * k] && col < comments[2 * k + 1]) {
                return false;
            }
        }
        // a blanked char is a comment delimiter; a space is a space
        return code.charAt(col) != ' ' || text.charAt(col) == ' ';
    }

    /** True if a cursor at {@code col} is inside a comment (typing there is typing prose). */
    public boolean inComment(int col) {
        if (col > code.length()) {
            // past the looked-at part of a very long line: treat as free text
            return true;
        }
        for (int k = 0; k < commentCount; k++) {
            if (col >= comments[2 * k] && col <= comments[2 * k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** True if a cursor at {@code col} is inside a quoted string (between the quotes, either end included). */
    public boolean inString(int col) {
        for (int k = 0; k < stringCount; k++) {
            if (col >= strings[2 * k] && col <= strings[2 * k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** True if a string opens at column {@code i}: its text starts at i + 1. */
    private boolean isQuoteStart(int i) {
        for (int k = 0; k < stringCount; k++) {
            if (strings[2 * k] == i + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block state at the start of {@code line}, found by lexing the lines above it (at most
     * {@link Scanner#MAX_CONTEXT}) that contain a block delimiter. Only NAMED and LUA have blocks.
     */
    public static int stateBefore(ScanContext ctx, int line, Syntax syntax) {
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
     * Runs {@code config} over the line lexed in the block state the lines above leave it in. The line is first
     * lexed on its own; only when that adds to {@code out} is the state looked up (most lines add nothing), and if
     * the line starts inside a block comment or Lua long string, what was added is dropped and the line is lexed
     * again, so that only what follows the block's end counts as configuration.
     */
    public static <T> void inContext(ScanContext ctx, int line, String text, Syntax syntax, List<T> out,
                                     Consumer<ConfigLine> config) {
        inContext(ctx, line, text, syntax, out, false, config);
    }

    /**
     * As {@link #inContext(ScanContext, int, String, Syntax, List, Consumer)}, but with {@code stateFirst} the state is
     * looked up first and the line lexed once in it, whatever the line holds (completion: after a block's end on this
     * line, a slot may be there only once the block is known).
     */
    public static <T> void inContext(ScanContext ctx, int line, String text, Syntax syntax, List<T> out,
                                     boolean stateFirst, Consumer<ConfigLine> config) {
        if (stateFirst) {
            config.accept(lex(text, syntax, stateBefore(ctx, line, syntax)));
            return;
        }
        int from = out.size();
        config.accept(lex(text, syntax));
        if (out.size() > from) {
            int state = stateBefore(ctx, line, syntax);
            if (state >= 0) {
                out.subList(from, out.size()).clear();
                config.accept(lex(text, syntax, state));
            }
        }
    }

    /** True if the first {@link #LIMIT} chars of the text contain any of the given substrings (the cheap per-line test). */
    public static boolean containsAny(String text, String... anchors) {
        int n = Math.min(text.length(), LIMIT);
        String t = n == text.length() ? text : text.substring(0, n);
        for (String a : anchors) {
            if (t.indexOf(a) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the config text (see {@link #tokens(boolean, int)}), without a cursor. */
    public List<Token> tokens(boolean cStyle) {
        return tokens(cStyle, -1);
    }

    /**
     * The tokens of the config text: whitespace-separated words and quoted strings. With {@code cStyle} (named.conf)
     * each of { } ; is a token of its own wherever it stands; otherwise (Corefile, unbound.conf) a brace is a token
     * only when it stands alone, so that {@code {$VAR}} stays one word. With {@code cursor >= 0} and the cursor in
     * white space, an empty token is added at the cursor: the word about to be typed.
     */
    public List<Token> tokens(boolean cStyle, int cursor) {
        List<Token> out = new ArrayList<>();
        int n = code.length();
        int i = 0;
        boolean cursorPlaced = cursor < 0;
        while (i < n) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean lonePunct = cStyle && (c == '{' || c == '}' || c == ';')
                    || !cStyle && (c == '{' || c == '}') && (i + 1 >= n || Character.isWhitespace(code.charAt(i + 1)));
            if (!cursorPlaced && (cursor < i || cursor == i && lonePunct)) {
                // the cursor in white space, or right before a brace or semicolon: an empty word at the cursor
                out.add(new Token(cursor, cursor, (char) 0, false));
                cursorPlaced = true;
            }
            Token t;
            if (cStyle && (c == '{' || c == '}' || c == ';')) {
                t = new Token(i, i + 1, c, false);
            } else if ((c == '"' || c == '\'') && isQuoteStart(i)) {
                int j = i + 1;
                while (j < n && code.charAt(j) != c) {
                    j++;
                }
                t = new Token(i, Math.min(j + 1, n), (char) 0, true);
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(code.charAt(j))
                        && !(cStyle && (code.charAt(j) == ';' || code.charAt(j) == '{' || code.charAt(j) == '}'))
                        && !((code.charAt(j) == '"' || code.charAt(j) == '\'') && isQuoteStart(j))) {
                    j++;
                }
                char punct = !cStyle && j == i + 1 && (c == '{' || c == '}') ? c : 0;
                t = new Token(i, j, punct, false);
            }
            out.add(t);
            if (!cursorPlaced && cursor <= t.end()) {
                cursorPlaced = true;
            }
            i = t.end();
        }
        if (!cursorPlaced && cursor <= text.length() && cursor <= n) {
            out.add(new Token(cursor, cursor, (char) 0, false));
        }
        return out;
    }

    /** The statements of a token list: the runs of tokens between punctuation tokens, empty runs left out. */
    public static List<List<Token>> statements(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int s = 0;
        while (s < tokens.size()) {
            int e = s;
            while (e < tokens.size() && tokens.get(e).punct() == 0) {
                e++;
            }
            if (e > s) {
                out.add(tokens.subList(s, e));
            }
            s = e + 1;
        }
        return out;
    }
}
