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
 * {@link RcodeFieldRule}) and dnsdist's health checks ({@code responded to health check with ServFail}).
 */
final class PowerDnsLogRule implements LogRule {
    private static final String LONG = "pdns-long";

    private static final Pattern ANSWER = Pattern.compile(
            "(?<![\\w-])Answer to \\S+ for \\S+ \\S+ \\(([^()]{1,64})\\) with id \\d+");
    private static final Pattern RESPONSE_CODE = Pattern.compile(
            "(?<![\\w-])Response code '([^']{1,64})' received from");
    private static final Pattern TRACE = Pattern.compile(
            "(?<![\\w.-])rcode=\\d{1,5} \\(([^()]{1,64})\\)");
    private static final Pattern HEALTH = Pattern.compile(
            "responded to health check with (ServFail|NXDomain|Refused)(?!\\w)");

    @Override
    public boolean accepts(String t) {
        return t.contains("Answer to ") || t.contains("Response code '") || t.contains("rcode=")
                || t.contains("health check with ");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        if (t.contains("Answer to ")) {
            find(ctx, out, line, t, ANSWER);
        }
        if (t.contains("Response code '")) {
            find(ctx, out, line, t, RESPONSE_CODE);
        }
        if (t.contains("rcode=")) {
            find(ctx, out, line, t, TRACE);
        }
        if (t.contains("health check with ")) {
            Matcher m = HEALTH.matcher(t);
            if (m.find()) {
                LogMentions.rcodeName(ctx, out, line, t, m.start(1), m.end(1), "dnsdist");
            }
        }
    }

    private static void find(ScanContext ctx, List<Mention> out, int line, String t, Pattern p) {
        Matcher m = p.matcher(t);
        if (m.find()) {
            LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), LONG, "Err#");
        }
    }
}
