package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * DNS-over-HTTPS JSON answers (application/dns-json, as Google and Cloudflare send them): {@code "Status": 3} is the
 * numeric RCODE. Only a JSON number under the key "Status", and only where the object looks like a DoH answer: it
 * has at least two of the keys "TC", "RD", "RA", "Question" and "Answer". An object on one line (a JSON-lines log)
 * must have them itself: a DoH answer logged next to it does not make its "Status" a DNS code; a pretty-printed one
 * (the "Status" line is not a whole object) finds them on the few lines around it. An HTTP "Status": 200 is not a
 * DNS code either.
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

    /** Sibling keys a DoH answer must have, at least. */
    private static final int NEEDED = 2;

    private static boolean dohNearby(ScanContext ctx, int line, String t) {
        int seen = siblings(t, 0);
        if (Integer.bitCount(seen) >= NEEDED) {
            return true;
        }
        int k = t.indexOf(KEY);
        int open = t.lastIndexOf('{', k);
        if (open >= 0 && t.indexOf('}', k) > 0) {
            return false; // a whole object on this line, without the keys of a DoH answer
        }
        int from = Math.max(0, line - BEFORE);
        int to = Math.min(ctx.lineCount() - 1, line + AFTER);
        for (int i = from; i <= to && Integer.bitCount(seen) < NEEDED; i++) {
            if (i != line) {
                String l = ctx.line(i);
                if (l.length() <= LogScanner.LIMIT && !wholeObject(l)) {
                    seen = siblings(l, seen);
                }
            }
        }
        return Integer.bitCount(seen) >= NEEDED;
    }

    /** A line that opens and closes an object: another record of a JSON-lines log, not part of this one. */
    private static boolean wholeObject(String l) {
        int open = l.indexOf('{');
        return open >= 0 && l.indexOf('}', open) > 0;
    }

    /** {@code seen} with a bit set for each sibling key in t (bit k: SIBLINGS[k]). */
    private static int siblings(String t, int seen) {
        for (int k = 0; k < SIBLINGS.length; k++) {
            if (t.contains(SIBLINGS[k])) {
                seen |= 1 << k;
            }
        }
        return seen;
    }
}
