package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * natesales/q, a DNS client built on miekg/dns (so BADSIG there means BADVERS):
 * <ul>
 *   <li>the statistics line that {@code q --stats} prints after the answers (output/pretty.go):
 *   {@code Opcode: QUERY Status: NXDOMAIN ID 43575: Flags: qr rd ra (1 Q 0 A 1 N 1 E)}, with miekg's names
 *   (OpcodeToString, RcodeToString);</li>
 *   <li>{@code x.example NXDOMAIN returned by example. by authority of ns1.example.}, the line DNS-FACTS D.16 gives
 *   for q. It is the output asked for in q issue #158 (open); q itself prints nothing for an NXDOMAIN without
 *   {@code --stats}. Recognised so that the line reads right where it is quoted.</li>
 * </ul>
 */
final class QRule implements LogRule {
    private static final String TOOL = "miekg";

    private static final String OPCODE = "Opcode: ";
    private static final String STATUS = " Status: ";
    private static final String ID = " ID ";
    private static final String RETURNED_BY = " returned by ";
    private static final String AUTHORITY = " by authority of ";

    @Override
    public List<String> anchors() {
        return List.of(OPCODE, RETURNED_BY);
    }

    @Override
    public boolean accepts(String t) {
        int o = t.indexOf(OPCODE);
        if (o >= 0 && t.indexOf(STATUS, o) > 0) {
            return true;
        }
        int r = t.indexOf(RETURNED_BY);
        return r > 0 && t.indexOf(AUTHORITY, r) > 0;
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        stats(ctx, out, line, t);
        returnedBy(ctx, out, line, t);
    }

    /** "Opcode: QUERY Status: NXDOMAIN ID 43575: Flags: ...". */
    private static void stats(ScanContext ctx, List<Mention> out, int line, String t) {
        int o = t.indexOf(OPCODE);
        if (o < 0 || !LogMentions.wordStart(t, o)) {
            return;
        }
        int os = o + OPCODE.length();
        int oe = LogMentions.wordEnd(t, os, "");
        if (oe == os || !t.startsWith(STATUS, oe)) {
            return;
        }
        int rs = oe + STATUS.length();
        int re = LogMentions.wordEnd(t, rs, "");
        if (re == rs || !t.startsWith(ID, re)) {
            return;
        }
        Scans.name(ctx, out, line, t, os, oe, TOOL, Kind.OPCODE);
        LogMentions.rcodeName(ctx, out, line, t, rs, re, TOOL);
    }

    /** "<name> <RCODE> returned by <zone> by authority of <server>". */
    private static void returnedBy(ScanContext ctx, List<Mention> out, int line, String t) {
        int r = t.indexOf(RETURNED_BY);
        if (r <= 0 || t.indexOf(AUTHORITY, r + RETURNED_BY.length()) < 0) {
            return;
        }
        int s = r;
        while (s > 0 && t.charAt(s - 1) >= 'A' && t.charAt(s - 1) <= 'Z') {
            s--;
        }
        // the qname comes first: the code is the second word
        if (s == r || s < 2 || t.charAt(s - 1) != ' ' || t.charAt(s - 2) == ' ') {
            return;
        }
        LogMentions.rcodeName(ctx, out, line, t, s, r, TOOL);
    }
}
