package org.rcodels.server.scan.output;

import java.util.List;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * Resolving the code texts that DNS tools print (a name such as NXDOMAIN, or one of the forms tools use for values
 * they have no name for: BIND {@code ?22} and {@code RESERVED11}, kdig {@code RCODE 11}, ldns {@code ?? (11)}) and
 * adding mentions for them. Pure helpers, no state.
 */
final class Codes {
    private Codes() {
    }

    /**
     * The entry a printed code text names, or null. Names are looked up in the catalog (case-insensitively); among
     * several meanings of one spelling (NOTAUTH), {@code tsig} picks the TSIG or the plain meaning, then the spelling
     * of {@code tool} wins. If no spelling matches, the unknown-value forms are read as numbers.
     */
    static Entry resolve(ScanContext ctx, String text, Kind kind, String tool, boolean tsig) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return null;
        }
        Entry best = null;
        int bestScore = -1;
        List<Spelling> all = ctx.catalog().resolve(text);
        for (Spelling s : all) {
            Entry e = s.entry();
            if (e.kind() != kind) {
                continue;
            }
            int score = 0;
            if (kind == Kind.RCODE && e.tsigContext() == tsig) {
                score += 4;
            }
            if (tool != null && s.tool() != null && tool.equals(s.tool().id())) {
                score += 2;
            }
            if (s.exactCase()) {
                score += 1;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        int v = unknownForm(text);
        if (v < 0) {
            return null;
        }
        return ctx.catalog().lookup(kind, v, tsig).orElse(null);
    }

    /**
     * The value spelled by the forms tools print for values they have no name for: {@code ?22} (BIND dig, host,
     * nslookup), {@code ?? (11)} (ldns), {@code RCODE 11} and {@code RCODE11} (kdig, sldns, CoreDNS),
     * {@code RESERVED11} (BIND), {@code OPCODE6} (sldns); -1 for anything else.
     */
    static int unknownForm(String t) {
        String digits;
        if (t.startsWith("?? (") && t.endsWith(")")) {
            digits = t.substring(4, t.length() - 1);
        } else if (t.startsWith("??(") && t.endsWith(")")) {
            digits = t.substring(3, t.length() - 1);
        } else if (t.startsWith("?")) {
            digits = t.substring(1);
        } else if (t.startsWith("RCODE ")) {
            digits = t.substring(6);
        } else if (t.startsWith("RCODE")) {
            digits = t.substring(5);
        } else if (t.startsWith("RESERVED")) {
            digits = t.substring(8);
        } else if (t.startsWith("OPCODE")) {
            digits = t.substring(6);
        } else {
            return -1;
        }
        return org.rcodels.server.scan.Scans.parse(digits, 0, digits.length());
    }

    /**
     * Resolves {@code text[start,end)} and adds a NAME mention; returns the entry or null. Outside a TSIG context
     * the RCODE is a reply's (header and OPT record), and BIND's {@code ?17} to {@code ?22} get their note
     * ({@link DigOutputScanner#unnamedInReply}).
     */
    static Entry name(ScanContext ctx, List<Mention> out, int line, String text, int start, int end, Kind kind,
                      String tool, boolean tsig) {
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        String word = text.substring(start, end);
        Entry e = resolve(ctx, word, kind, tool, tsig);
        if (e != null) {
            if (!tsig && DigOutputScanner.unnamedInReply(word, e)) {
                add(out, line, text, start, end, e, Mention.Role.NAME, null, DigOutputScanner.NOTE_UNNAMED_IN_REPLY);
            } else {
                add(out, line, text, start, end, e, Mention.Role.NAME, tool, null);
            }
        }
        return e;
    }

    /** Adds a mention of a known entry id; returns it, or null if the catalog lacks it. */
    static Entry byId(ScanContext ctx, List<Mention> out, int line, String text, int start, int end, String id,
                      Mention.Role role, String tool, String note, String... args) {
        Entry e = ctx.catalog().byId(id).orElse(null);
        if (e != null && start >= 0 && end <= text.length() && start < end) {
            add(out, line, text, start, end, e, role, tool, note, args);
            return e;
        }
        return null;
    }

    static void add(List<Mention> out, int line, String text, int start, int end, Entry e, Mention.Role role,
                    String tool, String note, String... args) {
        out.add(new Mention(line, start, end, e, text.substring(start, end), role, tool, note,
                args == null ? List.of() : List.of(args)));
    }

    // ------------------------------------------------------------------------------------------- small text helpers

    /** Index of the first char at or after {@code i} that is not a space or tab. */
    static int skipBlanks(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** End of the run of ASCII digits starting at {@code i} (== i if none). */
    static int digitsEnd(String t, int i) {
        int j = i;
        while (j < t.length() && j - i < 6 && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    /** The value of the digits right after {@code key} (first occurrence at or after {@code from}), or -1. */
    static int intAfter(String t, String key, int from) {
        int k = t.indexOf(key, from);
        if (k < 0) {
            return -1;
        }
        int s = skipBlanks(t, k + key.length());
        int e = digitsEnd(t, s);
        return org.rcodels.server.scan.Scans.parse(t, s, e);
    }

    /** True if {@code t[start,end)} is a code-like token: upper-case letters, digits, and BIND's leading '?'. */
    static boolean upperToken(String t, int start, int end) {
        if (start >= end || end - start > 24) {
            return false;
        }
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (c == '?' && i == start || c >= '0' && c <= '9') {
                // allowed
            } else {
                return false;
            }
        }
        return letter || t.charAt(start) == '?';
    }

    /** The end of an upper-case code token starting at {@code i} (letters, digits, a leading '?'). */
    static int tokenEnd(String t, int i) {
        int j = i;
        if (j < t.length() && t.charAt(j) == '?') {
            j++;
        }
        while (j < t.length() && j - i < 24) {
            char c = t.charAt(j);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Number of leading spaces and tabs. */
    static int indent(String t) {
        return skipBlanks(t, 0);
    }

    /** True if {@code word} occurs in {@code t[from,to)} as a whole blank-separated token. */
    static boolean hasToken(String t, int from, int to, String word) {
        int i = from;
        while (i < to) {
            int k = t.indexOf(word, i);
            if (k < 0 || k + word.length() > to) {
                return false;
            }
            boolean before = k == from || t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t';
            int e = k + word.length();
            boolean after = e == to || t.charAt(e) == ' ' || t.charAt(e) == '\t' || t.charAt(e) == ';';
            if (before && after) {
                return true;
            }
            i = k + 1;
        }
        return false;
    }
}
