package org.rcodels.server.scan.output;

import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * Decides whether a "status: NOERROR" header belongs to a NODATA reply: a response (qr flag) to a QUERY (opcode 0),
 * not truncated (no tc flag), with a question and ANSWER: 0 on the flags line that follows the header. NODATA is the answer to a
 * query (RFC 2308): a NOTIFY answer always has no answer records (RFC 1996), and a truncated reply with no records
 * says only that the answer did not fit (the client retries over TCP). UPDATE needs no rule: its flags line counts
 * ZONE, PREREQ and UPDATE, with no ANSWER. Two look-aheads keep the inference honest:
 * <ul>
 * <li>a non-authoritative reply whose authority section holds NS records and no SOA is a referral, not NODATA;</li>
 * <li>an ldns/kdig {@code ext-rcode:} other than 0 means the full RCODE is not NOERROR (drill prints the 4-bit
 * header value in {@code rcode:} and the combined value apart).</li>
 * </ul>
 * Without the flags line nothing is inferred.
 */
final class Nodata {
    private Nodata() {
    }

    private static final int CAP = Scanner.MAX_LINE;

    /** The facts of a flags line; {@code question} is the QUERY count, -1 if the line has none. */
    record Flags(boolean qr, boolean aa, boolean tc, int question, int answer, int authority) {
    }

    /** Reads a dig/kdig/drill/miekg flags line: ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ...". */
    static Flags flags(String l) {
        int f = l.indexOf("flags:");
        if (f < 0) {
            f = l.indexOf("Flags:");
        }
        if (f < 0 || l.indexOf(';') < 0 || l.indexOf(';') > f) {
            return null;
        }
        int answer = Codes.intAfter(l, "ANSWER:", f);
        if (answer < 0) {
            return null;
        }
        int from = f + 6;
        int to = l.indexOf(';', from);
        int q = l.indexOf("QUERY:", from);
        if (to < 0 || q >= 0 && q < to) {
            to = q;
        }
        if (to < 0) {
            return null;
        }
        return new Flags(Codes.hasToken(l, from, to, "qr"), Codes.hasToken(l, from, to, "aa"),
                Codes.hasToken(l, from, to, "tc"), Codes.intAfter(l, "QUERY:", f), answer,
                Codes.intAfter(l, "AUTHORITY:", f));
    }

    private static String line(ScanContext ctx, int i) {
        String s = ctx.line(i);
        return s.length() > CAP ? s.substring(0, CAP) : s;
    }

    /** True if a line starts another message: a new header (a miekg one may follow a log prefix, as dnsproxy's). */
    static boolean newMessage(String l) {
        return l.contains("->>HEADER<<-") || l.contains(";; opcode:");
    }

    /**
     * For a text header at {@code line} with status NOERROR: is it NODATA? The caller has checked that the header's
     * opcode is QUERY.
     */
    static boolean textHeader(ScanContext ctx, int line) {
        int n = ctx.lineCount();
        Flags fl = null;
        int flagsLine = -1;
        for (int i = line + 1; i <= line + 3 && i < n; i++) {
            String l = line(ctx, i);
            if (newMessage(l)) {
                return false;
            }
            Flags f = flags(l);
            if (f != null) {
                fl = f;
                flagsLine = i;
                break;
            }
        }
        // no question (dig +header-only, QUERY: 0): no type was asked for, so nothing can be NODATA
        if (fl == null || !fl.qr() || fl.tc() || fl.answer() != 0 || fl.question() == 0) {
            return false;
        }
        boolean checkReferral = !fl.aa() && fl.authority() > 0;
        int limit = Math.min(n - 1, line + Scanner.MAX_CONTEXT);
        for (int i = flagsLine + 1; i <= limit; i++) {
            String l = line(ctx, i);
            if (newMessage(l) || l.startsWith(";; MSG SIZE") || l.startsWith(";; Received ")) {
                break;
            }
            int x = l.indexOf("ext-rcode: ");
            if (x >= 0 && extNonZero(l, x + 11)) {
                return false;
            }
            if (checkReferral && l.contains("AUTHORITY SECTION:")) {
                if (referral(ctx, i + 1, limit)) {
                    return false;
                }
                checkReferral = false;
            }
        }
        return true;
    }

    /**
     * For a dig +yaml {@code status: NOERROR} key at {@code line} with the given indentation: is it NODATA? Its
     * sibling keys say: {@code opcode: QUERY} (above it, as dig prints it), {@code flags:} with qr and without tc,
     * {@code ANSWER: 0}.
     */
    static boolean yaml(ScanContext ctx, int line, int indent) {
        if (!yamlQuery(ctx, line, indent)) {
            return false;
        }
        int n = ctx.lineCount();
        boolean qr = false;
        boolean aa = false;
        boolean tc = false;
        boolean sawFlags = false;
        int answer = -1;
        int authority = -1;
        int i = line + 1;
        for (; i < n && i <= line + 16; i++) {
            String l = line(ctx, i);
            int ind = Codes.indent(l);
            if (ind == l.length()) {
                continue;
            }
            if (ind < indent) {
                break;
            }
            if (ind > indent) {
                continue;
            }
            if (l.startsWith("flags:", ind)) {
                sawFlags = true;
                qr = Codes.hasToken(l, ind + 6, l.length(), "qr");
                aa = Codes.hasToken(l, ind + 6, l.length(), "aa");
                tc = Codes.hasToken(l, ind + 6, l.length(), "tc");
            } else if (l.startsWith("ANSWER:", ind)) {
                answer = Codes.intAfter(l, "ANSWER:", ind);
            } else if (l.startsWith("AUTHORITY:", ind)) {
                authority = Codes.intAfter(l, "AUTHORITY:", ind);
            }
        }
        if (!sawFlags || !qr || tc || answer != 0) {
            return false;
        }
        if (aa || authority <= 0) {
            return true;
        }
        int limit = Math.min(n - 1, line + Scanner.MAX_CONTEXT);
        for (int j = line + 1; j <= limit; j++) {
            String l = line(ctx, j);
            int ind = Codes.indent(l);
            if (ind == l.length()) {
                continue;
            }
            if (ind < indent) {
                break;
            }
            if (ind == indent && l.startsWith("AUTHORITY_SECTION:", ind)) {
                return !referral(ctx, j + 1, limit);
            }
        }
        return true;
    }

    /** True if the YAML key at {@code line} has a sibling {@code opcode: QUERY} (dig prints it first, above status). */
    private static boolean yamlQuery(ScanContext ctx, int line, int indent) {
        int n = ctx.lineCount();
        for (int step = -1; step <= 1; step += 2) {
            for (int i = line + step; i >= 0 && i < n && Math.abs(i - line) <= 16; i += step) {
                String l = line(ctx, i);
                int ind = Codes.indent(l);
                if (ind == l.length() || ind > indent) {
                    continue;
                }
                if (ind < indent) {
                    break;
                }
                if (l.startsWith("opcode:", ind)) {
                    return l.substring(ind + 7).strip().equals("QUERY");
                }
            }
        }
        return false;
    }

    /** True for an ext-rcode value that is not zero ("16", "BADVERS"; not "0", "NOERROR", "Unused"). */
    private static boolean extNonZero(String l, int s) {
        int e = s;
        while (e < l.length() && l.charAt(e) != ' ' && l.charAt(e) != ';' && l.charAt(e) != ',') {
            e++;
        }
        String v = l.substring(s, e);
        return !(v.isEmpty() || v.equals("0") || v.equalsIgnoreCase("NOERROR") || v.equals("Unused"));
    }

    /** Reads the authority records from {@code from}: true if they are NS records without an SOA (a referral). */
    private static boolean referral(ScanContext ctx, int from, int limit) {
        boolean ns = false;
        for (int i = from; i <= limit && i < from + 64; i++) {
            String l = line(ctx, i).strip();
            if (l.startsWith("- ")) {
                l = l.substring(2).strip();
                if (l.length() > 1 && (l.charAt(0) == '"' || l.charAt(0) == '\'')) {
                    l = l.substring(1);
                }
            } else if (l.endsWith(":") && l.indexOf(' ') < 0) {
                break;
            }
            if (l.isEmpty() || l.startsWith(";")) {
                break;
            }
            String type = rrType(l);
            if ("SOA".equals(type)) {
                return false;
            }
            if ("NS".equals(type)) {
                ns = true;
            }
        }
        return ns;
    }

    /** The RR type of a presentation-format record line "owner ttl class type rdata", looked for among fields 2-5. */
    private static String rrType(String l) {
        int field = 0;
        int i = 0;
        int len = l.length();
        while (i < len && field < 5) {
            while (i < len && Character.isWhitespace(l.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < len && !Character.isWhitespace(l.charAt(i))) {
                i++;
            }
            if (s == i) {
                break;
            }
            if (field >= 1) {
                String tok = l.substring(s, i);
                if (tok.equals("SOA") || tok.equals("NS")) {
                    return tok;
                }
            }
            field++;
        }
        return null;
    }
}
