package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * The statistics file that BIND's {@code rndc stats} writes (named.stats; bin/named/statschannel.c): a count
 * right-aligned in 20 columns, a space, then what is counted. The statistics channel's XML and JSON are
 * {@link BindStatsChannelRule}'s and {@link BindLogRule}'s.
 * <ul>
 *   <li>the counter descriptions that name a code, {@code                   16 queries resulted in NXDOMAIN}: the
 *   name server's {@code queries resulted in NXDOMAIN|SERVFAIL|FORMERR|nxrrset} (and the two NXDOMAIN redirect
 *   counters), {@code sent badcookie response}, {@code synthesized a NXDOMAIN|no-data response}; the resolver's
 *   {@code NXDOMAIN|SERVFAIL|FORMERR|REFUSED received}, {@code bad EDNS version}, {@code bad cookie rcode}. nxrrset
 *   and no-data there are NODATA answers;</li>
 *   <li>the lines of the {@code ++ Outgoing Rcodes ++} section ({@code                    2 REFUSED}, BIND's
 *   dns_rcode_totext names) and the {@code NXDOMAIN} line of {@code ++ Cache DB RRsets ++} (cached non-existent
 *   names): read only below such a section header, as other sections count opcodes (RESERVED3) and types.</li>
 * </ul>
 */
final class BindStatsRule implements LogRule {
    static final String TOOL = "bind";

    /** Descriptions of named.stats lines: the description, the part that names the code, the code. */
    private static final String[][] DESCRIPTIONS = {
        {"queries resulted in SERVFAIL", "SERVFAIL", "rcode:2"},
        {"queries resulted in FORMERR", "FORMERR", "rcode:1"},
        {"queries resulted in NXDOMAIN", "NXDOMAIN", "rcode:3"},
        {"queries resulted in NXDOMAIN that were redirected", "NXDOMAIN", "rcode:3"},
        {"queries resulted in NXDOMAIN that were redirected and resulted in a successful remote lookup", "NXDOMAIN",
            "rcode:3"},
        {"queries resulted in nxrrset", "nxrrset", "pseudo:nodata"},
        {"sent badcookie response", "badcookie", "rcode:23"},
        {"synthesized a NXDOMAIN response", "NXDOMAIN", "rcode:3"},
        {"synthesized a no-data response", "no-data", "pseudo:nodata"},
        {"NXDOMAIN received", "NXDOMAIN", "rcode:3"},
        {"SERVFAIL received", "SERVFAIL", "rcode:2"},
        {"FORMERR received", "FORMERR", "rcode:1"},
        {"REFUSED received", "REFUSED", "rcode:5"},
        {"bad EDNS version", "bad EDNS version", "rcode:16:badvers"},
        {"bad cookie rcode", "bad cookie rcode", "rcode:23"},
    };

    /** BIND's names of the RCODEs it counts (dns_rcode_totext): the words of Outgoing Rcodes lines. */
    private static final List<String> RCODE_WORDS = List.of("NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",
            "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "RESERVED", "BADVERS", "BADCOOKIE");

    /** The sections whose count lines name an RCODE. */
    private static final List<String> RCODE_SECTIONS = List.of("Outgoing Rcodes", "Cache DB RRsets");

    private static final String SECTION = "++ ";

    /** How far above a line its section header may be. */
    private static final int LOOK_BACK = 200;

    /** Literals of which a line this rule reads holds one. */
    private static final List<String> ANCHORS = anchorList();

    private static List<String> anchorList() {
        // short literals: the automaton stays small, and accepts() rejects a line at its first chars anyway
        List<String> a = new ArrayList<>(List.of("resulted in ", " received", "badcookie", "synthesized",
                "bad EDNS", "bad cookie"));
        a.addAll(RCODE_WORDS);
        return List.copyOf(a);
    }

    @Override
    public List<String> anchors() {
        return ANCHORS;
    }

    @Override
    public boolean accepts(String t) {
        // most lines that hold an anchor (a log line naming NXDOMAIN) fail at their first chars
        if (countEnd(t) < 0) {
            return false;
        }
        return LogRule.holdsAny(t, ANCHORS);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int s = countEnd(t);
        if (s < 0) {
            return;
        }
        int e = t.length();
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        for (String[] d : DESCRIPTIONS) {
            if (e - s == d[0].length() && t.startsWith(d[0], s)) {
                int m = s + d[0].indexOf(d[1]);
                Scans.entry(ctx, out, line, t, m, m + d[1].length(), d[2], Mention.Role.NAME, TOOL, null);
                return;
            }
        }
        String section = rcodeWord(t, s, e) ? section(ctx, line) : null;
        if (section != null && RCODE_SECTIONS.contains(section)) {
            LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "RESERVED");
        }
    }

    /** A count line whose text is one RCODE word: its section says whether it counts a code. */
    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        int s = countEnd(t);
        if (s < 0) {
            return false;
        }
        int e = t.length();
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return rcodeWord(t, s, e);
    }

    /**
     * If the line has the shape of a named.stats counter (blanks, 1 to 20 digits, one space, then text), the index
     * where the text starts; else -1.
     */
    static int countEnd(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        int d = i;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i == d || i - d > 20 || i + 1 >= t.length() || t.charAt(i) != ' ' || t.charAt(i + 1) == ' ') {
            return -1;
        }
        return i + 1;
    }

    /** True if t[s,e) is one of BIND's RCODE words (RESERVED followed by digits included). */
    static boolean rcodeWord(String t, int s, int e) {
        for (String w : RCODE_WORDS) {
            if (t.startsWith(w, s)) {
                int end = w.equals("RESERVED") ? LogMentions.digitsEnd(t, s + w.length()) : s + w.length();
                return end == e && (end > s + w.length() || !w.equals("RESERVED"));
            }
        }
        return false;
    }

    /** The title of the named.stats section the line is in ("Outgoing Rcodes"), or null. */
    private static String section(ScanContext ctx, int line) {
        for (int i = line - 1; i >= 0 && i >= line - LOOK_BACK; i--) {
            String l = ctx.line(i);
            if (l.startsWith(SECTION)) {
                int end = l.indexOf(" ++", SECTION.length());
                return end > 0 ? l.substring(SECTION.length(), end) : null;
            }
            // between a section's header and its counts there are only counts and [View: ...] lines
            if (countEnd(l) < 0 && !l.startsWith("[")) {
                return null;
            }
        }
        return null;
    }
}
