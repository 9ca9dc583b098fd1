package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * Log lines of DNS servers, resolvers, capture tools and clients (a .log may mix them). Each producer has its own small
 * {@link LogRule}. One pass over the line finds which rules' anchors it holds ({@link Anchors}); only those rules
 * are asked, so a line that names no DNS code costs one look at each of its chars. Lines of dig output
 * ({@code ;; ->>HEADER<<-}) are left to the dig-output scanner. After the rules, {@link BareMnemonics} reads the
 * mnemonics that only DNS uses (SERVFAIL, NXDOMAIN...) where nothing else on the line claimed them: prose and
 * application logs.
 */
public final class LogScanner implements Scanner {

    /** Only this many chars at the start of a line are looked at: every supported format has its code early on. */
    static final int LIMIT = Scanner.MAX_LINE;

    static final List<LogRule> RULES = List.of(
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
            new ProxyResolverRule(),
            new JvmResolverRule(),
            new DnsxRule(),
            new DnsxFlagRule(),
            new TsharkRule(),
            new TechnitiumLogRule(),
            new QRule(),
            new BindStatsRule(),
            new BindStatsChannelRule(),
            new KnotLogRule());

    /** dig's header line: left to the dig-output scanner. */
    private static final String DIG_HEADER = "->>HEADER<<-";
    private static final long DIG_HEADER_BIT = 1L << 63;

    /** The fallback for bare mnemonics ({@link BareMnemonics}), after the rules. */
    private static final long BARE_BIT = 1L << 62;

    /** Every rule's anchors (bit k: rule k), the fallback's and dig's header, found in one pass over a line. */
    static final Anchors ANCHORS = anchors();

    private static Anchors anchors() {
        List<String> literals = new ArrayList<>();
        List<Long> bits = new ArrayList<>();
        for (int k = 0; k < RULES.size(); k++) {
            for (String a : RULES.get(k).anchors()) {
                literals.add(a);
                bits.add(1L << k);
            }
        }
        for (String a : BareMnemonics.anchors()) {
            literals.add(a);
            bits.add(BARE_BIT);
        }
        literals.add(DIG_HEADER);
        bits.add(DIG_HEADER_BIT);
        return new Anchors(literals, bits.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * The rules (as bits, rule k is bit k; bit 62 the fallback) whose anchors occur in the first {@link #LIMIT} chars
     * of a line.
     */
    static long candidates(String text) {
        long bits = ANCHORS.find(text, Math.min(text.length(), LIMIT));
        return (bits & DIG_HEADER_BIT) != 0 ? 0 : bits;
    }

    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        if (text == null || text.length() < 4) {
            return;
        }
        long bits = candidates(text);
        if (bits == 0) {
            return;
        }
        String t = text.length() > LIMIT ? text.substring(0, LIMIT) : text;
        // in dig output, dig's own lines and data are the dig scanner's alone; the prose and log lines of a ticket
        // that pastes dig output are the fallback's, as in plain text
        boolean bare = (bits & BARE_BIT) != 0 && (ctx.dialect() != Dialect.DIG || !BareMnemonics.digData(t));
        for (int k = 0; k < RULES.size(); k++) {
            LogRule rule = RULES.get(k);
            if ((bits & 1L << k) == 0 || !rule.accepts(t)) {
                continue;
            }
            int before = out.size();
            try {
                rule.scan(ctx, line, t, out);
                // a rule that named a code has said enough (the fallback leaves such lines alone anyway)
                if (bare && out.size() == before && rule.owns(ctx, line, t)) {
                    bare = false;
                }
            } catch (RuntimeException e) {
                // one broken rule must not cost the other rules' mentions on this line
                out.subList(before, out.size()).clear();
            }
        }
        if (bare) {
            int before = out.size();
            try {
                BareMnemonics.scan(ctx, line, text, t, out);
            } catch (RuntimeException e) {
                out.subList(before, out.size()).clear();
            }
        }
    }
}
