package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;
import org.rcodels.server.scan.config.UnboundConfScanner;

/**
 * Unbound: {@code log-replies} lines ({@code info: <client> <name> <type> <class> <RCODE> <secs> <cached> <size>},
 * {@code info: <client> - - - FORMERR - - -}; {@code reply:} instead of {@code info:} with log-tag-queryreply),
 * {@code log-servfail} lines ({@code error: SERVFAIL <name type class>: reason}), RPZ actions
 * ({@code rpz: applied [zone] name rpz-nxdomain ...}), local-zone hits logged with log-local-actions
 * ({@code info: ads.example. always_nxdomain 127.0.0.1@53211 ads.example. A IN}: the zone, its type, the client, the
 * query; services/localzone.c lz_inform_print) and unbound-control statistics
 * ({@code num.answer.rcode.NXDOMAIN=12}, {@code num.answer.rcode.nodata=3}). Names are sldns names (NOTIMPL, RCODE11).
 */
final class UnboundLogRule implements LogRule {
    private static final String TOOL = "unbound";

    /** log-replies, after "info: " or "reply: ": client name type class RCODE secs cached size. */
    private static final Pattern REPLY = Pattern.compile(
            "\\S+ \\S+ \\S+ \\S+ ([A-Za-z][A-Za-z0-9]*) \\d+\\.\\d{6} [01] \\d+(?![\\w.])");
    /** FORMERR replies, after "info: " or "reply: ": client - - - RCODE - - -. */
    private static final Pattern FORMERR_REPLY = Pattern.compile("\\S+ - - - ([A-Za-z][A-Za-z0-9]*) - - -");
    private static final String SERVFAIL = "error: SERVFAIL <";
    private static final String RPZ = "rpz: applied ";
    /**
     * log-local-actions, after "info: ": zone TYPE client@port name type class. The line is written before the answer
     * is made, so only the types whose answer is fixed name a code: always_nxdomain, always_nodata, always_refuse
     * (refuse and static answer local data first where it matches).
     */
    private static final Pattern LOCAL_ACTION = Pattern.compile(
            "\\S+ (always_nxdomain|always_nodata|always_refuse) \\S+@\\d{1,5} \\S+ \\S+ \\S+\\s*$");
    private static final String STATS = "num.answer.rcode.";

    @Override
    public List<String> anchors() {
        return List.of("info: ", "reply: ", SERVFAIL, STATS);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains("info: ") || t.contains("reply: ") || t.contains(SERVFAIL) || t.contains(STATS);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int sf = t.indexOf(SERVFAIL);
        if (sf >= 0) {
            int s = sf + "error: ".length();
            LogMentions.rcodeName(ctx, out, line, t, s, s + "SERVFAIL".length(), TOOL);
        }
        int tag = t.indexOf("info: ");
        int len = "info: ".length();
        if (tag < 0) {
            tag = t.indexOf("reply: ");
            len = "reply: ".length();
        }
        if (tag >= 0 && LogMentions.wordStart(t, tag)) {
            Matcher m = LogMentions.at(t.contains(" - - - ") ? FORMERR_REPLY : REPLY, t, tag + len);
            if (m != null) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), TOOL, "RCODE");
            } else if (t.indexOf("always_", tag) >= 0 && (m = LogMentions.at(LOCAL_ACTION, t, tag + len)) != null) {
                String id = UnboundConfScanner.ZONE_TYPES.get(m.group(1));
                String name = ctx.catalog().byId(id).map(e -> e.name()).orElse(m.group(1));
                Scans.entry(ctx, out, line, t, m.start(1), m.end(1), id, Mention.Role.POLICY, TOOL, "note.policy",
                        "text", m.group(1), "name", name);
            }
        }
        int rpz = t.indexOf(RPZ);
        if (rpz >= 0) {
            rpzAction(ctx, out, line, t, rpz + RPZ.length());
        }
        int st = t.indexOf(STATS);
        if (st >= 0 && (st == 0 || !Scans.wordChar(t.charAt(st - 1)))) {
            int s = st + STATS.length();
            int e = LogMentions.wordEnd(t, s, "");
            if (e > s && e < t.length() && t.charAt(e) == '=') {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "RCODE");
            }
        }
    }

    /** The action word of an applied RPZ rule: rpz-nxdomain and rpz-nodata decide the answer's RCODE. */
    private static void rpzAction(ScanContext ctx, List<Mention> out, int line, String t, int from) {
        int i = from;
        while (i < t.length()) {
            int s = i;
            int e = t.indexOf(' ', s);
            if (e < 0) {
                e = t.length();
            }
            String word = t.substring(s, e);
            if (word.equals("rpz-nxdomain")) {
                Scans.entry(ctx, out, line, t, s, e, "rcode:3", Mention.Role.POLICY, TOOL, "note.policy",
                        "text", word, "name", "NXDOMAIN");
                return;
            }
            if (word.equals("rpz-nodata")) {
                Scans.entry(ctx, out, line, t, s, e, "pseudo:nodata", Mention.Role.POLICY, TOOL, "note.policy",
                        "text", word, "name", "NODATA");
                return;
            }
            if (word.startsWith("rpz-") && !word.contains(".")) {
                return; // another action (rpz-passthru, rpz-drop, rpz-local-data...): no RCODE of its own
            }
            i = e + 1;
        }
    }
}
