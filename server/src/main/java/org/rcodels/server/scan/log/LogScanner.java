package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * Log lines of DNS servers, resolvers, capture tools and clients (a .log may mix them). Each producer has its own small
 * {@link LogRule}; a rule runs only when its cheap anchor test passes, so a line that names no DNS code costs a few
 * {@code indexOf} calls per rule. Lines of dig output ({@code ;; ->>HEADER<<-}) are left to the dig-output scanner.
 */
public final class LogScanner implements Scanner {

    /** Only this many chars at the start of a line are looked at: every supported format has its code early on. */
    static final int LIMIT = 8 * 1024;

    private static final List<LogRule> RULES = List.of(
            new BindLogRule(),
            new UnboundLogRule(),
            new CorednsLogRule(),
            new PowerDnsLogRule(),
            new RcodeFieldRule(),
            new DnsmasqLogRule(),
            new ResolvedLogRule(),
            new WindowsDnsLogRule(),
            new TcpdumpLogRule(),
            new ZeekTsvRule(),
            new EcsLogRule(),
            new DohJsonRule(),
            new ClientErrorRule(),
            new DnsxRule());

    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        if (text == null || text.length() < 4) {
            return;
        }
        String t = text.length() > LIMIT ? text.substring(0, LIMIT) : text;
        if (t.contains("->>HEADER<<-")) {
            return;
        }
        for (LogRule rule : RULES) {
            if (!rule.accepts(t)) {
                continue;
            }
            int before = out.size();
            try {
                rule.scan(ctx, line, t, out);
            } catch (RuntimeException e) {
                // one broken rule must not cost the other rules' mentions on this line
                out.subList(before, out.size()).clear();
            }
        }
    }
}
