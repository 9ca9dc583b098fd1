package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * DNS-over-HTTPS JSON answers (application/dns-json, as Google and Cloudflare send them): {@code "Status": 3} is the
 * numeric RCODE. Only a JSON number under the key "Status", and only where the object looks like a DoH answer: the
 * line (or, for pretty-printed JSON, one of the few lines around it) has a "TC", "RD", "RA", "Question" or "Answer"
 * key. An HTTP "Status": 200 elsewhere is not a DNS code.
 */
final class DohJsonRule implements LogRule {
    private static final String KEY = "\"Status\"";
    private static final String[] SIBLINGS = {"\"TC\"", "\"RD\"", "\"RA\"", "\"Question\"", "\"Answer\""};
    private static final int BEFORE = 3;
    private static final int AFTER = 8;

    @Override
    public List<String> anchors() {
        return List.of(KEY);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(KEY);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int k = t.indexOf(KEY);
        int i = k + KEY.length();
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        if (i >= t.length() || t.charAt(i) != ':') {
            return;
        }
        i++;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        int e = LogMentions.digitsEnd(t, i);
        if (e == i) {
            return;
        }
        int j = e;
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        if (j < t.length() && t.charAt(j) != ',' && t.charAt(j) != '}') {
            return;
        }
        if (!dohNearby(ctx, line, t)) {
            return;
        }
        LogMentions.number(ctx, out, line, t, i, e, null, LogMentions.NUMERIC_FIELD);
    }

    private static boolean dohNearby(ScanContext ctx, int line, String t) {
        if (hasSibling(t)) {
            return true;
        }
        int from = Math.max(0, line - BEFORE);
        int to = Math.min(ctx.lineCount() - 1, line + AFTER);
        for (int i = from; i <= to; i++) {
            if (i != line) {
                String l = ctx.line(i);
                if (l.length() <= LogScanner.LIMIT && hasSibling(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasSibling(String t) {
        for (String s : SIBLINGS) {
            if (t.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
