package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * dnsmasq and Pi-hole query logs: {@code <source> <name> is <result>[ (EDE: <phrase>)]} where source is reply, cached,
 * cached-stale, config, auth or a hosts file, and the result NXDOMAIN, NODATA, NODATA-IPv4, NODATA-IPv6, or for
 * {@code <source> error is ...} SERVFAIL, REFUSED, {@code not implemented} or any other RCODE as a number. The EDE
 * phrase is dnsmasq's own lower-case wording of the Extended DNS Error.
 */
final class DnsmasqLogRule implements LogRule {
    private static final String TOOL = "dnsmasq";

    private static final String IS = " is ";
    private static final List<String> SOURCES = List.of("reply", "cached", "cached-stale", "config", "auth");
    private static final List<String> RESULTS = List.of("NXDOMAIN", "NODATA-IPv4", "NODATA-IPv6", "NODATA",
            "SERVFAIL", "REFUSED", "not implemented");

    private static final String EDE = "(EDE: ";

    /** dnsmasq's edestr() phrases and the EDE codes they stand for. */
    private static final String[][] EDE_PHRASES = {
        {"other", "ede:0"}, {"unsupported DNSKEY algorithm", "ede:1"}, {"unsupported DS digest", "ede:2"},
        {"stale answer", "ede:3"}, {"forged", "ede:4"}, {"DNSSEC indeterminate", "ede:5"},
        {"DNSSEC bogus", "ede:6"}, {"DNSSEC signature expired", "ede:7"}, {"DNSSEC sig not yet valid", "ede:8"},
        {"DNSKEY missing", "ede:9"}, {"RRSIG missing", "ede:10"}, {"no zone key bit set", "ede:11"},
        {"NSEC(3) missing", "ede:12"}, {"cached error", "ede:13"}, {"not ready", "ede:14"},
        {"blocked", "ede:15"}, {"censored", "ede:16"}, {"filtered", "ede:17"}, {"prohibited", "ede:18"},
        {"stale NXDOMAIN", "ede:19"}, {"not authoritative", "ede:20"}, {"not supported", "ede:21"},
        {"no reachable authority", "ede:22"}, {"network error", "ede:23"}, {"invalid data", "ede:24"},
    };

    @Override
    public List<String> anchors() {
        return List.of(" is ");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(" is ");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int is = t.indexOf(IS);
        if (is > 0) {
            result(ctx, out, line, t, is);
        }
        int x = t.indexOf(EDE);
        if (x > 0 && t.lastIndexOf(" is ", x) >= 0) {
            int s = x + EDE.length();
            for (String[] p : EDE_PHRASES) {
                int e = s + p[0].length();
                if (t.startsWith(p[0], s) && e < t.length() && t.charAt(e) == ')') {
                    Scans.entry(ctx, out, line, t, s, e, p[1], Mention.Role.NAME, TOOL, null);
                    break;
                }
            }
        }
    }

    /** "<source> <name> is <result>" with the " is " at {@code is}. */
    private static void result(ScanContext ctx, List<Mention> out, int line, String t, int is) {
        int nameStart = t.lastIndexOf(' ', is - 1) + 1;
        if (nameStart <= 1 || nameStart >= is) {
            return;
        }
        int sourceStart = t.lastIndexOf(' ', nameStart - 2) + 1;
        String source = t.substring(sourceStart, nameStart - 1);
        if (!SOURCES.contains(source) && !(source.startsWith("/") && source.length() > 1)) {
            return;
        }
        boolean error = is - nameStart == "error".length() && t.startsWith("error", nameStart);
        int s = is + IS.length();
        String found = null;
        for (String r : RESULTS) {
            if (t.startsWith(r, s)) {
                found = r;
                break;
            }
        }
        int e = found != null ? s + found.length() : LogMentions.digitsEnd(t, s);
        if (e == s || e - s > 5 && found == null || !(e == t.length() || t.startsWith(" (", e)
                || t.substring(e).isBlank())) {
            return;
        }
        if (found == null) {
            // dnsmasq prints RCODEs without a name of their own as a number, on "<source> error is <n>" lines
            if (error) {
                LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD);
            }
        } else if (found.startsWith("NODATA")) {
            LogMentions.rcodeNameOr(ctx, out, line, t, s, e, TOOL, "pseudo:nodata");
        } else if (found.equals("not implemented")) {
            LogMentions.rcodeNameOr(ctx, out, line, t, s, e, TOOL, "rcode:4");
        } else {
            LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
        }
    }
}
