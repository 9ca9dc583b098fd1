package org.rcodels.server.scan.log;

import java.util.List;
import java.util.Map;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Technitium DNS Server. It names codes with the C# enum names of TechnitiumLibrary ({@code DnsResponseCode}:
 * ServerFailure, NxDomain, NotAuthorized...; {@code EDnsExtendedDnsErrorCode}: NoReachableAuthority, DnssecBogus...),
 * and a value without a name as its number. Formats:
 * <ul>
 *   <li>the query log (LogManager): {@code [2021-12-05 22:24:31 Local] [127.0.0.1:53264] [UDP] QNAME: x.example;
 *   QTYPE: A; QCLASS: IN; RCODE: ServerFailure; ANSWER: []};</li>
 *   <li>an RCODE and an EDE side by side, {@code SERVFAIL / NoReachableAuthority} (DNS-FACTS D.19): the RCODE in the
 *   upper-case mnemonic or the enum name, the EDE as its enum name;</li>
 *   <li>the DNS Client of the web console (JSON): {@code "RCODE": "ServerFailure"}, {@code "ExtendedRCODE": ...},
 *   {@code "InfoCode": "NoReachableAuthority"}, and {@code returned RCODE=ServerFailure for ...} in an EDE's extra
 *   text. {@code "ExtendedRCODE"} holds the whole RCODE again (header and OPT record), so, like kdig's
 *   {@code ext-rcode:}, it is a mention only where the OPT record adds to the header (a value above 15).</li>
 * </ul>
 * Technitium calls 16 BADSIG; in the RCODE of a reply (outside TSIG) 16 is the EDNS BADVERS.
 */
final class TechnitiumLogRule implements LogRule {
    static final String TOOL = "technitium";

    private static final String QUERY_LOG = "; RCODE: ";
    /** "failed TSIG signature verification (RCODE: NotAuth; TSIG Error: BADKEY)" (DnsServer#754). */
    private static final String TSIG_FAILURE = "; TSIG Error: ";
    private static final String SLASH = " / ";
    private static final String JSON_RCODE = "\"RCODE\"";
    private static final String JSON_EXT_RCODE = "\"ExtendedRCODE\"";
    private static final String JSON_INFO_CODE = "\"InfoCode\"";
    private static final String EXTRA_RCODE = "RCODE=";

    /**
     * DnsResponseCode names and values (NameError is the older name of 3; the logs of 2023 and later print NotAuth
     * for 9, as in "RCODE: NotAuth; TSIG Error: BADKEY").
     */
    static final Map<String, Integer> RCODES = Map.ofEntries(
            Map.entry("NoError", 0), Map.entry("FormatError", 1), Map.entry("ServerFailure", 2),
            Map.entry("NxDomain", 3), Map.entry("NameError", 3), Map.entry("NotImplemented", 4),
            Map.entry("Refused", 5), Map.entry("YXDomain", 6), Map.entry("YXRRSet", 7), Map.entry("NXRRSet", 8),
            Map.entry("NotAuthorized", 9), Map.entry("NotAuth", 9), Map.entry("NotZone", 10), Map.entry("BADSIG", 16),
            Map.entry("BADKEY", 17), Map.entry("BADTIME", 18), Map.entry("BADMODE", 19), Map.entry("BADNAME", 20),
            Map.entry("BADALG", 21), Map.entry("BADTRUNC", 22), Map.entry("BADCOOKIE", 23));

    /** EDnsExtendedDnsErrorCode names and their EDE codes (the library names 0 to 24). */
    static final Map<String, Integer> EDES = Map.ofEntries(
            Map.entry("Other", 0), Map.entry("UnsupportedDnsKeyAlgorithm", 1), Map.entry("UnsupportedDsDigestType", 2),
            Map.entry("StaleAnswer", 3), Map.entry("ForgedAnswer", 4), Map.entry("DnssecIndeterminate", 5),
            Map.entry("DnssecBogus", 6), Map.entry("SignatureExpired", 7), Map.entry("SignatureNotYetValid", 8),
            Map.entry("DNSKEYMissing", 9), Map.entry("RRSIGsMissing", 10), Map.entry("NoZoneKeyBitSet", 11),
            Map.entry("NSECMissing", 12), Map.entry("CachedError", 13), Map.entry("NotReady", 14),
            Map.entry("Blocked", 15), Map.entry("Censored", 16), Map.entry("Filtered", 17),
            Map.entry("Prohibited", 18), Map.entry("StaleNxDomainAnswer", 19), Map.entry("NotAuthoritative", 20),
            Map.entry("NotSupported", 21), Map.entry("NoReachableAuthority", 22), Map.entry("NetworkError", 23),
            Map.entry("InvalidData", 24));

    /** The first letters of the EDE names in {@link #EDES}. */
    private static final String EDE_INITIALS = "BCDFINOPRSU";

    @Override
    public List<String> anchors() {
        return List.of(QUERY_LOG, SLASH, JSON_RCODE, JSON_EXT_RCODE, JSON_INFO_CODE, EXTRA_RCODE, TSIG_FAILURE);
    }

    @Override
    public boolean accepts(String t) {
        return slashPair(t, 0) >= 0 || t.contains(QUERY_LOG) || t.contains(EXTRA_RCODE) || t.contains(TSIG_FAILURE)
                || t.indexOf('"') >= 0 && (t.contains(JSON_RCODE) || t.contains(JSON_EXT_RCODE)
                || t.contains(JSON_INFO_CODE));
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        queryLog(ctx, out, line, t);
        tsigFailure(ctx, out, line, t);
        int from = 0;
        int s;
        while ((s = slashPair(t, from)) >= 0) {
            from = s + SLASH.length();
            slash(ctx, out, line, t, s);
        }
        jsonValue(ctx, out, line, t, JSON_RCODE, false);
        jsonValue(ctx, out, line, t, JSON_EXT_RCODE, true);
        infoCode(ctx, out, line, t);
        extraText(ctx, out, line, t);
    }

    /**
     * The index of the next " / " at or after {@code from} that sits between a word and the first letter of an EDE
     * name (the shape of "SERVFAIL / NoReachableAuthority"), or -1. Cheap: no lookups ("GET / HTTP/1.1" fails at H).
     */
    private static int slashPair(String t, int from) {
        int s = from;
        while ((s = t.indexOf(SLASH, s)) >= 0) {
            int after = s + SLASH.length();
            if (s > 0 && Scans.wordChar(t.charAt(s - 1)) && after < t.length()
                    && EDE_INITIALS.indexOf(t.charAt(after)) >= 0) {
                return s;
            }
            s = after - 1;
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------- query log

    /** "QCLASS: IN; RCODE: ServerFailure; ANSWER: []": the enum name or a number, up to the ';'. */
    private static void queryLog(ScanContext ctx, List<Mention> out, int line, String t) {
        int r = t.indexOf(QUERY_LOG);
        if (r < 0 || t.lastIndexOf("QCLASS: ", r) < 0) {
            return;
        }
        int s = r + QUERY_LOG.length();
        int e = LogMentions.wordEnd(t, s, "");
        if (e == s || e >= t.length() || t.charAt(e) != ';') {
            return;
        }
        rcode(ctx, out, line, t, s, e, false);
    }

    // ------------------------------------------------------------------------------------ "SERVFAIL / Blocked"

    /** The RCODE before " / " and the EDE after it; both or nothing. */
    private static void slash(ScanContext ctx, List<Mention> out, int line, String t, int s) {
        int a = s;
        while (a > 0 && Scans.wordChar(t.charAt(a - 1))) {
            a--;
        }
        int b = s + SLASH.length();
        int e = LogMentions.wordEnd(t, b, "");
        Integer ede = EDES.get(t.substring(b, e));
        if (ede == null || !LogMentions.wordStart(t, a) || e < t.length() && t.charAt(e) == '-') {
            return;
        }
        String left = t.substring(a, s);
        int before = out.size();
        boolean named = RCODES.containsKey(left)
                ? rcode(ctx, out, line, t, a, s, false)
                : isUpper(left) && LogMentions.rcodeName(ctx, out, line, t, a, s, TOOL) != null;
        if (!named) {
            out.subList(before, out.size()).clear();
            return;
        }
        Scans.entry(ctx, out, line, t, b, e, "ede:" + ede, Mention.Role.NAME, TOOL, null);
    }

    private static boolean isUpper(String w) {
        if (w.length() < 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- DNS Client JSON

    /** "RCODE": "ServerFailure" and "ExtendedRCODE": "BADCOOKIE" (the latter only above 15). */
    private static void jsonValue(ScanContext ctx, List<Mention> out, int line, String t, String key,
                                  boolean extended) {
        int from = 0;
        int k;
        while ((k = t.indexOf(key, from)) >= 0) {
            from = k + key.length();
            int s = stringValue(t, from);
            if (s < 0) {
                continue;
            }
            int e = LogMentions.wordEnd(t, s, "");
            if (e > s && e < t.length() && t.charAt(e) == '"' && RCODES.containsKey(t.substring(s, e))) {
                rcode(ctx, out, line, t, s, e, extended);
            }
        }
    }

    /** "InfoCode": "NoReachableAuthority" (or the number of a code the library has no name for). */
    private static void infoCode(ScanContext ctx, List<Mention> out, int line, String t) {
        int from = 0;
        int k;
        while ((k = t.indexOf(JSON_INFO_CODE, from)) >= 0) {
            from = k + JSON_INFO_CODE.length();
            int s = stringValue(t, from);
            if (s >= 0) {
                int e = LogMentions.wordEnd(t, s, "");
                Integer ede = EDES.get(t.substring(s, e));
                if (ede != null && e < t.length() && t.charAt(e) == '"') {
                    Scans.entry(ctx, out, line, t, s, e, "ede:" + ede, Mention.Role.NAME, TOOL, null);
                }
                continue;
            }
            int n = colonValue(t, from);
            int e = n < 0 ? n : LogMentions.digitsEnd(t, n);
            if (n >= 0 && e > n && (e == t.length() || t.charAt(e) == ',' || t.charAt(e) == '}'
                    || t.charAt(e) == ' ')) {
                Scans.number(ctx, out, line, t, n, e, Kind.EDE, false, TOOL, "note.edeNumber");
            }
        }
    }

    /** "... returned RCODE=ServerFailure for google.com. A IN": an upstream's RCODE in an EDE's extra text. */
    private static void extraText(ScanContext ctx, List<Mention> out, int line, String t) {
        int from = 0;
        int k;
        while ((k = t.indexOf(EXTRA_RCODE, from)) >= 0) {
            from = k + EXTRA_RCODE.length();
            if (k > 0 && Scans.wordChar(t.charAt(k - 1))) {
                continue;
            }
            int e = LogMentions.wordEnd(t, from, "");
            if (RCODES.containsKey(t.substring(from, e)) && (e == t.length() || !Scans.wordChar(t.charAt(e)))) {
                rcode(ctx, out, line, t, from, e, false);
            }
        }
    }

    /** After a JSON key (its closing quote at {@code from - 1}): the start of its string value, or -1. */
    private static int stringValue(String t, int from) {
        int i = colonValue(t, from);
        return i >= 0 && i < t.length() && t.charAt(i) == '"' ? i + 1 : -1;
    }

    /** After a JSON key: the index of its value past ":" and blanks, or -1. */
    private static int colonValue(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        if (i >= t.length() || t.charAt(i) != ':') {
            return -1;
        }
        i++;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * "(RCODE: NotAuth; TSIG Error: BADKEY)": the reply's RCODE (9 is the TSIG Not Authorized here) and the TSIG
     * record's error, where 16 is BADSIG.
     */
    private static void tsigFailure(ScanContext ctx, List<Mention> out, int line, String t) {
        int k = t.indexOf(TSIG_FAILURE);
        if (k < 0) {
            return;
        }
        int r = t.lastIndexOf("(RCODE: ", k);
        if (r < 0) {
            return;
        }
        int s = r + "(RCODE: ".length();
        if (LogMentions.wordEnd(t, s, "") != k || !RCODES.containsKey(t.substring(s, k))) {
            return;
        }
        if (t.substring(s, k).equals("NotAuth") || t.substring(s, k).equals("NotAuthorized")) {
            // the TSIG meaning of 9, Not Authorized (RFC 8945)
            Scans.entry(ctx, out, line, t, s, k, "rcode:9:tsig", Mention.Role.NAME, TOOL, null);
        } else {
            rcode(ctx, out, line, t, s, k, false);
        }
        int a = k + TSIG_FAILURE.length();
        int b = LogMentions.wordEnd(t, a, "");
        Integer v = b > a ? RCODES.get(t.substring(a, b)) : null;
        if (v == null || b >= t.length() || t.charAt(b) != ')') {
            return;
        }
        if (v == 16) {
            Scans.entry(ctx, out, line, t, a, b, "rcode:16:badsig", Mention.Role.NAME, TOOL, null);
        } else {
            LogMentions.value(ctx, out, line, t, a, b, v, Mention.Role.NAME, TOOL, null);
        }
    }

    // ---------------------------------------------------------------------------------------------- resolving

    /**
     * Adds the RCODE that the enum name or number at {@code t[s,e)} names (the header and OPT meaning: BADSIG, 16, is
     * BADVERS here). With {@code extendedOnly}, only a value above 15. True if a mention was added.
     */
    private static boolean rcode(ScanContext ctx, List<Mention> out, int line, String t, int s, int e,
                                 boolean extendedOnly) {
        String w = t.substring(s, e);
        Integer v = RCODES.get(w);
        boolean number = v == null;
        if (number) {
            int n = Scans.parse(t, s, e);
            if (n < 0) {
                return false;
            }
            v = n;
        }
        if (extendedOnly && v <= 15) {
            return false;
        }
        Entry entry;
        if (number) {
            entry = LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD);
        } else if (v == 16) {
            entry = LogMentions.value(ctx, out, line, t, s, e, 16, Mention.Role.NAME, TOOL, "note.optContext", "n",
                    "16", "name", "BADVERS");
        } else {
            entry = LogMentions.value(ctx, out, line, t, s, e, v, Mention.Role.NAME, TOOL, null);
        }
        return entry != null;
    }
}
