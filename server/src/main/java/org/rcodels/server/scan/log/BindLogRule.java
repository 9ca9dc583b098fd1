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
    private static final String UNEXPECTED = " unexpected RCODE";
    private static final String RESPONSE = "response: ";
    private static final String RPZ = "rpz ";

    /** responses category, after "response: ": name class type RCODE an ns ar. */
    private static final Pattern RESPONSE_TAIL = Pattern.compile(
            "\\S+ [A-Z][A-Z0-9]* [A-Z][A-Z0-9-]* ([A-Z][A-Z0-9]*) \\d+ \\d+ \\d+(?![\\w.])");

    /** rpz category, after "rpz ": TRIGGER POLICY rewrite; only the NXDOMAIN and NODATA policies are codes. */
    private static final Pattern RPZ_TAIL = Pattern.compile("[A-Z][A-Z-]* (NXDOMAIN|NODATA) rewrite ");

    /** Statistics counter names (XML and JSON statistics channel) and the RCODE each counts. */
    private static final String[][] COUNTERS = {
        {"QryFORMERR", "rcode:1"}, {"QrySERVFAIL", "rcode:2"}, {"QryNXDOMAIN", "rcode:3"},
    };

    @Override
    public List<String> anchors() {
        return List.of(QUERY_FAILED, RESOLVING, RESPONSE, RPZ, " respons", "Qry");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(QUERY_FAILED) || t.contains(RESOLVING) || t.contains(RESPONSE) || t.contains(RPZ)
                || t.contains(" respons") || t.contains("Qry");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        queryFailed(ctx, out, line, t);
        lame(ctx, out, line, t);
        int r = t.indexOf(RESPONSE);
        if (r >= 0 && LogMentions.wordStart(t, r)) {
            Matcher m = LogMentions.at(RESPONSE_TAIL, t, r + RESPONSE.length());
            if (m != null) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), TOOL, "RESERVED");
            }
        }
        rpz(ctx, out, line, t);
        rateLimit(ctx, out, line, t, "NXDOMAIN", "rcode:3");
        rateLimit(ctx, out, line, t, "NODATA", "pseudo:nodata");
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

    /** query-errors: the parentheses hold an isc_result text; only RCODE names resolve ("timed out" does not). */
    private static void queryFailed(ScanContext ctx, List<Mention> out, int line, String t) {
        int q = t.indexOf(QUERY_FAILED);
        if (q < 0) {
            return;
        }
        int s = q + QUERY_FAILED.length();
        int e = t.indexOf(')', s);
        if (e > s && e - s <= 32) {
            LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
        }
    }

    /** lame-servers: the upper-case word before " resolving '" (or before " unexpected RCODE resolving '"). */
    private static void lame(ScanContext ctx, List<Mention> out, int line, String t) {
        int r = t.indexOf(RESOLVING);
        if (r <= 0) {
            return;
        }
        int e = r;
        if (e >= UNEXPECTED.length() && t.startsWith(UNEXPECTED, e - UNEXPECTED.length())) {
            e -= UNEXPECTED.length();
        }
        int s = e;
        while (s > 0 && (Character.isUpperCase(t.charAt(s - 1)) || Character.isDigit(t.charAt(s - 1)))) {
            s--;
        }
        if (e - s >= 3 && Character.isUpperCase(t.charAt(s)) && LogMentions.wordStart(t, s)) {
            LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
        }
    }

    /** rpz: "[disabled ]rpz TRIGGER POLICY rewrite"; a disabled policy is only logged, never applied. */
    private static void rpz(ScanContext ctx, List<Mention> out, int line, String t) {
        int from = 0;
        int i;
        while ((i = t.indexOf(RPZ, from)) >= 0) {
            from = i + RPZ.length();
            if (!LogMentions.wordStart(t, i) || i >= 9 && t.startsWith("disabled ", i - 9)) {
                continue;
            }
            Matcher m = LogMentions.at(RPZ_TAIL, t, from);
            if (m != null) {
                String id = m.group(1).equals("NXDOMAIN") ? "rcode:3" : "pseudo:nodata";
                Scans.entry(ctx, out, line, t, m.start(1), m.end(1), id, Mention.Role.POLICY, TOOL, null);
                return;
            }
        }
    }

    /** rate-limit: "... limit|drop|slip NXDOMAIN|NODATA response(s) to <net> ...". */
    private static void rateLimit(ScanContext ctx, List<Mention> out, int line, String t, String word, String id) {
        int i = t.indexOf(word + " respons");
        if (i < 0 || !LogMentions.wordStart(t, i)) {
            return;
        }
        int after = i + word.length() + " respons".length();
        if (t.startsWith("e to ", after) || t.startsWith("es to ", after)) {
            LogMentions.rcodeNameOr(ctx, out, line, t, i, i + word.length(), TOOL, id);
        }
    }
}
