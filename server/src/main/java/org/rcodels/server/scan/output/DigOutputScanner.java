package org.rcodels.server.scan.output;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Carrier;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;

/**
 * dig, kdig, drill, delv, host, nslookup and nsupdate output, dig +yaml, the miekg/dns text that golang-dnstap
 * prints, and RFC 8427 JSON (kdig +json). It also runs on logs and plain text, so every rule is anchored on text that
 * only these tools print: {@code ->>HEADER<<-}, {@code ;; opcode:} (also after a log prefix, as AdGuard dnsproxy logs
 * a message), {@code ; EDE:}, {@code INFO-CODE:}, {@code ext-rcode:}, {@code ANY TSIG}, {@code ;; resolution failed:},
 * {@code Host ... not found:}, {@code can't find ...:} (and Windows nslookup's translations of it, by their English
 * message), {@code update failed:}, dog's {@code Status: NXDomain}; an EDE in prose only with its own name
 * ({@code EDE 15 (Blocked)}). Only the first {@value #CAP} chars of a line are read.
 */
public final class DigOutputScanner implements Scanner {

    static final int CAP = Scanner.MAX_LINE;

    static final String BIND = "bind";
    static final String BIND_EDE = "bind-ede";
    static final String KNOT = "knot";
    static final String LDNS = "ldns";
    static final String UNBOUND = "unbound";
    static final String MIEKG = "miekg";
    static final String WINDOWS = "windows-nslookup";
    static final String DOG = "dog";

    private static final String NODATA = "pseudo:nodata";

    /**
     * The note (a label key) of a reply's RCODE that BIND prints as {@code ?17} to {@code ?22} (dig
     * {@code status: ?22}, host {@code 22(?22)}): the value's names (BADKEY to BADTRUNC) belong to the TSIG and TKEY
     * Error fields only, and as a reply's RCODE (header and OPT record) it has no assigned meaning. The mention has
     * no tool, so a hover does not claim that BIND spells it BADTRUNC there; {@code check --summary} counts it
     * apart from the TSIG error, under the name BIND printed.
     */
    public static final String NOTE_UNNAMED_IN_REPLY = "note.bindUnnamedRcode";

    /**
     * True for BIND's unknown-value form {@code ?n} (dig {@code status: ?22}, host {@code 22(?22)}) of a reply's
     * RCODE whose registry meaning lives only in the TSIG and TKEY Error fields: 17 to 22 (BADKEY to BADTRUNC).
     * BIND's table of header and OPT RCODEs has no name for them, which is why it prints the number; the TSIG names
     * are not how it spells them there, and as the RCODE of a reply the value has no assigned meaning (DNS-FACTS
     * A.2, A.4). The mention keeps the registry entry (the one meaning the number has), with a note saying so and
     * no tool spelling.
     */
    public static boolean unnamedInReply(String text, Entry e) {
        return text.length() > 1 && text.charAt(0) == '?' && text.charAt(1) != '?' && e.kind() == Kind.RCODE
                && !e.isRange() && !e.carriers().contains(Carrier.HEADER) && !e.carriers().contains(Carrier.OPT);
    }

    /** host: "Host nonexistent.example not found: 3(NXDOMAIN)". */
    private static final Pattern HOST = Pattern.compile("Host \\S{1,1024} not found: (\\d{1,5})\\(([^()\\s]{1,24})\\)");
    /** BIND nslookup / Windows nslookup: "** server can't find x: NXDOMAIN", "*** dns can't find x: Refused". */
    private static final Pattern CANT_FIND = Pattern.compile("\\*{2,3} .{0,300}?[Cc]an't find ");

    /** Windows nslookup messages in the "can't find name: ..." position, lower case, with their entry ids. */
    private static final String[][] WINDOWS_PHRASES = {
            {"non-existent domain", "rcode:3"}, {"nonexistent domain", "rcode:3"},
            {"server failure", "rcode:2"}, {"server failed", "rcode:2"},
            {"refused", "rcode:5"}, {"query refused", "rcode:5"},
            {"format error", "rcode:1"}, {"not implemented", "rcode:4"},
            {"no records", NODATA},
    };

    /** dog's status texts (src/output.rs, print_error_code) with their entry ids: 16 is dog's BadVersion. */
    private static final String[][] DOG_STATUS = {
            {"NXDomain", "rcode:3"}, {"Server Failure", "rcode:2"}, {"Query Refused", "rcode:5"},
            {"Format Error", "rcode:1"}, {"Not Implemented", "rcode:4"}, {"Bad Version", "rcode:16:badvers"},
    };

    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        if (text.isEmpty()) {
            return;
        }
        String t = text.length() > CAP ? text.substring(0, CAP) : text;
        int p = Codes.skipBlanks(t, 0);
        if (p >= t.length()) {
            return;
        }
        int h = t.indexOf("->>HEADER<<-");
        if (h >= 0) {
            header(ctx, line, t, h + 12, false, out);
            return;
        }
        char c = t.charAt(p);
        if (c != ';' && ctx.dialect() != Dialect.LOG
                && (t.indexOf("EDE", p) >= 0 || t.indexOf("xtended DNS ", p) >= 0)) {
            // tickets and notes quote dig's EDE line without its ';', or name an EDE in prose; logs have their own
            // rules
            bareEde(ctx, line, t, p, out);
        }
        if (c != ';') {
            int m = t.indexOf(";; opcode: ", p);
            // "IN: ;; opcode: ..." is the query dnsproxy received, whose header always says NOERROR: not a reply
            if (m > p && (t.charAt(m - 1) == ' ' || t.charAt(m - 1) == '\t') && !t.startsWith("IN: ", m - 4)) {
                // a log line that ends with a miekg/dns message, as AdGuard dnsproxy logs one after its prefix
                // ("...logDNSMessage(): OUT: ;; opcode: QUERY, status: NXDOMAIN, id: 23840"); the flags line
                // follows on its own line
                header(ctx, line, t, m + 3, true, out);
            }
        }
        switch (c) {
            case ';' -> semicolon(ctx, line, t, p, out);
            case '*' -> cantFind(ctx, line, t, p, out);
            case 'H' -> host(ctx, line, t, p, out);
            case 'S' -> dogStatus(ctx, line, t, p, out);
            case '"', '{' -> json(ctx, line, t, p, out);
            default -> yaml(ctx, line, t, p, out);
        }
        int u = t.indexOf("update failed: ");
        if (u >= 0) {
            nsupdate(ctx, line, t, u + 15, out);
        }
        if (t.contains(" has no ") && hostNoRecordEnding(t)) {
            hostNoRecord(ctx, line, t, p, out);
        }
        int nx = t.indexOf(";-$NX", p);
        if (nx >= 0) {
            negativeRecord(ctx, line, t, nx + 3, out);
        }
        if (t.indexOf("TSIG", p) >= 0) {
            tsigRecord(ctx, line, t, p, out);
        }
    }

    // ------------------------------------------------------------------------------------------------ headers

    /**
     * The header line. dig: "opcode: QUERY, status: NXDOMAIN, id: 1"; kdig: "opcode: QUERY; status: NXDOMAIN; id: 1";
     * drill: "opcode: QUERY, rcode: NXDOMAIN, id: 1"; miekg (no ->>HEADER<<-): ";; opcode: QUERY, status: ...".
     */
    private static void header(ScanContext ctx, int line, String t, int from, boolean miekg, List<Mention> out) {
        String tool = miekg ? MIEKG : BIND;
        int st = t.indexOf("status: ", from);
        int rc = st < 0 && !miekg ? t.indexOf("rcode: ", from) : -1;
        if (rc >= 0) {
            // drill's header names the code "rcode:", and its opcode is ldns's too; Unbound logs a packet with its
            // copy of ldns (sldns): "info: incoming scrubbed packet: ;; ->>HEADER<<- ..."
            tool = t.contains("unbound") || t.contains("scrubbed packet") ? UNBOUND : LDNS;
        }
        int op = t.indexOf("opcode: ", from);
        Entry opcode = null;
        if (op >= 0) {
            int s = op + 8;
            int e = valueEnd(t, s);
            if (!miekg && e < t.length() && t.charAt(e) == ';') {
                tool = KNOT;
            }
            opcode = opcode(ctx, line, t, s, e, tool, out);
        }
        int s;
        if (st >= 0) {
            s = st + 8;
        } else if (rc >= 0) {
            s = rc + 7;
        } else {
            return;
        }
        int e = valueEnd(t, s);
        // Markdown emphasis around the value in a ticket: "status: **SERVFAIL**,"
        while (e - s > 4 && (t.charAt(s) == '*' || t.charAt(s) == '_') && t.charAt(e - 1) == t.charAt(s)) {
            s++;
            e--;
        }
        if (e <= s) {
            return;
        }
        String v = t.substring(s, e);
        if (miekg && v.equals("BADSIG")) {
            // miekg/dns prints 16 as BADSIG; in a header status it came from the OPT record: BADVERS
            Codes.byId(ctx, out, line, t, s, e, "rcode:16:badvers", Mention.Role.NAME, MIEKG, "note.miekgBadsig");
            return;
        }
        Entry entry = Codes.resolve(ctx, v, Kind.RCODE, tool, false);
        if (entry == null) {
            // a long name of several words, as DnsClient.NET prints the header: "status: Non-Existent Domain, id: 4778"
            int c = s;
            while (c < t.length() && t.charAt(c) != ',' && t.charAt(c) != ';' && c - s <= 40) {
                c++;
            }
            while (c > e && t.charAt(c - 1) == ' ') {
                c--;
            }
            if (c <= e || c >= t.length() || c - s > 40) {
                return;
            }
            entry = Codes.resolve(ctx, t.substring(s, c), Kind.RCODE, null, false);
            if (entry == null || entry.isRange()) {
                return;
            }
            Codes.add(out, line, t, s, c, entry, Mention.Role.NAME, null, null);
            return;
        }
        if (unnamedInReply(v, entry)) {
            Codes.add(out, line, t, s, e, entry, Mention.Role.NAME, null, NOTE_UNNAMED_IN_REPLY);
            return;
        }
        if (entry.id().equals("rcode:9") && tsigErrorFollows(ctx, line)) {
            // NOTAUTH together with a TSIG error: "Not Authorized" (RFC 8945), not "not authoritative"
            entry = ctx.catalog().byId("rcode:9:tsig").orElse(entry);
        }
        // NODATA answers a query (RFC 2308): a NOTIFY answer, for one, never has answer records
        boolean query = opcode != null && opcode.id().equals("opcode:0");
        if (query && entry.kind() == Kind.RCODE && entry.value() == 0 && !entry.isRange()
                && Nodata.textHeader(ctx, line) && Codes.byId(ctx, out, line, t, s, e, NODATA,
                Mention.Role.INFERRED, tool, "note.nodataInferred") != null) {
            return;
        }
        Codes.add(out, line, t, s, e, entry, Mention.Role.NAME, tool, null);
    }

    /**
     * Adds an OPCODE mention for t[s,e) (a name, or an unknown-value form such as RESERVED3 or ?? (3)); returns its
     * entry, or null.
     */
    private static Entry opcode(ScanContext ctx, int line, String t, int s, int e, String tool, List<Mention> out) {
        return e > s ? Codes.name(ctx, out, line, t, s, e, Kind.OPCODE, tool, false) : null;
    }

    /**
     * The end of a header field value starting at s: "?? (11)" and "RCODE 11" are one value; otherwise the value
     * ends at a comma, semicolon or blank.
     */
    static int valueEnd(String t, int s) {
        if (t.startsWith("?? (", s)) {
            int close = t.indexOf(')', s);
            return close > s && close - s <= 10 ? close + 1 : s;
        }
        if (t.startsWith("RCODE ", s) && s + 6 < t.length() && Character.isDigit(t.charAt(s + 6))) {
            return Codes.digitsEnd(t, s + 6);
        }
        int e = s;
        while (e < t.length() && e - s < 40) {
            char c = t.charAt(e);
            if (c == ',' || c == ';' || c == ' ' || c == '\t') {
                break;
            }
            e++;
        }
        return e;
    }

    // ------------------------------------------------------------------------------------------ ';' comment lines

    private static void semicolon(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        int q = p;
        while (q < t.length() && t.charAt(q) == ';') {
            q++;
        }
        int semis = q - p;
        if (semis > 2 || q >= t.length() || t.charAt(q) != ' ') {
            return;
        }
        int w = q + 1;
        if (semis == 2 && t.startsWith("opcode: ", w)) {
            header(ctx, line, t, w, true, out);
        } else if (t.startsWith("EDE: ", w)) {
            // dig/miekg "; EDE: 9 (DNSKEY Missing): (text)", kdig ";; EDE: 18 (Prohibited): 'text'"
            ede(ctx, line, t, w + 5, semis == 2 ? KNOT : BIND_EDE, out);
        } else if (t.startsWith("EDNS: ", w) || semis == 2 && t.startsWith("Version: ", w)) {
            extRcode(ctx, line, t, w, out);
        } else if (semis == 2 && t.startsWith("resolution failed: ", w)) {
            delv(ctx, line, t, w + 19, out);
        } else if (semis == 2 && t.startsWith("Got ", w)) {
            // ";; Got SERVFAIL reply from 8.8.8.8, trying next server"
            int s = w + 4;
            int e = Codes.tokenEnd(t, s);
            if (Codes.upperToken(t, s, e) && t.startsWith(" reply from ", e)) {
                Codes.name(ctx, out, line, t, s, e, Kind.RCODE, BIND, false);
            }
        } else if (semis == 2) {
            // ";; BADVERS, retrying with EDNS version 0.", ";; BADCOOKIE, retrying."
            int e = Codes.tokenEnd(t, w);
            if (e > w && Codes.upperToken(t, w, e) && t.startsWith(", retrying", e)) {
                Codes.name(ctx, out, line, t, w, e, Kind.RCODE, BIND, false);
            }
        }
    }

    /**
     * dig's EDE line without its ';', as tickets and Markdown quote it ({@code EDE: 9 (DNSKEY Missing): (no SEP
     * matching the DS found for dnssec-failed.org.)}, in inline code, quotes or a reply's blockquote), and an EDE
     * named in prose without the colon ({@code EDE 22 (No Reachable Authority)}, {@code Extended DNS Error 15
     * (Blocked)}): only with the parenthesised name of the same code, which is what makes it an EDE and not
     * "EDE: 5 minutes", "EDE 18" alone or "EDE Code 18".
     */
    private static void bareEde(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        for (int k = t.indexOf("EDE", p); k >= 0; k = t.indexOf("EDE", k + 3)) {
            boolean colon = t.startsWith(": ", k + 3);
            if ((colon || t.startsWith(" ", k + 3)) && edeLead(t, k)) {
                ede(ctx, line, t, k + (colon ? 5 : 4), null, colon, true, out);
            }
        }
        for (int k = t.indexOf("xtended DNS ", p); k >= 0; k = t.indexOf("xtended DNS ", k + 12)) {
            if (k == 0) {
                continue;
            }
            char e = t.charAt(k - 1);
            int s = k + 17;
            if ((e == 'E' || e == 'e') && t.regionMatches(true, k + 12, "error", 0, 5) && edeLead(t, k - 1)) {
                s = t.startsWith(": ", s) ? s + 2 : t.startsWith(" ", s) ? s + 1 : -1;
                if (s > 0) {
                    ede(ctx, line, t, s, null, false, true, out);
                }
            }
        }
    }

    /** Whether the text before an EDE's lead word at {@code k} lets it start a quote or a phrase. */
    private static boolean edeLead(String t, int k) {
        char before = k == 0 ? ' ' : t.charAt(k - 1);
        return before == ' ' || before == '`' || before == '>' || before == '(' || before == '*' || before == '\t'
                || before == '"' || before == '\'';
    }

    /** EDE number at s, then an optional " (Purpose)" naming the same entry; "rcode=NAME" in the extra text. */
    private static void ede(ScanContext ctx, int line, String t, int s, String tool, List<Mention> out) {
        ede(ctx, line, t, s, tool, true, false, out);
    }

    /** With {@code sameName}, only when " (Purpose)" follows and names the same code (the line without its ';'). */
    private static void ede(ScanContext ctx, int line, String t, int s, String tool, boolean extra, boolean sameName,
                            List<Mention> out) {
        int e = Codes.digitsEnd(t, s);
        if (e == s || e < t.length() && Character.isLetterOrDigit(t.charAt(e))) {
            return;
        }
        if (sameName && !namesSameEde(ctx, t, s, e)) {
            return;
        }
        Entry entry = Scans.number(ctx, out, line, t, s, e, Kind.EDE, false, tool, "note.edeNumber");
        if (entry == null) {
            return;
        }
        int pos = e;
        if (t.startsWith(" (", e)) {
            int close = t.indexOf(')', e + 2);
            if (close > e + 2 && close - e <= 80) {
                String name = t.substring(e + 2, close);
                if (!name.equalsIgnoreCase("Unknown code") && !name.isBlank()) {
                    Codes.add(out, line, t, e + 2, close, entry, Mention.Role.NAME, tool, null);
                }
                pos = close + 1;
            }
        }
        if (extra) {
            // the extra text sometimes names an upstream RCODE: "(... rcode=REFUSED for qaux.me/a)"
            int r = t.indexOf("rcode=", pos);
            if (r >= 0 && (r == 0 || !Scans.wordChar(t.charAt(r - 1)))) {
                int a = r + 6;
                int b = Codes.tokenEnd(t, a);
                if (Codes.upperToken(t, a, b) && (b == t.length() || !Scans.wordChar(t.charAt(b)))) {
                    Codes.name(ctx, out, line, t, a, b, Kind.RCODE, null, false);
                }
            }
        }
    }

    /** Whether " (Purpose)" follows the number t[s,e) and names the EDE of that number. */
    private static boolean namesSameEde(ScanContext ctx, String t, int s, int e) {
        int close = t.startsWith(" (", e) ? t.indexOf(')', e + 2) : -1;
        if (e - s > 5 || close <= e + 2 || close - e > 80) {
            return false;
        }
        int v = Scans.parse(t, s, e);
        for (Spelling sp : ctx.catalog().resolve(t.substring(e + 2, close))) {
            if (sp.entry().kind() == Kind.EDE && sp.entry().value() == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ext-rcode:" on an EDNS line. ldns/sldns print the combined 12-bit value as a number
     * (";; EDNS: version 0; flags: do ; ext-rcode: 16 ; udp: 4096"); kdig prints its name
     * (";; Version: 0; flags: ; UDP size: 1232 B; ext-rcode: BADVERS"), or "RCODE n" for an unknown value. A zero
     * extended part (kdig "NOERROR") is not mentioned.
     */
    private static void extRcode(ScanContext ctx, int line, String t, int from, List<Mention> out) {
        int x = t.indexOf("ext-rcode: ", from);
        if (x < 0) {
            return;
        }
        int s = x + 11;
        int e = valueEnd(t, s);
        if (e <= s) {
            return;
        }
        String v0 = t.substring(s, e);
        if (v0.equals("0") || v0.equals("NOERROR")) {
            // kdig prints NOERROR when the OPT record's upper bits are 0: it names no code of the reply
            return;
        }
        if (Character.isDigit(t.charAt(s))) {
            int v = Scans.parse(t, s, e);
            if (v < 0) {
                return;
            }
            Entry entry = ctx.catalog().lookup(Kind.RCODE, v, false).orElse(null);
            if (entry == null) {
                return;
            }
            if (v == 16) {
                Codes.add(out, line, t, s, e, entry, Mention.Role.NUMBER, LDNS, "note.optContext", "n", "16",
                        "name", entry.name());
            } else if (v >= 16 && v <= 4095) {
                Codes.add(out, line, t, s, e, entry, Mention.Role.NUMBER, LDNS, "note.extendedRcode", "header",
                        Integer.toString(v & 0xF), "ext", Integer.toString(v >> 4));
            } else {
                Codes.add(out, line, t, s, e, entry, Mention.Role.NUMBER, LDNS, "note.numericField");
            }
        } else if (Codes.upperToken(t, s, e) || t.startsWith("RCODE ", s)) {
            // kdig prints "Unused" or "Unknown" where there is no name: not codes
            Codes.name(ctx, out, line, t, s, e, Kind.RCODE, KNOT, false);
        }
    }

    /**
     * delv ";; resolution failed: ..." with an isc_result text: "ncache nxdomain" (NXDOMAIN), "ncache nxrrset"
     * (NODATA), or an RCODE name ("SERVFAIL"). Other reasons ("broken trust chain") are not codes.
     */
    private static void delv(ScanContext ctx, int line, String t, int s, List<Mention> out) {
        int e = trimEnd(t, s);
        if (e <= s) {
            return;
        }
        String msg = t.substring(s, e);
        if (msg.equals("ncache nxdomain")) {
            Codes.byId(ctx, out, line, t, s, e, "rcode:3", Mention.Role.NAME, BIND, null);
        } else if (msg.equals("ncache nxrrset")) {
            Codes.byId(ctx, out, line, t, s, e, NODATA, Mention.Role.NAME, BIND, null);
        } else if (Codes.upperToken(t, s, e) && !msg.equals("NXRRSET")) {
            // an isc_result that is an RCODE name ("SERVFAIL"); NXRRSET is left out: as a resolution result it
            // would mean NODATA, not the UPDATE prerequisite code
            Codes.name(ctx, out, line, t, s, e, Kind.RCODE, BIND, false);
        }
    }

    // ------------------------------------------------------------------------------------ host, nslookup, nsupdate

    /** host: "Host x not found: 3(NXDOMAIN)": the number and the name both mention the code. */
    private static void host(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        if (!t.startsWith("Host ", p) || t.indexOf(" not found: ", p) < 0) {
            return;
        }
        Matcher m = HOST.matcher(t);
        m.region(p, t.length());
        if (!m.lookingAt()) {
            return;
        }
        int v = Scans.parse(t, m.start(1), m.end(1));
        Entry e = v < 0 ? null : ctx.catalog().lookup(Kind.RCODE, v, false).orElse(null);
        if (e == null) {
            return;
        }
        if (unnamedInReply(m.group(2), e)) {
            // "22(?22)": both say the reply's RCODE was 22, which BIND has no name for outside TSIG
            Codes.add(out, line, t, m.start(1), m.end(1), e, Mention.Role.NUMBER, null, NOTE_UNNAMED_IN_REPLY);
            Codes.add(out, line, t, m.start(2), m.end(2), e, Mention.Role.NAME, null, NOTE_UNNAMED_IN_REPLY);
            return;
        }
        // unbound-host ends the line with a period and spells the name as Unbound does (unbound-host.c): "Host x not
        // found: 4(NOTIMPL)."; BIND's host has no period
        String tool = m.end() < t.length() && t.charAt(m.end()) == '.' ? UNBOUND : BIND;
        Codes.add(out, line, t, m.start(1), m.end(1), e, Mention.Role.NUMBER, tool, "note.numericField");
        Codes.add(out, line, t, m.start(2), m.end(2), e, Mention.Role.NAME, tool, null);
    }

    /**
     * delv (and a BIND cache dump pasted among dig output) prints a negative answer as a record: {@code ; name TTL IN
     * \\-AAAA ;-$NXRRSET} (the name exists, the type does not: NODATA) or {@code \\-ANY ;-$NXDOMAIN}.
     */
    private static void negativeRecord(ScanContext ctx, int line, String t, int s, List<Mention> out) {
        int e = Codes.tokenEnd(t, s);
        String id = Scans.negativeCacheId(t.substring(s, e));
        if (id != null) {
            Codes.byId(ctx, out, line, t, s, e, id, Mention.Role.NAME, BIND, null);
        }
    }

    /**
     * host -t AAAA: "x has no AAAA record" (Knot's khost: "Host x has no AAAA record"); unbound-host -v: "x has no
     * address", "has no IPv6 address", "has no mail handler record", with its DNSSEC verdict after it.
     */
    private static final Pattern HOST_NO_RECORD = Pattern.compile(
            "(?:Host )?(?=[^\\s;*]*\\.)[^\\s;*]{1,2049}+ (has no (?:[A-Z][A-Z0-9-]{0,15} record|address|IPv6 address"
                    + "|mail handler record|domain name ptr))( \\((?:secure|insecure)\\))?");
    /** The endings of the lines above, so that other lines with " has no " never reach the pattern. */
    private static final String[] NO_RECORD_ENDINGS = {" record", " has no address", " has no IPv6 address",
        " has no domain name ptr"};

    private static boolean hostNoRecordEnding(String t) {
        String u = t.endsWith(" (secure)") ? t.substring(0, t.length() - 9)
                : t.endsWith(" (insecure)") ? t.substring(0, t.length() - 11) : t;
        for (String e : NO_RECORD_ENDINGS) {
            if (u.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * host prints "x has no AAAA record" for a reply to a query of one type (-t) with NOERROR and no answer records
     * (bin/dig/host.c; any other RCODE prints "Host x not found: N(NAME)" instead): NODATA. The mention is the phrase;
     * the name must hold a dot, so that prose ("it has no MX record") is not read as host's output.
     */
    private static void hostNoRecord(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        Matcher m = HOST_NO_RECORD.matcher(t);
        m.region(p, t.length());
        if (m.matches()) {
            String phrase = m.group(1);
            // unbound-host's own phrases, and its DNSSEC verdict after any of them
            boolean unbound = m.group(2) != null || !phrase.endsWith(" record") || phrase.endsWith("handler record");
            String tool = t.startsWith("Host ", p) ? KNOT : unbound ? UNBOUND : BIND;
            Codes.byId(ctx, out, line, t, m.start(1), m.end(1), NODATA, Mention.Role.NAME, tool, null);
        }
    }

    /**
     * BIND nslookup "** server can't find x: NXDOMAIN" and "*** Can't find x: No answer" (NODATA); Windows nslookup
     * "*** dns.example can't find x: Non-existent domain". The message is everything after the last ": ".
     */
    private static void cantFind(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        if (t.indexOf("an't find ", p) < 0) {
            translatedCantFind(ctx, line, t, p, out);
            return;
        }
        Matcher m = CANT_FIND.matcher(t);
        m.region(p, t.length());
        if (!m.lookingAt()) {
            return;
        }
        int colon = t.lastIndexOf(": ");
        if (colon < m.end()) {
            return;
        }
        int s = colon + 2;
        int e = trimEnd(t, s);
        if (e <= s) {
            return;
        }
        String msg = t.substring(s, e);
        // BusyBox's nslookup (the one in most containers) prints BIND's lines too: its server address without '#'
        String tool = busyboxAbove(ctx, line) ? null : BIND;
        if (msg.equals("No answer")) {
            Codes.byId(ctx, out, line, t, s, e, NODATA, Mention.Role.NAME, tool, null);
            return;
        }
        if (Codes.upperToken(t, s, e)) {
            Codes.name(ctx, out, line, t, s, e, Kind.RCODE, tool, false);
            return;
        }
        for (String[] w : WINDOWS_PHRASES) {
            if (msg.equalsIgnoreCase(w[0])) {
                Codes.byId(ctx, out, line, t, s, e, w[1], Mention.Role.NAME, WINDOWS, null);
                return;
            }
        }
    }

    /**
     * Windows nslookup in another language translates "can't find" but keeps its message in English: "*** dns.google
     * ne parvient pas à trouver 22.146.54.58 : Non-existent domain", "*** UnKnown 找不到 smartdns: Server failed".
     * Whatever the words, the line starts with "*** ", has at least three words before the last ": " (the server,
     * the translated verb, the name) and ends with one of the messages, capitalised as nslookup prints it, so that
     * prose ("*** Note: refused") is not read as it.
     */
    private static void translatedCantFind(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        if (!t.startsWith("*** ", p)) {
            return;
        }
        int colon = t.lastIndexOf(": ");
        if (colon < p + 4 || colon - p > 300) {
            return;
        }
        int words = 0;
        for (int i = p + 4; i < colon; i++) {
            if (!Character.isWhitespace(t.charAt(i)) && (i == p + 4 || Character.isWhitespace(t.charAt(i - 1)))) {
                words++;
            }
        }
        int s = colon + 2;
        int e = trimEnd(t, s);
        if (words < 3 || e <= s || !Character.isUpperCase(t.charAt(s))) {
            return;
        }
        for (String[] w : WINDOWS_PHRASES) {
            if (e - s == w[0].length() && Character.toLowerCase(t.charAt(s)) == w[0].charAt(0)
                    && t.startsWith(w[0].substring(1), s + 1)) {
                // "Non-existent domain" is nslookup's alone; "*** WARNING from upstream: Refused" is not nslookup:
                // the other messages need nslookup's server lines above
                if (w[1].equals("rcode:3") || nslookupAbove(ctx, line)) {
                    Codes.byId(ctx, out, line, t, s, e, w[1], Mention.Role.NAME, WINDOWS, null);
                }
                return;
            }
        }
    }

    /**
     * dog (ogham/dog) prints a reply's error code on a line of its own above the records: "Status: NXDomain",
     * "Status: Server Failure" (and nothing for NOERROR). Only its own texts, in its case, as the whole line: a
     * "Status: ..." line is common elsewhere (HTTP, service managers).
     */
    private static void dogStatus(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        if (!t.startsWith("Status: ", p)) {
            return;
        }
        int s = p + 8;
        int e = trimEnd(t, s);
        for (String[] d : DOG_STATUS) {
            if (e - s == d[0].length() && t.startsWith(d[0], s)) {
                // "Status: Server Failure" is also a line of notes and tables: outside dig-like output only dog's
                // own spellings (NXDomain, Bad Version), or below a dog command
                boolean own = d[0].equals("NXDomain") || d[0].equals("Bad Version");
                if (own || ctx.dialect() == Dialect.DIG || dogAbove(ctx, line)) {
                    Codes.byId(ctx, out, line, t, s, e, d[1], Mention.Role.NAME, DOG, null);
                }
                return;
            }
        }
    }

    /** Whether one of the few lines above runs dog ("$ dog example.com", "dog example.com A"). */
    private static boolean dogAbove(ScanContext ctx, int line) {
        return nearestAbove(ctx, line, 5, x -> {
            String c = x.startsWith("$ ") || x.startsWith("> ") ? x.substring(2).strip()
                    : x.startsWith("`") ? x.substring(1).strip() : x;
            return c.startsWith("dog ");
        }) != null;
    }

    /**
     * Whether nslookup's server lines above are BusyBox's: "Address:" then the address with ":53" (BIND's nslookup
     * writes "#53"), so the lines below are not BIND's (the same words, another tool). An answer's Address: line has
     * no port: the search goes on above it.
     */
    private static boolean busyboxAbove(ScanContext ctx, int line) {
        String server = nearestAbove(ctx, line, 8,
                x -> x.startsWith("Address:") && (x.indexOf('#') >= 0 || x.endsWith(":53")));
        return server != null && server.indexOf('#') < 0;
    }

    /** Whether one of the few lines above is nslookup's "Address:" of its server (untranslated in every language). */
    private static boolean nslookupAbove(ScanContext ctx, int line) {
        return nearestAbove(ctx, line, 6, x -> x.startsWith("Address")) != null;
    }

    /** The nearest of the {@code n} lines above {@code line}, stripped, that passes {@code test}; null if none. */
    private static String nearestAbove(ScanContext ctx, int line, int n,
                                       java.util.function.Predicate<String> test) {
        for (int l = line - 1; l >= 0 && l >= line - n; l--) {
            String a = ctx.line(l);
            if (a != null && test.test(a.strip())) {
                return a.strip();
            }
        }
        return null;
    }

    /** The end of {@code t} without its trailing blanks, not before {@code s}. */
    private static int trimEnd(String t, int s) {
        int e = t.length();
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * nsupdate "update failed: REFUSED" and "update failed: NOTAUTH(BADSIG)": with a TSIG error in parentheses,
     * NOTAUTH is the TSIG meaning (Not Authorized) and the parenthesised name is the TSIG error.
     */
    private static void nsupdate(ScanContext ctx, int line, String t, int s, List<Mention> out) {
        int e = Codes.tokenEnd(t, s);
        if (!Codes.upperToken(t, s, e)) {
            return;
        }
        int ts = -1;
        int te = -1;
        int end = e;
        if (e < t.length() && t.charAt(e) == '(') {
            ts = e + 1;
            te = Codes.tokenEnd(t, ts);
            if (te <= ts || te >= t.length() || t.charAt(te) != ')') {
                return;
            }
            end = te + 1;
        }
        if (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            return;
        }
        boolean tsig = ts >= 0;
        Codes.name(ctx, out, line, t, s, e, Kind.RCODE, BIND, tsig);
        if (tsig) {
            tsigError(ctx, line, t, ts, te, out);
        }
    }

    /** A TSIG error field: a name (BADSIG) or a number (16 is BADSIG here). */
    private static void tsigError(ScanContext ctx, int line, String t, int s, int e, List<Mention> out) {
        if (Character.isDigit(t.charAt(s))) {
            int v = Scans.parse(t, s, e);
            Entry entry = v < 0 ? null : ctx.catalog().lookup(Kind.RCODE, v, true).orElse(null);
            if (entry == null) {
                return;
            }
            if (v == 16 || v == 9) {
                Codes.add(out, line, t, s, e, entry, Mention.Role.NUMBER, BIND, "note.tsigContext", "n",
                        Integer.toString(v), "name", entry.name());
            } else {
                Codes.add(out, line, t, s, e, entry, Mention.Role.NUMBER, BIND, "note.numericField");
            }
        } else if (t.startsWith("NOERROR", s) && e - s == 7) {
            // 0 there is no TSIG error, not the reply's status (whose hover would speak of NODATA and answers)
            Codes.byId(ctx, out, line, t, s, e, "rcode:0", Mention.Role.NAME, BIND, "note.tsigNoerror");
        } else {
            Codes.name(ctx, out, line, t, s, e, Kind.RCODE, BIND, true);
        }
    }

    /** A TSIG record line: mentions its error field. */
    private static void tsigRecord(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        int[] err = tsigErrorField(t, p);
        if (err != null) {
            tsigError(ctx, line, t, err[0], err[1], out);
        }
    }

    /**
     * The error field of a TSIG record ("key. 0 ANY TSIG hmac-sha256. 1700000000 300 32 MAC... 43575 BADSIG 0"), as
     * {start, end}, or null if the line is not a TSIG record. The error is the token between the original id and the
     * other-length number, after the algorithm, time, fudge, MAC size and MAC (whose base64 may be split by blanks).
     */
    static int[] tsigErrorField(String t, int p) {
        int k = t.indexOf(" TSIG", p);
        if (k < 0) {
            k = t.indexOf("\tTSIG", p);
        }
        if (k < 0 || k + 5 >= t.length() || !Character.isWhitespace(t.charAt(k + 5))) {
            return null;
        }
        // the class before the type must be ANY
        int b = k;
        while (b > p && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        if (b < p + 3 || !t.startsWith("ANY", b - 3) || b - 3 > p && !Character.isWhitespace(t.charAt(b - 4))) {
            return null;
        }
        int[] starts = new int[32];
        int[] ends = new int[32];
        int n = 0;
        int i = k + 5;
        while (i < t.length() && n < 32) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= t.length()) {
                break;
            }
            int s = i;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            starts[n] = s;
            ends[n] = i;
            n++;
        }
        // algorithm(0) time(1) fudge(2) macsize(3) mac(4..) origid error otherlen [other]; an empty MAC (size 0,
        // as in unsigned BADKEY replies) prints no MAC token
        if (n < 7 || !allDigits(t, starts[1], ends[1]) || !allDigits(t, starts[2], ends[2])
                || !allDigits(t, starts[3], ends[3])) {
            return null;
        }
        boolean noMac = Scans.parse(t, starts[3], ends[3]) == 0;
        for (int j = noMac ? 5 : 6; j + 1 < n; j++) {
            if (!allDigits(t, starts[j - 1], ends[j - 1]) || !allDigits(t, starts[j + 1], ends[j + 1])) {
                continue;
            }
            int otherLen = Scans.parse(t, starts[j + 1], ends[j + 1]);
            boolean last = j + 1 == n - 1;
            if (otherLen == 0 && !last || otherLen > 0 && last) {
                continue;
            }
            int s = starts[j];
            int e = ends[j];
            return allDigits(t, s, e) || Codes.upperToken(t, s, e) ? new int[] {s, e} : null;
        }
        return null;
    }

    /** True if the message whose header is at {@code line} carries a TSIG record with a non-zero error. */
    private static boolean tsigErrorFollows(ScanContext ctx, int line) {
        int limit = Math.min(ctx.lineCount() - 1, line + Scanner.MAX_CONTEXT);
        for (int i = line + 1; i <= limit; i++) {
            String l = ctx.line(i);
            if (l.length() > CAP) {
                l = l.substring(0, CAP);
            }
            if (Nodata.newMessage(l) || l.startsWith(";; MSG SIZE") || l.startsWith(";; Received ")) {
                return false;
            }
            if (l.indexOf("TSIG") < 0) {
                continue;
            }
            int[] f = tsigErrorField(l, Codes.skipBlanks(l, 0));
            if (f != null) {
                String v = l.substring(f[0], f[1]);
                return !(v.equals("0") || v.equals("NOERROR"));
            }
        }
        return false;
    }

    private static boolean allDigits(String t, int s, int e) {
        if (s >= e || e - s > 15) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- YAML and JSON

    /**
     * dig +yaml: "status: NXDOMAIN" and "opcode: QUERY" keys directly under "response_message_data:" or
     * "query_message_data:"; EDE as "INFO-CODE: 9 (DNSKEY Missing)".
     */
    private static void yaml(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        int q = p;
        if (t.startsWith("- ", q)) {
            q = Codes.skipBlanks(t, q + 2);
        }
        if (t.startsWith("INFO-CODE: ", q)) {
            ede(ctx, line, t, q + 11, BIND_EDE, false, false, out);
            return;
        }
        boolean status = t.startsWith("status: ", p);
        boolean opcode = !status && t.startsWith("opcode: ", p);
        if (!status && !opcode) {
            return;
        }
        String parent = yamlParent(ctx, line, p);
        if (parent == null) {
            return;
        }
        boolean response = parent.equals("response_message_data:");
        if (!response && !parent.equals("query_message_data:")) {
            return;
        }
        int s = p + 8;
        int e = trimEnd(t, s);
        if (e <= s || e - s > 24) {
            return;
        }
        if (opcode) {
            opcode(ctx, line, t, s, e, BIND, out);
            return;
        }
        String v = t.substring(s, e);
        Entry entry = Codes.resolve(ctx, v, Kind.RCODE, BIND, false);
        if (entry == null) {
            return;
        }
        if (unnamedInReply(v, entry)) {
            Codes.add(out, line, t, s, e, entry, Mention.Role.NAME, null, NOTE_UNNAMED_IN_REPLY);
            return;
        }
        if (response && entry.value() == 0 && !entry.isRange() && Nodata.yaml(ctx, line, p)
                && Codes.byId(ctx, out, line, t, s, e, NODATA, Mention.Role.INFERRED, BIND,
                "note.nodataInferred") != null) {
            return;
        }
        Codes.add(out, line, t, s, e, entry, Mention.Role.NAME, BIND, null);
    }

    /** The stripped text of the nearest line above with less indentation (the YAML parent key), or null. */
    private static String yamlParent(ScanContext ctx, int line, int indent) {
        for (int i = line - 1; i >= 0 && i >= line - 40; i--) {
            String l = ctx.line(i);
            if (l.length() > CAP) {
                return null;
            }
            int ind = Codes.indent(l);
            if (ind == l.length()) {
                continue;
            }
            if (ind < indent) {
                return l.strip();
            }
        }
        return null;
    }

    /**
     * RFC 8427 JSON as kdig +json prints it: "RCODE": 3 and "Opcode": 0, recognised only next to the RFC 8427
     * section counts ("QDCOUNT", "ANCOUNT") on the same line or within a few lines. kdig adds its EDNS object
     * (src/utils/common/exec.c): there "RCODE" is the whole RCODE's name ("RCODE": "BADVERS"), a mention only where
     * the OPT record adds to the header (above 15), as with the text form's ext-rcode; and each EDE option is an
     * object {"CODE": 18, "Purpose": "Prohibited", "TEXT": "..."} ("Purpose" only for a code kdig has a name for),
     * one key a line as kdig prints it, or on one line once compacted.
     */
    private static void json(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        // one search finds the keys that end in DE": "RCODE" and kdig's "EDE" and "CODE" (JSON-lines logs pass here)
        int r = -1;
        boolean ede = false;
        for (int i = t.indexOf("DE\":", p); i >= 0; i = t.indexOf("DE\":", i + 4)) {
            if (i >= 4 && t.startsWith("\"RCO", i - 4)) {
                r = r < 0 ? i - 4 : r;
            } else if (i >= 3 && t.startsWith("\"CO", i - 3) || i >= 2 && t.startsWith("\"E", i - 2)) {
                ede = true;
            }
        }
        int o = quotedKey(t, "Opcode\":");
        if ((r >= 0 || o >= 0) && rfc8427(ctx, line, t)) {
            if (r >= 0) {
                int s = Codes.skipBlanks(t, r + 8);
                int e = Codes.digitsEnd(t, s);
                if (e > s && (e == t.length() || !Scans.wordChar(t.charAt(e)))) {
                    Scans.number(ctx, out, line, t, s, e, Kind.RCODE, false, null, "note.numericField");
                }
            }
            if (o >= 0) {
                int s = Codes.skipBlanks(t, o + 9);
                int e = Codes.digitsEnd(t, s);
                if (e > s && (e == t.length() || !Scans.wordChar(t.charAt(e)))) {
                    Scans.number(ctx, out, line, t, s, e, Kind.OPCODE, false, null, null);
                }
            }
        }
        for (int k = r; k >= 0; k = quotedKey(t, "RCODE\":", k + 8)) {
            ednsRcode(ctx, line, t, k, p, out);
        }
        if (ede) {
            jsonEde(ctx, line, t, p, out);
        }
        if (t.startsWith("\"Purpose\":", p)) {
            jsonPurpose(ctx, line, t, p, out);
        }
    }

    /** A string under "RCODE" at {@code k} inside kdig's "EDNS" object: the name of the whole RCODE. */
    private static void ednsRcode(ScanContext ctx, int line, String t, int k, int p, List<Mention> out) {
        int s = Codes.skipBlanks(t, k + 8);
        if (s >= t.length() || t.charAt(s) != '"') {
            return;
        }
        s++;
        int e = t.indexOf('"', s);
        if (e <= s || !Codes.upperToken(t, s, e) || !inEdns(ctx, line, t, k, p)) {
            return;
        }
        Entry entry = Codes.resolve(ctx, t.substring(s, e), Kind.RCODE, KNOT, false);
        if (entry != null && entry.value() > 15) {
            Codes.add(out, line, t, s, e, entry, Mention.Role.NAME, KNOT, null);
        }
    }

    /**
     * True if the key at {@code k} belongs to an "EDNS" object: opened earlier on the line with nothing closed since,
     * or (one key a line) the nearest line above with less indentation opens it.
     */
    private static boolean inEdns(ScanContext ctx, int line, String t, int k, int p) {
        int x = t.lastIndexOf("\"EDNS\":", k);
        if (x >= 0) {
            return t.indexOf('}', x) < 0 || t.indexOf('}', x) > k;
        }
        if (k != p) {
            return false;
        }
        String parent = jsonParent(ctx, line, p);
        return parent != null && parent.endsWith("{") && parent.startsWith("\"EDNS\":");
    }

    /** The stripped text of the nearest line above with less indentation than {@code indent} (the parent), or null. */
    private static String jsonParent(ScanContext ctx, int line, int indent) {
        for (int i = line - 1; i >= 0 && i >= line - 40; i--) {
            String l = ctx.line(i);
            if (l.length() > CAP) {
                return null;
            }
            int ind = Codes.indent(l);
            if (ind < l.length() && ind < indent) {
                return l.strip();
            }
        }
        return null;
    }

    /** The stripped text of the nearest non-blank line above {@code line}, or null. */
    private static String previousLine(ScanContext ctx, int line) {
        for (int i = line - 1; i >= 0 && i >= line - 3; i--) {
            String l = ctx.line(i);
            if (l.length() > CAP) {
                return null;
            }
            if (!l.isBlank()) {
                return l.strip();
            }
        }
        return null;
    }

    /** True if a (stripped) line ends by opening an "EDE" object: {@code "EDE": {}. */
    private static boolean opensEde(String l) {
        if (l == null || !l.endsWith("{")) {
            return false;
        }
        int x = l.lastIndexOf("\"EDE\":");
        return x >= 0 && Codes.skipBlanks(l, x + 6) == l.length() - 1;
    }

    /**
     * kdig's EDE objects: {@code "EDE": {"CODE": 18, "Purpose": "Prohibited"}} on one line, or the {@code "CODE": 18}
     * line right below a line that opens {@code "EDE": {}.
     */
    private static void jsonEde(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        if (t.startsWith("\"CODE\":", p)) {
            if (opensEde(previousLine(ctx, line))) {
                edeCode(ctx, line, t, p, out);
            }
            return;
        }
        for (int k = quotedKey(t, "EDE\":"); k >= 0; k = quotedKey(t, "EDE\":", k + 6)) {
            int i = Codes.skipBlanks(t, k + 6);
            if (i < t.length() && t.charAt(i) == '{') {
                i = Codes.skipBlanks(t, i + 1);
                if (t.startsWith("\"CODE\":", i)) {
                    edeCode(ctx, line, t, i, out);
                }
            }
        }
    }

    /** {@code "CODE": 18} at {@code c}, and a {@code "Purpose"} right after it on the same line. */
    private static void edeCode(ScanContext ctx, int line, String t, int c, List<Mention> out) {
        int s = Codes.skipBlanks(t, c + 7);
        int e = Codes.digitsEnd(t, s);
        if (e == s || e < t.length() && Scans.wordChar(t.charAt(e))) {
            return;
        }
        Entry entry = Scans.number(ctx, out, line, t, s, e, Kind.EDE, false, KNOT, "note.edeNumber");
        if (entry == null) {
            return;
        }
        int i = Codes.skipBlanks(t, e);
        if (i < t.length() && t.charAt(i) == ',') {
            i = Codes.skipBlanks(t, i + 1);
            if (t.startsWith("\"Purpose\":", i)) {
                purpose(t, i, line, entry, out);
            }
        }
    }

    /** A {@code "Purpose": "Prohibited"} line below the {@code "CODE": 18} line of an EDE object. */
    private static void jsonPurpose(ScanContext ctx, int line, String t, int p, List<Mention> out) {
        if (line < 2) {
            return;
        }
        String code = previousLine(ctx, line);
        if (code == null || !code.startsWith("\"CODE\":")) {
            return;
        }
        // the CODE line's own line above must open the EDE object
        int codeLine = line - 1;
        while (codeLine > 0 && ctx.line(codeLine).isBlank()) {
            codeLine--;
        }
        if (!opensEde(previousLine(ctx, codeLine))) {
            return;
        }
        int s = Codes.skipBlanks(code, 7);
        int e = Codes.digitsEnd(code, s);
        int v = Scans.parse(code, s, e);
        Entry entry = v < 0 ? null : ctx.catalog().lookup(Kind.EDE, v, false).orElse(null);
        if (entry != null) {
            purpose(t, p, line, entry, out);
        }
    }

    /** The name in {@code "Purpose": "Name"} at {@code i}, as a NAME mention of {@code entry}. */
    private static void purpose(String t, int i, int line, Entry entry, List<Mention> out) {
        int s = Codes.skipBlanks(t, i + 10);
        if (s >= t.length() || t.charAt(s) != '"') {
            return;
        }
        s++;
        int e = t.indexOf('"', s);
        if (e > s && e - s <= 80) {
            Codes.add(out, line, t, s, e, entry, Mention.Role.NAME, KNOT, null);
        }
    }

    /**
     * The index of {@code "key":} in t (given as {@code key":}), or -1. The search leaves out the opening quote: in a
     * JSON line quotes are everywhere, and a search that starts with one stops at each of them.
     */
    private static int quotedKey(String t, String keyColon) {
        return quotedKey(t, keyColon, 0);
    }

    /** Like {@link #quotedKey(String, String)}, searching from {@code from}. */
    private static int quotedKey(String t, String keyColon, int from) {
        int i = t.indexOf(keyColon, Math.max(1, from + 1));
        while (i > 0 && t.charAt(i - 1) != '"') {
            i = t.indexOf(keyColon, i + 1);
        }
        return i > 0 ? i - 1 : -1;
    }

    private static boolean rfc8427(ScanContext ctx, int line, String t) {
        if (t.contains("\"QDCOUNT\"") || t.contains("\"ANCOUNT\"")) {
            return true;
        }
        int n = ctx.lineCount();
        for (int i = Math.max(0, line - 20); i < n && i <= line + 20; i++) {
            if (i == line) {
                continue;
            }
            String l = ctx.line(i);
            if (l.length() <= CAP && (l.contains("\"QDCOUNT\"") || l.contains("\"ANCOUNT\""))) {
                return true;
            }
        }
        return false;
    }
}
