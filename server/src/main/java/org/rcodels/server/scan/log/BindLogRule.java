package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * BIND named log categories: query-errors {@code query failed (SERVFAIL) for}, lame-servers {@code REFUSED unexpected
 * RCODE resolving '...'}, responses {@code response: <name> <class> <type> <RCODE> <an> <ns> <ar>}, rpz {@code rpz
 * QNAME NXDOMAIN rewrite}, rate-limit {@code ... NXDOMAIN responses to ...} and the statistics counters
 * {@code QryNXDOMAIN}, {@code QrySERVFAIL}, {@code QryFORMERR}. The security category ({@code denied}) names no code.
 */
final class BindLogRule implements LogRule {
    private static final String TOOL = "bind";

    private static final String QUERY_FAILED = "query failed (";
    private static final String RESOLVING = " resolving '";

    /** lame-servers: the word before " resolving '" is an RCODE text ("REFUSED unexpected RCODE", "FORMERR"). */
    private static final Pattern LAME = Pattern.compile(
            "(?<![\\w-])([A-Z][A-Z0-9]{2,15})(?: unexpected RCODE)? resolving '");

    /** responses category: response: name class type RCODE an ns ar. */
    private static final Pattern RESPONSE = Pattern.compile(
            "(?<![\\w-])response: \\S+ [A-Z][A-Z0-9]* [A-Z][A-Z0-9-]* ([A-Z][A-Z0-9]*) \\d+ \\d+ \\d+(?![\\w.])");

    /** rpz category: [disabled ]rpz TRIGGER POLICY rewrite name/type/class via ...; only NXDOMAIN and NODATA are codes. */
    private static final Pattern RPZ = Pattern.compile(
            "(?<![\\w-])(disabled )?rpz [A-Z][A-Z-]* (NXDOMAIN|NODATA) rewrite ");

    /** rate-limit category: "[would ][rate ]limit|drop|slip|stop limiting NXDOMAIN|NODATA response(s) to <net>". */
    private static final Pattern RRL = Pattern.compile("(?<![\\w-])(NXDOMAIN|NODATA) responses? to ");

    /** Statistics counter names (XML and JSON statistics channel) and the RCODE each counts. */
    private static final String[][] COUNTERS = {
        {"QryFORMERR", "rcode:1"}, {"QrySERVFAIL", "rcode:2"}, {"QryNXDOMAIN", "rcode:3"},
    };

    @Override
    public boolean accepts(String t) {
        return t.contains(QUERY_FAILED) || t.contains(RESOLVING) || t.contains("response: ") || t.contains("rpz ")
                || t.contains(" respons") || t.contains("Qry");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int q = t.indexOf(QUERY_FAILED);
        if (q >= 0) {
            int s = q + QUERY_FAILED.length();
            int e = t.indexOf(')', s);
            // the parentheses hold an isc_result text: only RCODE names resolve ("timed out", "failure" do not)
            if (e > s && e - s <= 32) {
                LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
            }
        }
        if (t.contains(RESOLVING)) {
            Matcher m = LAME.matcher(t);
            while (m.find()) {
                LogMentions.rcodeName(ctx, out, line, t, m.start(1), m.end(1), TOOL);
            }
        }
        if (t.contains("response: ")) {
            Matcher m = RESPONSE.matcher(t);
            if (m.find()) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), TOOL, "RESERVED");
            }
        }
        if (t.contains("rpz ")) {
            Matcher m = RPZ.matcher(t);
            // a "disabled" policy is only logged, never applied: it does not change the answer
            if (m.find() && m.group(1) == null) {
                String id = m.group(2).equals("NXDOMAIN") ? "rcode:3" : "pseudo:nodata";
                Scans.entry(ctx, out, line, t, m.start(2), m.end(2), id, Mention.Role.POLICY, TOOL, null);
            }
        }
        if (t.contains("NXDOMAIN respons") || t.contains("NODATA respons")) {
            Matcher m = RRL.matcher(t);
            if (m.find()) {
                LogMentions.rcodeNameOr(ctx, out, line, t, m.start(1), m.end(1), TOOL,
                        m.group(1).equals("NXDOMAIN") ? "rcode:3" : "pseudo:nodata");
            }
        }
        if (t.contains("Qry")) {
            for (String[] c : COUNTERS) {
                int from = 0;
                int i;
                while ((i = t.indexOf(c[0], from)) >= 0) {
                    int e = i + c[0].length();
                    if (Scans.wholeWord(t, i, e)) {
                        Scans.entry(ctx, out, line, t, i, e, c[1], Mention.Role.NAME, TOOL, null);
                    }
                    from = e;
                }
            }
        }
    }
}
