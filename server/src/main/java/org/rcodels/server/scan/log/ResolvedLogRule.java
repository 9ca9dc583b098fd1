package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * systemd-resolved: {@code Server returned error NXDOMAIN, mitigating potential DNS violation DVE-2018-0001, retrying
 * transaction with reduced feature level UDP.} (DNS-FACTS D.19). The code is what the server answered; resolved names
 * no tool's spelling of it, so the mention names none. With DVE-2018-0001 the mention carries a note: resolved retries
 * at the lower feature level the line names because some servers and middleboxes wrongly answer NXDOMAIN to queries
 * with EDNS (DNS-FACTS E.4). Its DNSSEC messages ({@code DNSSEC validation failed: no-signature}) name no RCODE.
 */
final class ResolvedLogRule implements LogRule {
    private static final String ANCHOR = "Server returned error ";
    private static final String DVE = "DVE-2018-0001";
    private static final String LEVEL = "reduced feature level ";
    static final String DVE_NOTE = "note.resolvedDve";

    @Override
    public List<String> anchors() {
        return List.of(ANCHOR);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(ANCHOR);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int s = t.indexOf(ANCHOR) + ANCHOR.length();
        int e = LogMentions.wordEnd(t, s, "");
        if (e <= s || e >= t.length() || t.charAt(e) != ',') {
            return;
        }
        if (LogMentions.rcodeName(ctx, out, line, t, s, e, null) == null) {
            return;
        }
        int d = t.indexOf(DVE, e);
        int l = d < 0 ? -1 : t.indexOf(LEVEL, d);
        if (l >= 0) {
            int ls = l + LEVEL.length();
            int le = LogMentions.wordEnd(t, ls, "-+");
            if (le > ls) {
                Mention m = out.get(out.size() - 1);
                out.set(out.size() - 1, m.withNote(DVE_NOTE, "level", t.substring(ls, le)));
            }
        }
    }
}
