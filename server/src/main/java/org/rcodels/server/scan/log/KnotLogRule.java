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
 * NOTIMPL is Knot's name of 4. An unknown code is logged as {@code ''}, which names nothing.
 */
final class KnotLogRule implements LogRule {
    private static final String TOOL = "knot";
    private static final String ANCHOR = "server responded with error '";

    @Override
    public List<String> anchors() {
        return List.of(ANCHOR);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(ANCHOR);
    }

    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        return true;
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int a = t.indexOf(ANCHOR);
        if (!LogMentions.wordStart(t, a)) {
            return;
        }
        int s = a + ANCHOR.length();
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
