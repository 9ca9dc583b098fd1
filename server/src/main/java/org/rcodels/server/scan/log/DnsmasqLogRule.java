package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern RESULT = Pattern.compile(
            "(?:^|\\s)(?:reply|cached|cached-stale|config|auth|/\\S+) (\\S+) is "
                    + "(NXDOMAIN|NODATA-IPv4|NODATA-IPv6|NODATA|SERVFAIL|REFUSED|not implemented|\\d{1,5})(?= \\(|\\s*$)");

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
    public boolean accepts(String t) {
        return t.contains(" is ");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        Matcher m = RESULT.matcher(t);
        if (m.find()) {
            String result = m.group(2);
            int s = m.start(2);
            int e = m.end(2);
            char c = result.charAt(0);
            if (c >= '0' && c <= '9') {
                // dnsmasq prints RCODEs without a name of their own as a number, on "<source> error is <n>" lines
                if (m.group(1).equals("error")) {
                    LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD);
                }
            } else if (result.startsWith("NODATA")) {
                LogMentions.rcodeNameOr(ctx, out, line, t, s, e, TOOL, "pseudo:nodata");
            } else if (result.equals("not implemented")) {
                LogMentions.rcodeNameOr(ctx, out, line, t, s, e, TOOL, "rcode:4");
            } else {
                LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
            }
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
}
