package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * A field named {@code rcode} (or Zeek's {@code rcode_name}) in structured log lines: the PowerDNS Recursor's
 * {@code rcode="3"}, its trace {@code rcode=3}, Knot Resolver's {@code <= rcode: NXDOMAIN}, Zeek JSON
 * {@code "rcode":3,"rcode_name":"NXDOMAIN"}, Prometheus labels {@code rcode="NXDOMAIN"}. A name there must be a
 * known RCODE spelling. A number is read as the RCODE only when the line is visibly about DNS (it names a qname, qtype,
 * query, answers or DNS, or has the Recursor trace form {@code rcode=3 (Non-Existent domain)}, a code's name in the
 * parentheses): some programs log their own "return code" as rcode. Keys that only end in rcode ({@code ext_rcode}, {@code flags.rcode}) are not this field.
 * A {@code response_code} field is read too, for a tool's mixed-case names only ({@code response_code=NXDomain});
 * upper-case mnemonics there are {@link BareMnemonics}'s.
 */
final class RcodeFieldRule implements LogRule {
    private static final String KEY = "rcode";
    /**
     * Also a {@code response_code} field, for names only (an HTTP response code is a number): Blocky's
     * {@code response_code=NXDOMAIN}, hickory's tracing {@code response_code=NXDomain}. Not under an http key; ECS's
     * {@code dns.response_code} is the ECS rule's.
     */
    private static final String RESPONSE_KEY = "response_code";

    /** Words that show a line is about DNS, so that a number under the rcode key is an RCODE. */
    /** PowerDNS Recursor's trace ("Got 0 answers from ns1.example (192.0.2.1), rcode=3") among them. */
    private static final String[] DNS_WORDS = {"qname", "qtype", "<= rcode", " answers from ", "pdns_recursor[",
        "pdns_server[", "Failed to update . records"};
    /**
     * The Recursor's priming message: "pdns_recursor[24019]: Failed to update . records, RCODE=2", also without the
     * syslog prefix (its own stdout).
     */
    private static final String UPPER_KEY = "RCODE=";

    @Override
    public List<String> anchors() {
        return List.of(KEY, RESPONSE_KEY, UPPER_KEY);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(KEY) || t.contains(RESPONSE_KEY) || t.contains(UPPER_KEY);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        if (t.contains(KEY)) {
            scan(ctx, line, t, KEY, out);
        }
        if (t.contains(UPPER_KEY)) {
            scan(ctx, line, t, "RCODE", out);
        }
        if (t.contains(RESPONSE_KEY)) {
            scan(ctx, line, t, RESPONSE_KEY, out);
        }
    }

    private static void scan(ScanContext ctx, int line, String t, String key, List<Mention> out) {
        boolean response = key.equals(RESPONSE_KEY);
        int from = 0;
        int k;
        while ((k = t.indexOf(key, from)) >= 0) {
            from = k + key.length();
            if (k > 0 && " \t\"'{,[(".indexOf(t.charAt(k - 1)) < 0) {
                continue;
            }
            if (response && BareMnemonics.httpField(t, k, k + key.length())) {
                continue;
            }
            boolean quoted = k > 0 && (t.charAt(k - 1) == '"' || t.charAt(k - 1) == '\'');
            int i = k + key.length();
            boolean nameKey = !response && t.startsWith("_name", i);
            if (nameKey) {
                i += "_name".length();
            }
            if (quoted) {
                if (i >= t.length() || t.charAt(i) != t.charAt(k - 1)) {
                    continue;
                }
                i++;
            }
            if (i >= t.length()) {
                break;
            }
            char sep = t.charAt(i);
            if (sep == ':') {
                i++;
            } else if (sep == '=' && !quoted) {
                i++;
                if (i < t.length() && t.charAt(i) == '=') {
                    continue; // a comparison, as in a filter expression
                }
            } else {
                continue;
            }
            int spaces = 0;
            while (i < t.length() && t.charAt(i) == ' ' && spaces < 2) {
                i++;
                spaces++;
            }
            if (sep == ':' && !quoted && spaces == 0) {
                continue; // "rcode:3" without a space is neither JSON nor the kresd form
            }
            char q = 0;
            if (i < t.length() && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
                q = t.charAt(i);
                i++;
            }
            value(ctx, out, line, t, k, i, q, nameKey, response);
            from = Math.max(from, i);
        }
    }

    private static void value(ScanContext ctx, List<Mention> out, int line, String t, int key, int s, char quote,
                              boolean nameKey, boolean response) {
        if (s >= t.length()) {
            return;
        }
        char c = t.charAt(s);
        if (c >= '0' && c <= '9') {
            int e = LogMentions.digitsEnd(t, s);
            if (nameKey || response || !endsValue(t, e, quote) || !dnsLine(t) && !traceForm(ctx, t, e)) {
                return;
            }
            LogMentions.number(ctx, out, line, t, s, e, null, LogMentions.NUMERIC_FIELD);
            return;
        }
        if (!Character.isLetter(c)) {
            return;
        }
        int e = LogMentions.wordEnd(t, s, "-#");
        if (!endsValue(t, e, quote)) {
            return;
        }
        if (response && !responseName(ctx, t, t.substring(s, e))) {
            return;
        }
        String tool = response ? null : nameKey ? "zeek" : key >= 3 && t.startsWith("<= ", key - 3) ? "kresd" : null;
        LogMentions.rcodeName(ctx, out, line, t, s, e, tool);
    }

    /**
     * Whether a response_code value is read here: a tool's exact mixed-case name (hickory's NXDomain, ServFail;
     * upper-case mnemonics are the bare-mnemonic fallback's, which reads this key too, and lower-case words nobody's),
     * and NoError, Refused or NotAuth, which are ordinary words too, only on a line about DNS.
     */
    private static boolean responseName(ScanContext ctx, String t, String word) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            upper |= Character.isUpperCase(word.charAt(i));
            lower |= Character.isLowerCase(word.charAt(i));
        }
        if (!upper || !lower) {
            return false;
        }
        for (org.rcodels.catalog.Spelling sp : ctx.catalog().resolve(word)) {
            if (sp.exactCase() && sp.entry().kind() == org.rcodels.catalog.Kind.RCODE && !sp.entry().isRange()) {
                int v = sp.entry().value();
                return v != 0 && v != 5 && v != 9 || dnsLine(t);
            }
        }
        return false;
    }

    /**
     * The Recursor's trace form: the number is followed by the RCODE's PowerDNS name in parentheses,
     * {@code rcode=3 (Non-Existent domain)}. A script's {@code rcode=3 (see above)} is not it.
     */
    private static boolean traceForm(ScanContext ctx, String t, int e) {
        if (!t.startsWith(" (", e)) {
            return false;
        }
        int close = t.indexOf(')', e + 2);
        return close > e + 2 && close - e <= 64 && !ctx.catalog().resolveEntries(t.substring(e + 2, close)).isEmpty();
    }

    /**
     * Whether a line with a bare number under an rcode key is about DNS: a qname or qtype key, kresd's
     * {@code <= rcode}, or a whole DNS word other than the key itself ({@link BareMnemonics#aboutDns}); not the
     * letters "query" or "dns" inside other words (an SQL query's or jquery's rcode=1 is a program's return code).
     */
    private static boolean dnsLine(String t) {
        for (String w : DNS_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return BareMnemonics.aboutDns(t, "rcode");
    }

    /** The value ends at e: at its closing quote, or (unquoted) at a separator, not inside a longer token. */
    private static boolean endsValue(String t, int e, char quote) {
        if (quote != 0) {
            return e < t.length() && t.charAt(e) == quote;
        }
        if (e >= t.length()) {
            return true;
        }
        char c = t.charAt(e);
        return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '}' || c == ']' || c == ')'
                || c == '.' && (e + 1 >= t.length() || !Scans.wordChar(t.charAt(e + 1)));
    }
}
