package org.rcodels.server.scan.log;

import java.util.List;
import java.util.Map;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Tool;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Wireshark and tshark text output (the DNS dissector, packet-dns.c), which spells RCODEs with its own value strings
 * ("No such name", "Server failure", "Not authoritative"...: the {@code wireshark} tool of spellings.json):
 * <ul>
 *   <li>the Info column of the packet list, {@code Standard query response 0x1234 No such name A x.example SOA ...}
 *   (older versions put a comma after the id). The opcode's name comes before {@code response}; NOERROR is not
 *   printed there, so a response without an error names no code. The header RCODE has 4 bits: only 1-15 appear here, and
 *   a value without a name is printed {@code Unknown error (12)}, whose number is the mention;</li>
 *   <li>{@code tshark -V}: the flags summary {@code Flags: 0x8183 Standard query response, No such name} (same rules,
 *   but {@code , No error} is printed here and is a mention of NOERROR)
 *   and the bit field {@code .... .... .... 0011 = Reply code: No such name (3)}. There the mention is the name, which
 *   must agree with the number after it (so {@code No error (0)} is a mention too); the number is the mention only
 *   when Wireshark has no name for the value ({@code Unknown (12)});</li>
 *   <li>display filters written in text: {@code dns.flags.rcode == 3}, {@code dns.flags.rcode != 0},
 *   {@code dns.flags.rcode in {2 5}} (the header RCODE, 0-15) and {@code dns.tsig.error == 16} (the TSIG error field,
 *   0-65535, where 16 is BADSIG and 9 Not Authorized). The numbers are the mentions.</li>
 * </ul>
 * Frame numbers, times, transaction ids, lengths and record data are never mentions.
 */
final class TsharkRule implements LogRule {
    static final String TOOL = "wireshark";

    private static final String INFO = " response 0x";
    private static final String FLAGS = " response, ";
    private static final String REPLY_CODE = "Reply code: ";
    private static final String RCODE_FIELD = "dns.flags.rcode";
    private static final String TSIG_FIELD = "dns.tsig.error";

    /** How the names of the opcodes end (packet-dns.c opcode_vals): "Standard query", "Dynamic update"... */
    private static final String[] OPCODE_ENDINGS = {"query", "request", "notification", "update", "operation", ")"};

    /** Wireshark's text for a header RCODE it has no name for. */
    private static final String UNKNOWN = "Unknown error (";

    /** The comparison operators of display filters after which a number is the field's value. */
    private static final String[] OPERATORS = {"===", "!==", "==", "!=", "eq ", "ne ", "in {"};

    @Override
    public List<String> anchors() {
        return List.of(INFO, FLAGS, REPLY_CODE, RCODE_FIELD, TSIG_FIELD);
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(INFO) || t.contains(FLAGS) || t.contains(REPLY_CODE) || t.contains(RCODE_FIELD)
                || t.contains(TSIG_FIELD);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        summary(ctx, out, line, t);
        replyCode(ctx, out, line, t);
        filter(ctx, out, line, t, RCODE_FIELD, false);
        filter(ctx, out, line, t, TSIG_FIELD, true);
    }

    // --------------------------------------------------------------------------- Info column and -V flags summary

    /**
     * "&lt;opcode&gt; response 0x1234 &lt;rcode&gt;" (Info column, also with ", " after the id) and "&lt;opcode&gt;
     * response, &lt;rcode&gt;" (the -V flags summary). At most one per line: a packet has one header.
     */
    private static void summary(ScanContext ctx, List<Mention> out, int line, String t) {
        int from = 0;
        int r;
        while ((r = t.indexOf(" response", from)) >= 0) {
            from = r + 1;
            if (!afterOpcode(t, r)) {
                continue;
            }
            int p = r + " response".length();
            if (t.startsWith(" 0x", p)) {
                int h = p + 3;
                int e = h;
                while (e < t.length() && e - h < 4 && hex(t.charAt(e))) {
                    e++;
                }
                if (e - h != 4 || e < t.length() && Scans.wordChar(t.charAt(e))) {
                    continue;
                }
                if (t.startsWith(", ", e)) {
                    p = e + 2;
                } else if (t.startsWith(" ", e)) {
                    p = e + 1;
                } else {
                    continue;
                }
            } else if (t.startsWith(", ", p)) {
                p += 2;
            } else {
                continue;
            }
            if (headerRcode(ctx, out, line, t, p)) {
                return;
            }
        }
    }

    /** True if the text before {@code r} (" response") ends with the name of an opcode. */
    private static boolean afterOpcode(String t, int r) {
        for (String end : OPCODE_ENDINGS) {
            int s = r - end.length();
            if (s >= 0 && t.startsWith(end, s) && (end.equals(")") || LogMentions.wordStart(t, s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header RCODE text at {@code p}: a Wireshark name of a value 0-15 (the header field has 4 bits, so the names
     * of 16 and above cannot be there) followed by the end of the text or a non-letter, or "Unknown error (n)". Adds
     * the mention; false if there is none.
     */
    private static boolean headerRcode(ScanContext ctx, List<Mention> out, int line, String t, int p) {
        Entry best = null;
        int bestEnd = -1;
        Tool tool = ctx.catalog().tool(TOOL).orElse(null);
        if (tool != null) {
            for (Map.Entry<String, List<String>> n : tool.names().entrySet()) {
                for (String s : n.getValue()) {
                    int e = p + s.length();
                    if (e <= bestEnd || !t.startsWith(s, p) || e < t.length() && Character.isLetter(t.charAt(e))) {
                        continue;
                    }
                    Entry entry = ctx.catalog().byId(n.getKey()).orElse(null);
                    if (entry != null && entry.kind() == Kind.RCODE && !entry.tsigContext() && !entry.isRange()
                            && entry.value() <= 15) {
                        best = entry;
                        bestEnd = e;
                    }
                }
            }
        }
        if (best != null) {
            out.add(new Mention(line, p, bestEnd, best, t.substring(p, bestEnd), Mention.Role.NAME, TOOL, null, null));
            return true;
        }
        if (t.startsWith(UNKNOWN, p)) {
            int s = p + UNKNOWN.length();
            int e = LogMentions.digitsEnd(t, s);
            int v = Scans.parse(t, s, e);
            if (v >= 0 && v <= 15 && e < t.length() && t.charAt(e) == ')') {
                return LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD) != null;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------ -V "Reply code:" field

    /** ".... .... .... 0011 = Reply code: No such name (3)": the name, which must agree with the number. */
    private static void replyCode(ScanContext ctx, List<Mention> out, int line, String t) {
        int k = t.indexOf(REPLY_CODE);
        if (k < 2 || !t.startsWith("= ", k - 2)) {
            return; // only the bit field form of tshark -V
        }
        int p = k + REPLY_CODE.length();
        int open = t.indexOf(" (", p);
        if (open <= p || open - p > 48) {
            return;
        }
        int s = open + 2;
        int e = LogMentions.digitsEnd(t, s);
        int v = Scans.parse(t, s, e);
        if (v < 0 || v > 15 || e >= t.length() || t.charAt(e) != ')') {
            return;
        }
        int before = out.size();
        if (headerRcode(ctx, out, line, t, p)) {
            Mention m = out.get(out.size() - 1);
            // the name must be all of the text before " (n)", and name the value n
            if (m.role() == Mention.Role.NAME && (m.end() != open || m.entry().value() != v)) {
                out.subList(before, out.size()).clear();
            }
            return;
        }
        if (t.startsWith("Unknown", p)) {
            // a value Wireshark has no name for: the number is the code (other names are not this field's)
            LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD);
        }
    }

    // ----------------------------------------------------------------------------------------- display filters

    /**
     * "dns.flags.rcode == 3", "dns.flags.rcode!=0", "dns.flags.rcode in {2 5}", "dns.tsig.error eq 16". The number
     * must be a value of the field: 0-15 for the header RCODE, any 16-bit value for the TSIG error.
     */
    private static void filter(ScanContext ctx, List<Mention> out, int line, String t, String field, boolean tsig) {
        int from = 0;
        int k;
        while ((k = t.indexOf(field, from)) >= 0) {
            from = k + field.length();
            if (k > 0 && (Scans.wordChar(t.charAt(k - 1)) || t.charAt(k - 1) == '.')
                    || from < t.length() && (Scans.wordChar(t.charAt(from)) || t.charAt(from) == '.')) {
                continue;
            }
            int p = skipSpaces(t, from);
            String op = null;
            for (String o : OPERATORS) {
                if (t.startsWith(o, p)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                continue;
            }
            p = skipSpaces(t, p + op.length());
            if (!op.equals("in {")) {
                filterValue(ctx, out, line, t, p, tsig);
                continue;
            }
            // a set: numbers separated by blanks or commas, up to "}"; ranges (2..5) are not values
            while (p < t.length() && t.charAt(p) != '}') {
                int e = p;
                while (e < t.length() && " ,}".indexOf(t.charAt(e)) < 0) {
                    e++;
                }
                filterValue(ctx, out, line, t, p, tsig);
                p = e;
                while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == ',')) {
                    p++;
                }
            }
        }
    }

    /** The decimal value at {@code p} if it is a whole token and a value of the field. */
    private static void filterValue(ScanContext ctx, List<Mention> out, int line, String t, int p, boolean tsig) {
        int e = LogMentions.digitsEnd(t, p);
        if (e == p || e < t.length() && (Scans.wordChar(t.charAt(e)) || t.charAt(e) == '.')) {
            return;
        }
        int v = Scans.parse(t, p, e);
        if (v < 0 || !tsig && v > 15) {
            return;
        }
        if (!tsig) {
            LogMentions.number(ctx, out, line, t, p, e, TOOL, LogMentions.NUMERIC_FIELD);
            return;
        }
        Entry entry = ctx.catalog().lookup(Kind.RCODE, v, true).orElse(null);
        if (entry == null) {
            return;
        }
        String note = v == 16 || v == 9 ? "note.tsigContext" : LogMentions.NUMERIC_FIELD;
        List<String> args = v == 16 || v == 9 ? List.of("n", Integer.toString(v), "name", entry.name()) : List.of();
        out.add(new Mention(line, p, e, entry, t.substring(p, e), Mention.Role.NUMBER, TOOL, note, args));
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
