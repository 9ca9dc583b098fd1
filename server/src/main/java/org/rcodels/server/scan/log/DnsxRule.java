package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * dnsx output with {@code -rcode}: a line that is only a domain name and the RCODE in brackets, {@code 92acheter.com
 * [NXDOMAIN]}. dnsx is built on miekg/dns, so BADSIG there means BADVERS. The {@code -rcode} flag itself is
 * {@link DnsxFlagRule}'s.
 */
final class DnsxRule implements LogRule {
    private static final Pattern LINE = Pattern.compile(
            "[A-Za-z0-9_*-]+(?:\\.[A-Za-z0-9_-]+)+\\.? \\[([A-Z][A-Z0-9]*)\\]\\s*");

    @Override
    public List<String> anchors() {
        return List.of(" [");
    }

    @Override
    public boolean accepts(String t) {
        if (t.length() > 256) {
            return false;
        }
        int b = t.indexOf(" [");
        // one token, then " [NAME]" and nothing else
        return b > 0 && t.indexOf(' ') == b && t.stripTrailing().endsWith("]");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        Matcher m = LINE.matcher(t);
        if (m.matches()) {
            LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), "miekg", "RCODE");
        }
    }
}
