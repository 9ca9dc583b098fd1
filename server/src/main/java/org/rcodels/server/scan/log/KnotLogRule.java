package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.catalog.Entry;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * Knot DNS (knotd) zone events: a refresh (SOA query), an incoming AXFR or IXFR, an outgoing NOTIFY or a DS push that
 * the other server answered with an error logs {@code [example.com.] AXFR, incoming, remote 192.0.2.1@53 TCP, server
 * responded with error 'NOTAUTH'} (older releases: {@code AXFR, incoming, 192.0.2.1@53: server responded with error
 * 'NOTAUTH'}). The quoted name is libknot's {@code knot_pkt_ext_rcode_name}: the header RCODE widened by the OPT
 * record, or, where the header says NOTAUTH and the reply carries a TSIG record with an error, that TSIG error. So the
 * spelling tells the two meanings of 16 apart (BADSIG comes from a TSIG record, BADVERS from the OPT record), and
 * NOTIMPL is Knot's name of 4. An unknown code is logged as {@code ''}, which names nothing. Knot's tools quote the
 * same name: kdig's {@code ;; ERROR: server replied with error 'REFUSED'}, knsupdate's {@code ;; ERROR: update failed
 * with error 'BADSIG'}.
 */
final class KnotLogRule implements LogRule {
    private static final String TOOL = "knot";
    /**
     * knotd's zone events; kdig's ";; ERROR: server replied with error 'REFUSED'" (kdig_exec.c) and knsupdate's
     * ";; ERROR: update failed with error 'BADSIG'" (knsupdate_exec.c) quote the same libknot name.
     */
    private static final List<String> ANCHORS = List.of("server responded with error '", "server replied with error '",
            "update failed with error '");

    @Override
    public List<String> anchors() {
        return ANCHORS;
    }

    @Override
    public boolean accepts(String t) {
        return LogRule.holdsAny(t, ANCHORS);
    }

    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        return true;
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        for (String anchor : ANCHORS) {
            int a = t.indexOf(anchor);
            if (a >= 0 && LogMentions.wordStart(t, a)) {
                quoted(ctx, line, t, a + anchor.length(), out);
            }
        }
    }

    private static void quoted(ScanContext ctx, int line, String t, int s, List<Mention> out) {
        int e = t.indexOf('\'', s);
        if (e - s < 3 || e - s > 16) {
            return;
        }
        for (int k = s; k < e; k++) {
            char c = t.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && k > s)) {
                return;
            }
        }
        // Knot's names are unique per meaning (BADSIG is the TSIG 16, BADVERS the OPT one)
        Entry entry = LogMentions.spelledBy(ctx, TOOL, t.substring(s, e), false);
        if (entry != null) {
            out.add(new Mention(line, s, e, entry, t.substring(s, e), Mention.Role.NAME, TOOL, null, null));
        } else {
            LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
        }
    }
}
