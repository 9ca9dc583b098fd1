package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Resolver errors of client programs, as they end up in application logs. Go's resolver: {@code lookup x.invalid on
 * 127.0.0.53:53: no such host} (said for NXDOMAIN and for NODATA alike) and {@code server misbehaving} (SERVFAIL, but
 * also other failure RCODEs, so it is a mention only where the catalog spells it as one code). Node.js (c-ares):
 * {@code queryA ENOTFOUND example.invalid}, ENODATA, ESERVFAIL, EREFUSED, EFORMERR, ENOTIMP. {@code getaddrinfo
 * ENOTFOUND} comes from the system resolver, not from a DNS reply, and is not a mention.
 */
final class ClientErrorRule implements LogRule {

    private static final String LOOKUP = "lookup ";
    /** After "lookup ": name[ on server]: error. */
    private static final Pattern GO_TAIL = Pattern.compile(
            "[^\\s:]+(?: on \\S+)?: (no such host|server misbehaving)(?![\\w-])");
    /** c-ares syscall names as Node.js reports them: queryA, queryAaaa, querySrv..., getHostByAddr. */
    private static final Pattern NODE = Pattern.compile(
            "(?:query[A-Z][A-Za-z]*|getHostByAddr) (E(?:NOTFOUND|NODATA|SERVFAIL|REFUSED|FORMERR|NOTIMP))(?![\\w-])");

    @Override
    public List<String> anchors() {
        return List.of(LOOKUP, " E");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(LOOKUP) || t.contains(" E") && (t.contains("query") || t.contains("getHostByAddr"));
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int l = t.indexOf(LOOKUP);
        if (l >= 0 && LogMentions.wordStart(t, l)) {
            Matcher m = LogMentions.at(GO_TAIL, t, l + LOOKUP.length());
            if (m != null) {
                if (m.group(1).equals("no such host")) {
                    Scans.entry(ctx, out, line, t, m.start(1), m.end(1), "rcode:3", Mention.Role.NAME, "go-net",
                            "note.goNoSuchHost");
                } else {
                    misbehaving(ctx, out, line, t, m.start(1), m.end(1));
                }
            }
        }
        if (t.contains(" E")) {
            node(ctx, out, line, t, "query");
            node(ctx, out, line, t, "getHostByAddr");
        }
    }

    private static void node(ScanContext ctx, List<Mention> out, int line, String t, String syscall) {
        int from = 0;
        int i;
        while ((i = t.indexOf(syscall, from)) >= 0) {
            from = i + syscall.length();
            if (i > 0 && (Scans.wordChar(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
                continue;
            }
            Matcher m = LogMentions.at(NODE, t, i);
            if (m != null) {
                LogMentions.rcodeNameOr(ctx, out, line, t, m.start(1), m.end(1), "cares", fallback(m.group(1)));
                return;
            }
        }
    }

    /** "server misbehaving" is a mention only if the catalog spells it as exactly one RCODE. */
    private static void misbehaving(ScanContext ctx, List<Mention> out, int line, String t, int s, int e) {
        Entry only = null;
        for (Spelling sp : ctx.catalog().resolve(t.substring(s, e))) {
            if (sp.entry().kind() != Kind.RCODE && sp.entry().kind() != Kind.PSEUDO) {
                continue;
            }
            if (only != null && only != sp.entry()) {
                return;
            }
            only = sp.entry();
        }
        if (only != null) {
            Scans.entry(ctx, out, line, t, s, e, only.id(), Mention.Role.NAME, "go-net", null);
        }
    }

    /** c-ares status codes and the reply each stands for (c-ares ares_query.c). */
    private static String fallback(String code) {
        return switch (code) {
            case "ENOTFOUND" -> "rcode:3";
            case "ENODATA" -> "pseudo:nodata";
            case "ESERVFAIL" -> "rcode:2";
            case "EREFUSED" -> "rcode:5";
            case "EFORMERR" -> "rcode:1";
            default -> "rcode:4";
        };
    }
}
