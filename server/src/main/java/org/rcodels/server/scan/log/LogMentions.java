package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/** Helpers shared by the log rules: RCODE names in the header/OPT sense, values, fallbacks for fixed formats. */
final class LogMentions {

    static final String MIEKG_BADSIG = "note.miekgBadsig";
    static final String NUMERIC_FIELD = "note.numericField";

    private LogMentions() {
    }

    /**
     * Adds a NAME mention if {@code text[start,end)} names an RCODE (or NODATA). Log lines report the RCODE of a reply
     * (header plus OPT), so where a spelling has a TSIG meaning too (16, 9) the header/OPT meaning wins. A tool built
     * on miekg/dns prints BADSIG for 16: that is read as BADVERS with {@link #MIEKG_BADSIG}. The mention's tool is
     * {@code tool} (null when the rule does not know the producer). Returns the entry or null.
     */
    static Entry rcodeName(ScanContext ctx, List<Mention> out, int line, String text, int start, int end,
                           String tool) {
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        String word = text.substring(start, end);
        Spelling best = null;
        for (Spelling s : ctx.catalog().resolve(word)) {
            Kind k = s.entry().kind();
            if (k != Kind.RCODE && k != Kind.PSEUDO) {
                continue;
            }
            if (best == null || rank(s, tool) > rank(best, tool)) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        Entry e = best.entry();
        if (e.kind() == Kind.RCODE && e.value() == 16 && miekgBased(tool) && word.equalsIgnoreCase("BADSIG")) {
            return value(ctx, out, line, text, start, end, 16, Mention.Role.NAME, tool, MIEKG_BADSIG);
        }
        // the mention is the rule's tool's, or no tool's: a spelling that some other tool also uses (BIND's NXDOMAIN
        // in a systemd-resolved line) says nothing about who printed it
        out.add(new Mention(line, start, end, e, word, Mention.Role.NAME, tool, null, null));
        return e;
    }

    /** Like {@link #rcodeName}, but when the catalog does not know the spelling, names the entry {@code fallbackId}. */
    static Entry rcodeNameOr(ScanContext ctx, List<Mention> out, int line, String text, int start, int end,
                             String tool, String fallbackId) {
        Entry e = rcodeName(ctx, out, line, text, start, end, tool);
        if (e != null) {
            return e;
        }
        return Scans.entry(ctx, out, line, text, start, end, fallbackId, Mention.Role.NAME, tool, null);
    }

    /**
     * Like {@link #rcodeName}; when the catalog does not know the spelling and it is {@code prefix} followed by a
     * decimal number (RCODE11, Resp12, Err#11), the number decides.
     */
    static Entry rcodeNameOrNumbered(ScanContext ctx, List<Mention> out, int line, String text, int start, int end,
                                     String tool, String prefix) {
        Entry e = rcodeName(ctx, out, line, text, start, end, tool);
        if (e != null || end - start <= prefix.length() || !text.regionMatches(true, start, prefix, 0,
                prefix.length())) {
            return e;
        }
        int v = Scans.parse(text, start + prefix.length(), end);
        if (v < 0) {
            return null;
        }
        return value(ctx, out, line, text, start, end, v, Mention.Role.NAME, tool, null);
    }

    /** Adds a mention of the RCODE with value {@code v} (header/OPT meaning) for {@code text[start,end)}. */
    static Entry value(ScanContext ctx, List<Mention> out, int line, String text, int start, int end, int v,
                       Mention.Role role, String tool, String note, String... noteArgs) {
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        Entry e = ctx.catalog().lookup(Kind.RCODE, v, false).orElse(null);
        if (e == null) {
            return null;
        }
        out.add(new Mention(line, start, end, e, text.substring(start, end), role, tool, note, List.of(noteArgs)));
        return e;
    }

    /** Adds a NUMBER mention of the decimal RCODE at {@code text[start,end)} (header/OPT meaning). */
    static Entry number(ScanContext ctx, List<Mention> out, int line, String text, int start, int end, String tool,
                        String note) {
        return Scans.number(ctx, out, line, text, start, end, Kind.RCODE, false, tool, note);
    }

    /**
     * The RCODE (or, if {@code pseudo}, NODATA) that {@code tool} spells exactly as {@code word}; where a spelling has
     * a TSIG meaning too, the header/OPT meaning wins (an error reports the RCODE of a reply). Null if none.
     */
    static Entry spelledBy(ScanContext ctx, String tool, String word, boolean pseudo) {
        return spelledBy(ctx, tool, word, Kind.RCODE, pseudo ? Kind.PSEUDO : Kind.RCODE);
    }

    /** The entry of the given kind that the tool spells exactly so (an OPCODE: Netty's QUERY), or null. */
    static Entry spelledBy(ScanContext ctx, String tool, String word, Kind kind) {
        return spelledBy(ctx, tool, word, kind, kind);
    }

    private static Entry spelledBy(ScanContext ctx, String tool, String word, Kind kind, Kind alsoKind) {
        if (word.isEmpty()) {
            return null;
        }
        Entry best = null;
        for (Spelling s : ctx.catalog().resolve(word)) {
            Entry e = s.entry();
            if (!s.exactCase() || s.tool() == null || !tool.equals(s.tool().id()) || e.isRange()
                    || !(e.kind() == kind || e.kind() == alsoKind)) {
                continue;
            }
            if (best == null || best.tsigContext() && !e.tsigContext()) {
                best = e;
            }
        }
        return best;
    }

    private static int rank(Spelling s, String tool) {
        int r = 0;
        if (!s.entry().tsigContext()) {
            r += 4;
        }
        if (tool != null && s.tool() != null && tool.equals(s.tool().id())) {
            r += 2;
        }
        if (s.exactCase()) {
            r += 1;
        }
        return r;
    }

    static boolean miekgBased(String tool) {
        return "coredns".equals(tool) || "miekg".equals(tool) || "miekg-go".equals(tool);
    }

    /**
     * A matcher of {@code p} anchored at {@code from} (the pattern must match starting exactly there), or null. Cheaper
     * than {@code find()} once an {@code indexOf} has found where a format's fixed text starts.
     */
    static Matcher at(Pattern p, String text, int from) {
        if (from < 0 || from > text.length()) {
            return null;
        }
        Matcher m = p.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() ? m : null;
    }

    /** True if {@code text[i]} starts a word: at the start or after a char that is neither a word char nor '-'. */
    static boolean wordStart(String text, int i) {
        return i == 0 || !(Scans.wordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '-');
    }

    /** The end of a run of word chars (letters, digits, _) and the extra chars given, from {@code from}. */
    static int wordEnd(String text, int from, String extra) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(Scans.wordChar(c) || extra.indexOf(c) >= 0)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The end of a run of ASCII digits from {@code from}. */
    static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
