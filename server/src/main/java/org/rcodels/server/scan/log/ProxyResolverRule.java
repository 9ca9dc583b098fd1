package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Resolver errors of API gateways and load balancers that carry their own DNS client.
 * <ul>
 * <li>OpenResty's lua-resty-dns, under Kong and Apache APISIX ({@code dns server error: 3 name error}) and ingress-nginx
 * and APISIX ({@code server returned error code: 3: name error}). lua-resty-dns puts the reply's 4-bit RCODE in
 * {@code errcode} and its own text in {@code errstr}: {@code format error}, {@code server failure}, {@code name
 * error}, {@code not implemented}, {@code refused} for 1 to 5 and {@code unknown} for any other value
 * (openresty/lua-resty-dns lib/resty/dns/resolver.lua, resolver_errstrs and parse_response). Kong formats them as
 * "dns server error: errcode errstr" below 100, and its own errors from 100 up (100 cache only lookup failed, 101
 * empty record received...) as "dns client error: ..." or, in older versions, also after "dns server error: " (Kong/kong
 * kong/dns/client.lua, kong/resty/dns/client.lua). ingress-nginx (rootfs/etc/nginx/lua/util/dns.lua) and APISIX
 * (apisix/core/dns/client.lua) write "server returned error code: errcode: errstr". The number is read only where the
 * text after it is lua-resty-dns's text for that number: a number without its text, or with another one (Kong's old
 * {@code 4 server failure, cache only lookup failed}, {@code 100 cache only lookup failed}), is no mention. Older
 * versions of Kong's client also said {@code 3 name error} themselves, for an empty reply or one whose records were
 * not for the name asked, and for an IP address asked with a type it cannot have (Kong/lua-resty-dns-client
 * src/resty/dns/client.lua, resolve, check_ipv4, check_ipv6; Kong#3115): Kong's 3 gets a note saying so.</li>
 * <li>HAProxy's server state changes: a server put into maintenance because its name resolved to NXDOMAIN or was
 * REFUSED says so as {@code (DNS NX status)} or {@code (DNS refused status)} (haproxy src/server.c,
 * srv_adm_st_chg_cause_str, written as " (cause)"; src/resolvers.c, resolv_validate_dns_response, which keeps only
 * these two RCODEs apart). {@code (DNS timeout status)}, {@code (unspecified DNS error)} (any other RCODE) and
 * {@code (No IP for server )} name no RCODE.</li>
 * </ul>
 * No tool is claimed: the texts are the libraries' own, and the catalog knows them as other tools' words.
 */
final class ProxyResolverRule implements LogRule {

    private static final String KONG = "dns server error: ";
    private static final String RETURNED = "server returned error code: ";
    /** lua-resty-dns resolver_errstrs, index = RCODE. */
    private static final String[] ERRSTRS = {null, "format error", "server failure", "name error", "not implemented",
        "refused"};
    /** lua-resty-dns's text for an RCODE it has no text for (6 to 15: the header field has 4 bits). */
    private static final String UNKNOWN = "unknown";
    private static final String KONG_NOTE = "note.kongNameError";

    private static final String HAPROXY_NX = "(DNS NX status)";
    private static final String HAPROXY_REFUSED = "(DNS refused status)";
    private static final List<String> ANCHORS = List.of(KONG, RETURNED, HAPROXY_NX, HAPROXY_REFUSED);

    @Override
    public List<String> anchors() {
        return ANCHORS;
    }

    @Override
    public boolean accepts(String t) {
        return LogRule.holdsAny(t, ANCHORS);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        // Kong's try list repeats the error for every name and type it tried: read each
        luaRestyDns(ctx, out, line, t, KONG, " ", true);
        luaRestyDns(ctx, out, line, t, RETURNED, ": ", false);
        haproxy(ctx, out, line, t, HAPROXY_NX, "rcode:3");
        haproxy(ctx, out, line, t, HAPROXY_REFUSED, "rcode:5");
    }

    /** Every "prefix N sep text" where text is lua-resty-dns's text for N: the number, and the text where it has one. */
    private static void luaRestyDns(ScanContext ctx, List<Mention> out, int line, String t, String prefix, String sep,
                                    boolean kong) {
        int i = t.indexOf(prefix);
        while (i >= 0) {
            int s = i + prefix.length();
            i = t.indexOf(prefix, s);
            int e = LogMentions.digitsEnd(t, s);
            if (e == s || e - s > 3 || !t.startsWith(sep, e)) {
                continue;
            }
            int v = Scans.parse(t, s, e);
            int ts = e + sep.length();
            String text = v >= 1 && v < ERRSTRS.length ? ERRSTRS[v] : v >= ERRSTRS.length && v <= 15 ? UNKNOWN : null;
            if (text == null || !t.startsWith(text, ts) || !wordEnds(t, ts + text.length())) {
                continue;
            }
            String note = kong && v == 3 ? KONG_NOTE : null;
            LogMentions.value(ctx, out, line, t, s, e, v, Mention.Role.NUMBER, null, note);
            if (!UNKNOWN.equals(text)) {
                LogMentions.value(ctx, out, line, t, ts, ts + text.length(), v, Mention.Role.NAME, null, note);
            }
        }
    }

    private static void haproxy(ScanContext ctx, List<Mention> out, int line, String t, String cause, String id) {
        int i = t.indexOf(cause);
        if (i >= 0) {
            // the text inside the parentheses
            Scans.entry(ctx, out, line, t, i + 1, i + cause.length() - 1, id, Mention.Role.NAME, null, null);
        }
    }

    /** True if no word char or '-' follows at {@code i}: "name error." and "name error\"" end there, "name errors" not. */
    private static boolean wordEnds(String t, int i) {
        return i >= t.length() || !(Scans.wordChar(t.charAt(i)) || t.charAt(i) == '-');
    }
}
