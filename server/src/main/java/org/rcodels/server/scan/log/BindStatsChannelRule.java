package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * BIND's statistics channel (bin/named/statschannel.c), other than the {@code Qry...} counters that
 * {@link BindLogRule} reads:
 * <ul>
 *   <li>XML {@code <counter name="NXDOMAIN">23</counter>} inside {@code <counters type="resstats">} (answers the
 *   resolver received) or {@code <counters type="rcode">} (the server's answers, named by dns_rcode_totext; a value
 *   without a name is its number there, {@code <counter name="17">}). Other counter groups name opcodes (RESERVED3)
 *   and types, and a zone's {@code type="rcode"} group holds Qry... names;</li>
 *   <li>the counter names SynthNXDOMAIN, SynthNODATA, BadEDNSVersion and BadCookieRcode, in XML or JSON.</li>
 * </ul>
 */
final class BindStatsChannelRule implements LogRule {
    private static final String TOOL = BindStatsRule.TOOL;

    /** Counter names (XML and JSON) that count one code. */
    private static final String[][] COUNTERS = {
        {"SynthNXDOMAIN", "rcode:3"}, {"SynthNODATA", "pseudo:nodata"}, {"BadEDNSVersion", "rcode:16:badvers"},
        {"BadCookieRcode", "rcode:23"},
    };

    private static final String XML_COUNTER = "<counter name=\"";
    private static final String XML_GROUP = "<counters type=\"";
    private static final String XML_GROUP_END = "</counters>";

    /** How far above a counter its group's opening tag may be (BIND's largest group has about 70 counters). */
    private static final int LOOK_BACK = 120;

    @Override
    public List<String> anchors() {
        List<String> a = new ArrayList<>();
        a.add(XML_COUNTER);
        for (String[] c : COUNTERS) {
            a.add(c[0]);
        }
        return a;
    }

    @Override
    public boolean accepts(String t) {
        if (t.contains(XML_COUNTER)) {
            return true;
        }
        for (String[] c : COUNTERS) {
            if (t.contains(c[0])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        xmlCounters(ctx, out, line, t);
        for (String[] k : COUNTERS) {
            int from = 0;
            int i;
            while ((i = t.indexOf(k[0], from)) >= 0) {
                int e = i + k[0].length();
                if (Scans.wholeWord(t, i, e)) {
                    Scans.entry(ctx, out, line, t, i, e, k[1], Mention.Role.NAME, TOOL, null);
                }
                from = e;
            }
        }
    }

    /** An XML counter line: its group says whether the name is a code (the counter of another group, or of none, is not). */
    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        return t.contains(XML_COUNTER);
    }

    /** Every upper-case {@code <counter name="NXDOMAIN">} of a resstats or rcode group on the line. */
    private static void xmlCounters(ScanContext ctx, List<Mention> out, int line, String t) {
        int from = 0;
        int k;
        while ((k = t.indexOf(XML_COUNTER, from)) >= 0) {
            int s = k + XML_COUNTER.length();
            from = s;
            int e = s;
            while (e < t.length() && (t.charAt(e) >= 'A' && t.charAt(e) <= 'Z' || t.charAt(e) >= '0'
                    && t.charAt(e) <= '9')) {
                e++;
            }
            if (e == s || e >= t.length() || t.charAt(e) != '"') {
                continue;
            }
            boolean number = Character.isDigit(t.charAt(s));
            if (!number && !BindStatsRule.rcodeWord(t, s, e)) {
                continue; // an opcode, a type, another counter: no need to find the group
            }
            String group = group(ctx, line, t, k);
            if (number) {
                // dns_rcode_totext prints a value without a name as its number ("17")
                if ("rcode".equals(group) && LogMentions.digitsEnd(t, s) == e) {
                    LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD);
                }
            } else if ("resstats".equals(group) || "rcode".equals(group)) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "RESERVED");
            }
        }
    }

    /** The type of the {@code <counters type="...">} group that holds the counter at {@code k}, or null. */
    private static String group(ScanContext ctx, int line, String t, int k) {
        int g = t.lastIndexOf(XML_GROUP, k);
        int close = t.lastIndexOf(XML_GROUP_END, k);
        if (g >= 0 || close >= 0) {
            return g > close ? groupType(t, g) : null;
        }
        for (int i = line - 1; i >= 0 && i >= line - LOOK_BACK; i--) {
            String l = ctx.line(i);
            int lead = 0;
            while (lead < l.length() && (l.charAt(lead) == ' ' || l.charAt(lead) == '\t')) {
                lead++;
            }
            if (l.length() > LogScanner.LIMIT || lead < l.length() && l.charAt(lead) != '<') {
                return null; // not the XML document any more
            }
            int x = l.lastIndexOf(XML_GROUP);
            if (l.lastIndexOf(XML_GROUP_END) > x) {
                return null;
            }
            if (x >= 0) {
                return groupType(l, x);
            }
        }
        return null;
    }

    private static String groupType(String l, int x) {
        int s = x + XML_GROUP.length();
        int e = l.indexOf('"', s);
        return e > s ? l.substring(s, e) : null;
    }
}
