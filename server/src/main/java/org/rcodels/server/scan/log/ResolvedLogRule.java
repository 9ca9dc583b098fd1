package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * systemd-resolved: {@code Server returned error NXDOMAIN, mitigating potential DNS violation DVE-2018-0001, retrying
 * transaction with reduced feature level UDP.} Its DNSSEC messages ({@code DNSSEC validation failed: no-signature})
 * name no RCODE.
 */
final class ResolvedLogRule implements LogRule {
    private static final String ANCHOR = "Server returned error ";

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
        if (e > s && e < t.length() && t.charAt(e) == ',') {
            LogMentions.rcodeName(ctx, out, line, t, s, e, null);
        }
    }
}
