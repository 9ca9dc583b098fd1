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
 * BIND named log categories: query-errors {@code query failed (SERVFAIL) for}, lame-servers {@code REFUSED unexpected
 * RCODE resolving '...'}, responses {@code response: <name> <class> <type> <RCODE> <an> <ns> <ar>}, rpz {@code rpz
 * QNAME NXDOMAIN rewrite}, rate-limit {@code ... NXDOMAIN responses to ...} and the statistics counters
 * {@code QryNXDOMAIN}, {@code QrySERVFAIL}, {@code QryFORMERR}, {@code QryNxrrset}, {@code QryBADCOOKIE} (the other
 * statistics are {@link BindStatsRule}'s and {@link BindStatsChannelRule}'s). The security category ({@code denied}) names no code,
 * except a request whose TSIG did not verify: {@code request has invalid signature: TSIG <key>: tsig verify failure
 * (BADSIG)}, where the parenthesised name is the TSIG error (so 16 is BADSIG there, not BADVERS). Zone maintenance
 * (xfer-in, general) logs the RCODE a primary answered a SOA query with: {@code zone <zone>/IN: refresh: unexpected
 * rcode (REFUSED) from primary|master <addr>#53 (source ...)}. Dynamic update (lib/ns/update.c) logs a refused update
 * as {@code client ...: updating zone '<zone>/<class>': update failed|unsuccessful: <why> (<result>)} (without the
 * zone where none was found), and zone transfers
 * (lib/dns/xfrin.c) as {@code transfer of '<zone>/<class>' from <addr>: failed while receiving responses: <result>}
 * or {@code ...: Transfer status: <result>}: the result is an isc_result text, which for an RCODE the other side
 * answered (or the update was refused with) is BIND's name of it (NXRRSET, REFUSED, NOTAUTH), and other text
 * otherwise ("connection refused", "tsig indicates error").
 */
final class BindLogRule implements LogRule {
    private static final String TOOL = "bind";

    private static final String QUERY_FAILED = "query failed (";
    private static final String RESOLVING = " resolving '";
    private static final String UNEXPECTED = " unexpected RCODE";
    private static final String RESPONSE = "response: ";
    private static final String RPZ = "rpz ";
    /** zone.c: "refresh: unexpected rcode (%s) from %s %s (source %s)"; lower-case, unlike lame-servers. */
    private static final String UNEXPECTED_RCODE = "unexpected rcode (";
    /** client.c: "request has invalid signature: TSIG %s: %s (%s)", the last being the TSIG error. */
    private static final String INVALID_SIGNATURE = "request has invalid signature: TSIG ";
    /**
     * update.c update_log: "updating zone '%s/%s': %s" (without that prefix where no zone was found), the message
     * "update failed|unsuccessful: ... (%s)"; ns_client_log puts "client ..." before it.
     */
    private static final String[] UPDATE_RESULTS = {": update failed: ", ": update unsuccessful: "};
    /** xfrin.c xfrin_logv: "transfer of '%s' from %s: %s"; xfrin_fail: "%s: %s", msg, isc_result_totext. */
    private static final String TRANSFER_OF = "transfer of '";
    private static final String[] TRANSFER_RESULTS = {": failed while receiving responses: ", ": Transfer status: "};

    /** responses category, after "response: ": name class type RCODE an ns ar. */
    private static final Pattern RESPONSE_TAIL = Pattern.compile(
            "\\S+ [A-Z][A-Z0-9]* [A-Z][A-Z0-9-]* ([A-Z][A-Z0-9]*) \\d+ \\d+ \\d+(?![\\w.])");

    /** rpz category, after "rpz ": TRIGGER POLICY rewrite; only the NXDOMAIN and NODATA policies are codes. */
    private static final Pattern RPZ_TAIL = Pattern.compile("[A-Z][A-Z-]* (NXDOMAIN|NODATA) rewrite ");

    /**
     * Statistics counter names (XML and JSON statistics channel) and the code each counts. QryNxrrset counts NOERROR
     * answers without data (NODATA), QryBADCOOKIE the BADCOOKIE answers sent.
     */
    private static final String[][] COUNTERS = {
        {"QryFORMERR", "rcode:1"}, {"QrySERVFAIL", "rcode:2"}, {"QryNXDOMAIN", "rcode:3"},
        {"QryNxrrset", "pseudo:nodata"}, {"QryBADCOOKIE", "rcode:23"},
    };

    @Override
    public List<String> anchors() {
        return List.of(QUERY_FAILED, RESOLVING, RESPONSE, RPZ, " respons", "Qry", UNEXPECTED_RCODE, INVALID_SIGNATURE,
                UPDATE_RESULTS[0], UPDATE_RESULTS[1], TRANSFER_OF);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(QUERY_FAILED) || t.contains(RESOLVING) || t.contains(RESPONSE) || t.contains(RPZ)
                || t.contains(" respons") || t.contains("Qry") || t.contains(UNEXPECTED_RCODE)
                || t.contains(INVALID_SIGNATURE) || t.contains(UPDATE_RESULTS[0]) || t.contains(UPDATE_RESULTS[1])
                || t.contains(TRANSFER_OF);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        queryFailed(ctx, out, line, t);
        unexpectedRcode(ctx, out, line, t);
        invalidSignature(ctx, out, line, t);
        update(ctx, out, line, t);
        transfer(ctx, out, line, t);
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

    /** A disabled RPZ policy ({@code disabled rpz QNAME NXDOMAIN rewrite ...}) is only logged, never applied. */
    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        int i = t.indexOf("disabled " + RPZ);
        return i >= 0 && LogMentions.at(RPZ_TAIL, t, i + "disabled ".length() + RPZ.length()) != null;
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

    /**
     * Zone maintenance: "refresh: unexpected rcode (REFUSED) from master ...". The parentheses hold the RCODE text of
     * the primary's answer (dns_rcode_totext: a header/OPT name, RESERVED11...), so NOTAUTH is the plain rcode:9.
     */
    private static void unexpectedRcode(ScanContext ctx, List<Mention> out, int line, String t) {
        int u = t.indexOf(UNEXPECTED_RCODE);
        if (u < 0 || !LogMentions.wordStart(t, u)) {
            return;
        }
        int s = u + UNEXPECTED_RCODE.length();
        int e = t.indexOf(')', s);
        if (e > s && e - s <= 16) {
            LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "RESERVED");
        }
    }

    /**
     * security: "request has invalid signature: TSIG key: tsig verify failure (BADSIG)". The name in the last
     * parentheses, at the end of the line, is the TSIG error field of the request (BADSIG, BADKEY, BADTIME,
     * BADTRUNC), so a spelling with two meanings takes its TSIG one; the isc_result text before it names no code.
     */
    private static void invalidSignature(ScanContext ctx, List<Mention> out, int line, String t) {
        int i = t.indexOf(INVALID_SIGNATURE);
        if (i < 0) {
            return;
        }
        int e = t.length();
        while (e > i && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e <= i || t.charAt(e - 1) != ')') {
            return;
        }
        int close = e - 1;
        int open = t.lastIndexOf('(', close);
        int s = open + 1;
        if (open <= i + INVALID_SIGNATURE.length() || close - s < 3 || close - s > 16 || t.charAt(open - 1) != ' ') {
            return;
        }
        for (int k = s; k < close; k++) {
            char c = t.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '?' && k == s)) {
                return;
            }
        }
        Entry entry = tsigError(ctx, t.substring(s, close));
        if (entry != null) {
            out.add(new Mention(line, s, close, entry, t.substring(s, close), Mention.Role.NAME, TOOL, null, null));
        }
    }

    /**
     * update: "client @0x7f 10.0.0.5#1234/key dhcp: updating zone 'example.com/IN': update failed: 'RRset exists
     * (value dependent)' prerequisite not satisfied (NXRRSET)", or without the zone where none was found ("client
     * ...: update failed: not authoritative for update zone (NOTAUTH)"). The parentheses at the end of the line hold
     * the isc_result of the refused update; an RCODE name there is the RCODE the update was answered with (NOTAUTH:
     * not authoritative for the zone).
     */
    private static void update(ScanContext ctx, List<Mention> out, int line, String t) {
        int c = t.indexOf("client ");
        if (c < 0 || !LogMentions.wordStart(t, c)) {
            return;
        }
        int w = -1;
        for (String r : UPDATE_RESULTS) {
            int q = t.indexOf(r, c);
            if (q >= 0) {
                w = q + r.length();
                break;
            }
        }
        if (w < 0) {
            return;
        }
        int e = trimmedEnd(t);
        if (e <= w || t.charAt(e - 1) != ')') {
            return;
        }
        int close = e - 1;
        int open = t.lastIndexOf('(', close);
        if (open > w && t.charAt(open - 1) == ' ' && upperToken(t, open + 1, close)) {
            LogMentions.rcodeName(ctx, out, line, t, open + 1, close, TOOL);
        }
    }

    /**
     * xfer-in: "transfer of 'example.com/IN' from 192.0.2.1#53: failed while receiving responses: REFUSED" (or
     * "Transfer status: REFUSED"): the result at the end of the line; an RCODE name there is what the primary
     * answered. NOTAUTH there may be either meaning (a transfer can be TSIG-signed): the plain one, with a note.
     */
    private static void transfer(ScanContext ctx, List<Mention> out, int line, String t) {
        int x = t.indexOf(TRANSFER_OF);
        if (x < 0 || !LogMentions.wordStart(t, x)) {
            return;
        }
        for (String r : TRANSFER_RESULTS) {
            int i = t.indexOf(r, x + TRANSFER_OF.length());
            if (i < 0) {
                continue;
            }
            int s = i + r.length();
            int e = trimmedEnd(t);
            if (upperToken(t, s, e)) {
                Entry en = LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
                if (en != null && en.id().equals("rcode:9")) {
                    out.set(out.size() - 1, out.get(out.size() - 1).withNote(BareMnemonics.TSIG_NOTAUTH));
                }
            }
            return;
        }
    }

    /** The end of the line without trailing blanks. */
    private static int trimmedEnd(String t) {
        int e = t.length();
        while (e > 0 && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Whether t[s,e) is 3 to 16 upper-case letters and digits, starting with a letter (REFUSED, NXRRSET). */
    private static boolean upperToken(String t, int s, int e) {
        if (e - s < 3 || e - s > 16 || t.charAt(s) < 'A' || t.charAt(s) > 'Z') {
            return false;
        }
        for (int k = s; k < e; k++) {
            char c = t.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The RCODE a TSIG error text names: among the catalog's spellings, the TSIG meaning of a value with two (16 is
     * BADSIG, 9 is Not Authorized) wins, then BIND's own spelling, then the exact case. Null if no RCODE spelling.
     */
    private static Entry tsigError(ScanContext ctx, String word) {
        Spelling best = null;
        int bestRank = -1;
        for (Spelling s : ctx.catalog().resolve(word)) {
            if (s.entry().kind() != Kind.RCODE) {
                continue;
            }
            int rank = (s.entry().tsigContext() ? 4 : 0) + (s.tool() != null && TOOL.equals(s.tool().id()) ? 2 : 0)
                    + (s.exactCase() ? 1 : 0);
            if (rank > bestRank) {
                best = s;
                bestRank = rank;
            }
        }
        return best == null ? null : best.entry();
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
