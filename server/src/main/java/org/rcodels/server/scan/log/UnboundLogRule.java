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
 * {@code log-servfail} lines ({@code error: SERVFAIL <name type class>: reason}, where the reason may hold the
 * upstream's RCODE as {@code got REFUSED}), RPZ actions ({@code rpz: applied [zone] name rpz-nxdomain ...}, and the
 * older {@code RPZ applied [zone] name nxdomain ...}), the iterator's verbosity 2+ {@code query response was NXDOMAIN
 * ANSWER} / {@code nodata ANSWER}, local-zone hits logged with log-local-actions
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
    /**
     * In a log-servfail reason, what the last upstream answered: iterator/iterator.c errinf_reply() adds
     * {@code "got %s"} with the sldns name of a non-zero RCODE (sldns_wire2str_rcode_buf: NOTIMPL, RCODE11) as one
     * errinf item, and errinf_to_str_servfail() (util/module.c) joins the items with spaces.
     */
    private static final String GOT = " got ";
    private static final String RPZ = "rpz: applied ";
    /**
     * Older services/rpz.c log_rpz_apply(): {@code "RPZ applied [%s] %s %s %s@%u"} (or without the bracketed log
     * name) with rpz_action_to_string() words that have no rpz- prefix, then log_nametypeclass() adds the query name,
     * type and class. After "info: ". Only nxdomain and nodata decide the answer's RCODE.
     */
    private static final Pattern OLD_RPZ = Pattern.compile(
            "RPZ applied (?:\\[.*?\\] )?\\S+ (nxdomain|nodata) \\S+@\\d{1,5} \\S+ \\S+ \\S+\\s*$");
    /**
     * iterator/iterator.c processQueryResponse(), verbose(VERB_DETAIL, "query response was %s") for an ANSWER type
     * response: "NXDOMAIN ANSWER", "ANSWER" or "nodata ANSWER". After "info: " (verbose logs VERB_DETAIL as info).
     * The other types (REFERRAL, CNAME, THROWAWAY...) name no code.
     */
    private static final Pattern QUERY_RESPONSE = Pattern.compile("query response was (NXDOMAIN|nodata) ANSWER\\s*$");
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
            upstreamRcodes(ctx, out, line, t, sf + SERVFAIL.length());
        }
        int tag = t.indexOf("info: ");
        int len = "info: ".length();
        boolean info = tag >= 0;
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
            } else if (info && t.startsWith("query response was ", tag + len)
                    && (m = LogMentions.at(QUERY_RESPONSE, t, tag + len)) != null) {
                LogMentions.rcodeName(ctx, out, line, t, m.start(1), m.end(1), TOOL);
            } else if (info && t.startsWith("RPZ applied ", tag + len)
                    && (m = LogMentions.at(OLD_RPZ, t, tag + len)) != null) {
                rpzPolicy(ctx, out, line, t, m.start(1), m.end(1), m.group(1).equals("nodata"));
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

    /**
     * The upstream RCODEs in the reason of a log-servfail line ({@code ... from 192.0.2.1 got REFUSED}): each
     * {@code got} item after the {@code <name type class>:} of the query, followed by an upper-case sldns name and then
     * a space or the end of the line.
     */
    private static void upstreamRcodes(ScanContext ctx, List<Mention> out, int line, String t, int from) {
        int reason = t.indexOf(">:", from);
        if (reason < 0) {
            return;
        }
        int i = t.indexOf(GOT, reason);
        while (i >= 0) {
            int s = i + GOT.length();
            int e = s;
            while (e < t.length() && (t.charAt(e) >= 'A' && t.charAt(e) <= 'Z' || e > s && t.charAt(e) >= '0'
                    && t.charAt(e) <= '9')) {
                e++;
            }
            if (e > s && (e == t.length() || t.charAt(e) == ' ')) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "RCODE");
            }
            i = t.indexOf(GOT, e);
        }
    }

    /** A POLICY mention of the RPZ action word {@code t[s,e)} that makes the answer NXDOMAIN or NODATA. */
    private static void rpzPolicy(ScanContext ctx, List<Mention> out, int line, String t, int s, int e,
                                  boolean nodata) {
        String word = t.substring(s, e);
        if (nodata) {
            Scans.entry(ctx, out, line, t, s, e, "pseudo:nodata", Mention.Role.POLICY, TOOL, "note.policy",
                    "text", word, "name", "NODATA");
        } else {
            Scans.entry(ctx, out, line, t, s, e, "rcode:3", Mention.Role.POLICY, TOOL, "note.policy",
                    "text", word, "name", "NXDOMAIN");
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
            if (word.equals("rpz-nxdomain") || word.equals("rpz-nodata")) {
                rpzPolicy(ctx, out, line, t, s, e, word.equals("rpz-nodata"));
                return;
            }
            if (word.startsWith("rpz-") && !word.contains(".")) {
                return; // another action (rpz-passthru, rpz-drop, rpz-local-data...): no RCODE of its own
            }
            i = e + 1;
        }
    }
}
