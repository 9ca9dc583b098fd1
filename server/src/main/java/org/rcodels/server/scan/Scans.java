package org.rcodels.server.scan;

import java.util.List;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;

/** Small helpers shared by scanners. */
public final class Scans {
    private Scans() {
    }

    /**
     * Adds a NAME mention for {@code text[start,end)} if the catalog knows that spelling; prefers the spelling of
     * {@code tool} (if non-null) and entries of {@code kind} (if non-null). Returns the entry used, or null.
     *
     * <p>{@code tool} is the tool that reads the text (the file's tool, or the tool whose construct the word sits
     * in: {@code DNSRCode.} is dnsdist's, {@code kres.rcode.} Knot Resolver's). The mention is that tool's only
     * where the tool spells the word so (in its case, where the tool minds case); otherwise it is no tool's. Another
     * tool that happens to spell the word so (miekg's NOTIMPL in a dnsdist file, IANA's NotImp for kres.rcode.NOTIMP,
     * dnsmasq's "forged" for kres.extended_error.FORGED) says nothing about this file, and a hover must not present
     * it as this file's tool.
     */
    public static Entry name(ScanContext ctx, List<Mention> out, int line, String text, int start, int end,
                             String tool, Kind kind) {
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        String word = text.substring(start, end);
        List<Spelling> all = ctx.catalog().resolve(word);
        Spelling best = null;
        for (Spelling s : all) {
            if (kind != null && s.entry().kind() != kind) {
                continue;
            }
            if (best == null || rank(s, tool) > rank(best, tool)) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        out.add(new Mention(line, start, end, best.entry(), word, Mention.Role.NAME,
                spelledBy(best, tool) ? tool : null, null, null));
        return best.entry();
    }

    /** The tool's own spellings first, in the case it accepts before another case; otherwise the first found. */
    private static int rank(Spelling s, String tool) {
        if (tool == null || s.tool() == null || !tool.equals(s.tool().id())) {
            return 0;
        }
        return spelledBy(s, tool) ? 2 : 1;
    }

    /** Whether the spelling is {@code tool}'s own, in a case the tool accepts. */
    private static boolean spelledBy(Spelling s, String tool) {
        return tool != null && s.tool() != null && tool.equals(s.tool().id())
                && (s.exactCase() || !s.tool().caseSensitive());
    }

    /**
     * Adds a NUMBER mention for the decimal digits at {@code text[start,end)} read as a value of {@code kind};
     * {@code tsig} picks the TSIG meaning of 9 and 16. Returns the entry, or null if the text is not a number in
     * the registry.
     */
    public static Entry number(ScanContext ctx, List<Mention> out, int line, String text, int start, int end,
                               Kind kind, boolean tsig, String tool, String note, String... noteArgs) {
        int v = parse(text, start, end);
        if (v < 0) {
            return null;
        }
        Entry e = ctx.catalog().lookup(kind, v, tsig).orElse(null);
        if (e == null) {
            return null;
        }
        out.add(new Mention(line, start, end, e, text.substring(start, end), Mention.Role.NUMBER, tool, note,
                List.of(noteArgs)));
        return e;
    }

    /** Adds a mention of a known entry id (for policy words and inferred meanings). */
    public static Entry entry(ScanContext ctx, List<Mention> out, int line, String text, int start, int end,
                              String entryId, Mention.Role role, String tool, String note, String... noteArgs) {
        Entry e = ctx.catalog().byId(entryId).orElse(null);
        if (e == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        out.add(new Mention(line, start, end, e, text.substring(start, end), role, tool, note, List.of(noteArgs)));
        return e;
    }

    /** The decimal value of text[start,end) if it is 1-5 ASCII digits and at most 65535, else -1. */
    public static int parse(String text, int start, int end) {
        if (start < 0 || end > text.length() || end - start < 1 || end - start > 5) {
            return -1;
        }
        int v = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 65535 ? v : -1;
    }

    /** True if the char at i is part of an identifier-like word (letters, digits, _). */
    public static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * A character of a word, where Chinese, Japanese and Korean script is not: that writing puts no space between a
     * code and its neighbours ("返回SERVFAIL。", "NXDOMAINを返す"). Kana, CJK ideographs and Hangul syllables, by range.
     */
    public static boolean wordCharCjkBreak(char c) {
        if (c < 0x3040) {
            return wordChar(c);
        }
        boolean cjk = c <= 0x30FF || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF;
        return !cjk && wordChar(c);
    }

    /** True if text[start,end) is a whole word: not preceded or followed by a word char. */
    public static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !wordChar(text.charAt(start - 1))) && (end >= text.length() || !wordChar(text.charAt(end)));
    }

    /** Index of {@code lowerNeedle} (lower case) in text[from, to) ignoring ASCII case, or -1. */
    public static int indexOfIgnoreCase(String text, String lowerNeedle, int from, int to) {
        int n = lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        for (int i = from; i + n <= to; i++) {
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, lowerNeedle, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The entry a BIND negative-cache marker names: {@code ;-$NXRRSET} (the name exists, the type does not: NODATA,
     * not the UPDATE code 8) or {@code ;-$NXDOMAIN}, as rndc dumpdb (masterdump.c) and delv write them. Null otherwise.
     */
    public static String negativeCacheId(String word) {
        return switch (word) {
            case "NXRRSET" -> "pseudo:nodata";
            case "NXDOMAIN" -> "rcode:3";
            default -> null;
        };
    }
}
