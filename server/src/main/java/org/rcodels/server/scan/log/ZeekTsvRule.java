package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;

/**
 * Zeek dns.log in its tab-separated form. The {@code #fields} header names the columns; under it the {@code rcode}
 * column holds the numeric RCODE and {@code rcode_name} Zeek's name for it (NXDOMAIN, NXRRSet, unassigned-11,
 * rcode-N). The header is looked for at most {@link Scanner#MAX_CONTEXT} lines up, so only data lines that close to
 * the top of the file can use it; further down, the name is still recognised from the shape of the default columns
 * ({@code qclass_name qtype qtype_name rcode rcode_name}, as in {@code C_INTERNET 1 A 3 NXDOMAIN}) when the number and
 * the name agree, and the bare number is then left alone. Zeek fills rcode from the header's 4-bit field, so the
 * column holds 0 to 15 only (its name table's 16-23 and 3842, a stand-in for the TSIG BADSIG, never reach dns.log).
 * A line pasted with its tabs turned into spaces is read by the same shape, spaces for tabs.
 */
final class ZeekTsvRule implements LogRule {
    private static final String TOOL = "zeek";
    private static final String FIELDS = "#fields\t";

    private static final Pattern SHAPE = Pattern.compile(
            "\tC_[A-Z]+\t\\d{1,5}\t[^\t]{1,32}\t(\\d{1,5})\t([^\t]{1,32})(?=\t|$)");
    /**
     * The same columns in a dns.log pasted where its tabs became spaces (a ticket, a chat): only the shape, since
     * fields are no longer told apart from the blanks around them.
     */
    private static final Pattern SPACED_SHAPE = Pattern.compile(
            "(?<=\\S) +C_[A-Z]+ +\\d{1,5} +\\S{1,32} +(\\d{1,5}) +(\\S{1,32})(?= |$)");
    private static final String SPACED_CLASS = " C_";

    @Override
    public List<String> anchors() {
        return List.of("\t", SPACED_CLASS);
    }

    @Override
    public boolean accepts(String t) {
        return (t.indexOf('\t') > 0 || t.contains(SPACED_CLASS)) && t.charAt(0) != '#';
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int[] cols = line <= Scanner.MAX_CONTEXT ? header(ctx, line) : null;
        if (cols != null) {
            byColumns(ctx, out, line, t, cols[0], cols[1]);
            return;
        }
        Matcher m = shape(t);
        if (m == null) {
            return;
        }
        int v = Integer.parseInt(m.group(1));
        List<Mention> found = new java.util.ArrayList<>(1);
        Entry e = LogMentions.rcodeNameOrNumbered(ctx, found, line, t, m.start(2), m.end(2), TOOL, "rcode-");
        if (e != null && e.contains(v)) {
            out.addAll(found);
        }
    }

    /**
     * A data line under a #fields header, or one with the shape of the default columns: its fields are Zeek's, so a
     * name whose number disagrees is left alone.
     */
    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        return shape(t) != null || line <= Scanner.MAX_CONTEXT && header(ctx, line) != null;
    }

    /** The default columns' shape found in the line, with tabs or (in a line without tabs) spaces; else null. */
    private static Matcher shape(String t) {
        Matcher m = t.contains("\tC_") ? SHAPE.matcher(t)
                : t.indexOf('\t') < 0 && t.contains(SPACED_CLASS) ? SPACED_SHAPE.matcher(t) : null;
        return m != null && m.find() ? m : null;
    }

    /** The column indexes of rcode and rcode_name from the nearest #fields line above, or null. */
    private static int[] header(ScanContext ctx, int line) {
        for (int i = line - 1; i >= 0 && line - i <= Scanner.MAX_CONTEXT; i--) {
            String l = ctx.line(i);
            if (!l.startsWith(FIELDS)) {
                continue;
            }
            int rcode = -1;
            int name = -1;
            int col = 0;
            int s = FIELDS.length();
            while (s <= l.length()) {
                int e = l.indexOf('\t', s);
                if (e < 0) {
                    e = l.length();
                }
                String f = l.substring(s, e);
                if (f.equals("rcode")) {
                    rcode = col;
                } else if (f.equals("rcode_name")) {
                    name = col;
                }
                col++;
                s = e + 1;
            }
            return rcode >= 0 || name >= 0 ? new int[] {rcode, name} : null;
        }
        return null;
    }

    private static void byColumns(ScanContext ctx, List<Mention> out, int line, String t, int rcodeCol,
                                  int nameCol) {
        int col = 0;
        int s = 0;
        while (s <= t.length() && col <= Math.max(rcodeCol, nameCol)) {
            int e = t.indexOf('\t', s);
            if (e < 0) {
                e = t.length();
            }
            if (e > s && !(e == s + 1 && t.charAt(s) == '-')) {
                if (col == rcodeCol) {
                    LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD);
                } else if (col == nameCol) {
                    LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "rcode-");
                }
            }
            col++;
            s = e + 1;
        }
    }
}
