package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * dnsdist and PowerDNS log lines that spell RCODEs in PowerDNS's long form: LogResponseAction ({@code Answer to
 * <client> for <name> <type> (Non-Existent domain) with id 1234}), {@code Response code 'Server Failure' received from
 * the backend}, the Recursor trace ({@code rcode=3 (Non-Existent domain)}; the number itself is left to
 * {@link RcodeFieldRule}), dnsdist's health checks ({@code responded to health check with ServFail}) and a failed
 * zone transfer of PowerDNS Authoritative as a secondary ({@code Unable to AXFR zone 'example.com' from remote
 * '192.0.2.1' (resolver): AXFR chunk error: Query Refused (This was the first time. ...)}, or in newer releases
 * {@code XFR-in zone: 'example.com', primary: '192.0.2.1', unable to xfr zone (ResolverException): AXFR chunk error:
 * Query Refused (This was attempt number 1. ...)}): the primary's header RCODE, so NOTAUTH there may be either meaning
 * (a transfer can be TSIG-signed) and carries the note that says so.
 */
final class PowerDnsLogRule implements LogRule {
    private static final String LONG = "pdns-long";

    private static final String ANSWER = "Answer to ";
    private static final String RESPONSE_CODE = "Response code '";
    private static final String TRACE = "rcode=";
    private static final String HEALTH = "responded to health check with ";
    private static final String CHUNK = "AXFR chunk error: ";

    /** After "Answer to ": client for name type (long name) with id N. */
    private static final Pattern ANSWER_TAIL = Pattern.compile("\\S+ for \\S+ \\S+ \\(([^()]{1,64})\\) with id \\d+");
    /** After "Response code '": long name' received from. */
    private static final Pattern RESPONSE_CODE_TAIL = Pattern.compile("([^']{1,64})' received from");
    /** After "rcode=": number (long name). */
    private static final Pattern TRACE_TAIL = Pattern.compile("\\d{1,5} \\(([^()]{1,64})\\)");
    /** After "responded to health check with ": the three RCODEs dnsdist's health check rejects. */
    private static final Pattern HEALTH_TAIL = Pattern.compile("(ServFail|NXDomain|Refused)(?!\\w)");
    /** After "AXFR chunk error: ": the long name, up to "(This was ..." or the end of the line. */
    private static final Pattern CHUNK_TAIL = Pattern.compile("([^()]{1,64}?)(?: \\(This was|\\s*$)");

    @Override
    public List<String> anchors() {
        return List.of(ANSWER, RESPONSE_CODE, TRACE, HEALTH, CHUNK);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(ANSWER) || t.contains(RESPONSE_CODE) || t.contains(TRACE) || t.contains(HEALTH)
                || t.contains(CHUNK);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        find(ctx, out, line, t, ANSWER, ANSWER_TAIL, LONG);
        find(ctx, out, line, t, RESPONSE_CODE, RESPONSE_CODE_TAIL, LONG);
        find(ctx, out, line, t, TRACE, TRACE_TAIL, LONG);
        find(ctx, out, line, t, HEALTH, HEALTH_TAIL, "dnsdist");
        int n = out.size();
        find(ctx, out, line, t, CHUNK, CHUNK_TAIL, LONG);
        if (out.size() > n && out.get(n).entry().id().equals("rcode:9")) {
            out.set(n, out.get(n).withNote(BareMnemonics.TSIG_NOTAUTH));
        }
    }

    private static void find(ScanContext ctx, List<Mention> out, int line, String t, String anchor, Pattern tail,
                             String tool) {
        int from = 0;
        int i;
        while ((i = t.indexOf(anchor, from)) >= 0) {
            from = i + anchor.length();
            if (!LogMentions.wordStart(t, i) || i > 0 && t.charAt(i - 1) == '.') {
                continue;
            }
            Matcher m = LogMentions.at(tail, t, from);
            if (m != null) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), tool, "Err#");
                return;
            }
        }
    }
}
