package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

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

    /**
     * resolvectl's errors, the D-Bus errors resolved replies with (src/resolve/resolved-bus.c): "'x' not found" comes
     * with the error DnsError.NXDOMAIN, "'x' does not have any RR of the requested type" (NoSuchResourceRecord) when
     * the lookup succeeded without a record of the type, and an error name DnsError.SERVFAIL names its code.
     */
    private static final String NOT_FOUND = "' not found";
    /** resolvectl prints the name first: "x: resolve call failed: 'x' not found", "x: Name 'x' not found". */
    private static final Pattern NOT_FOUND_FORM = Pattern.compile(
            "(?<![^\\s])([^\\s':]{1,255}): (?:resolve call failed: |Name )'\\1' (not found)(?!\\w)");
    private static final String NO_RR = "' does not have any RR of the requested type";
    private static final String DNS_ERROR = "resolve1.DnsError.";
    static final String NOT_FOUND_NOTE = "note.resolvedNotFound";
    static final String NO_RR_NOTE = "note.resolvedNoRr";
    private static final List<String> ANCHORS = List.of(ANCHOR, NOT_FOUND, NO_RR, DNS_ERROR);

    @Override
    public List<String> anchors() {
        return ANCHORS;
    }

    @Override
    public boolean accepts(String t) {
        return LogRule.holdsAny(t, ANCHORS);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        if (t.contains(NOT_FOUND)) {
            Matcher m = NOT_FOUND_FORM.matcher(t);
            if (m.find()) {
                Scans.entry(ctx, out, line, t, m.start(2), m.end(2), "rcode:3", Mention.Role.NAME, null, NOT_FOUND_NOTE);
            }
        }
        int r = t.indexOf(NO_RR);
        if (r > 0) {
            Scans.entry(ctx, out, line, t, r + 2, r + NO_RR.length(), "pseudo:nodata", Mention.Role.NAME, null,
                    NO_RR_NOTE);
        }
        int d = t.indexOf(DNS_ERROR);
        if (d >= 0) {
            int s = d + DNS_ERROR.length();
            int e = LogMentions.wordEnd(t, s, "");
            if (e > s) {
                LogMentions.rcodeName(ctx, out, line, t, s, e, null);
            }
        }
        if (t.contains(ANCHOR)) {
            serverError(ctx, line, t, out);
        }
    }

    private static void serverError(ScanContext ctx, int line, String t, List<Mention> out) {
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
