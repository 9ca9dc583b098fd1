package org.rcodels.server.scan.log;

import java.util.List;
import java.util.Locale;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * dnsx's {@code -rcode} flag (short {@code -rc}) on a command line, {@code dnsx -l hosts.txt -rcode
 * noerror,servfail,refused} or {@code -rcode 0,1,2}: a comma-separated list without blanks, each item one of dnsx's
 * names (case-insensitive: noerror ... notzone, badsig and badvers both 16, badkey ... badcookie) or a number
 * (runner/options.go configureRcodes, which refuses the whole flag for any other item). dnsx is built on miekg/dns:
 * its 16 is BADVERS in a reply, whichever name asked for it. {@code -rc} counts only on a line that names dnsx.
 * dnsx's output lines are {@link DnsxRule}'s.
 */
final class DnsxFlagRule implements LogRule {
    private static final String TOOL = "miekg";

    /** The names configureRcodes accepts (lower case; it lower-cases the item first). */
    private static final List<String> NAMES = List.of("noerror", "formerr", "servfail", "nxdomain", "notimp",
            "refused", "yxdomain", "yxrrset", "nxrrset", "notauth", "notzone", "badsig", "badvers", "badkey", "badtime",
            "badmode", "badname", "badalg", "badtrunc", "badcookie");

    private static final String LONG_FLAG = "-rcode";
    private static final String SHORT_FLAG = "-rc";

    @Override
    public List<String> anchors() {
        return List.of(LONG_FLAG + " ", LONG_FLAG + "=", SHORT_FLAG + " ", SHORT_FLAG + "=");
    }

    @Override
    public boolean accepts(String t) {
        return flag(t, 0) >= 0;
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int from = 0;
        int v;
        while ((v = flag(t, from)) >= 0) {
            from = v;
            values(ctx, out, line, t, v);
        }
    }

    /** A command line with the flag: dnsx decides which values it takes (it refuses NOTIMPL, NODATA...). */
    @Override
    public boolean owns(ScanContext ctx, int line, String t) {
        return flag(t, 0) >= 0;
    }

    /**
     * The index of the value of the next {@code -rcode}/{@code --rcode}/{@code -rc} flag at or after {@code from}
     * ("-rcode x", "-rcode=x"), or -1. {@code -rc} only on a line that names dnsx.
     */
    private static int flag(String t, int from) {
        int i = from;
        while ((i = t.indexOf(SHORT_FLAG, i)) >= 0) {
            int f = i;
            i += SHORT_FLAG.length();
            // the flag starts a word: after a blank or a quote, or a second '-'
            int start = f > 0 && t.charAt(f - 1) == '-' ? f - 1 : f;
            if (start > 0 && " \t\"'".indexOf(t.charAt(start - 1)) < 0) {
                continue;
            }
            int end = t.startsWith("ode", i) ? i + 3 : i;
            if (end == i && !t.contains("dnsx")) {
                continue;
            }
            if (end < t.length() && (t.charAt(end) == ' ' || t.charAt(end) == '=')) {
                int v = end + 1;
                while (v < t.length() && t.charAt(v) == ' ') {
                    v++;
                }
                return v;
            }
        }
        return -1;
    }

    /** The comma-separated items of a flag's value at {@code v}, optionally quoted; all of them or none. */
    private static void values(ScanContext ctx, List<Mention> out, int line, String t, int v) {
        char quote = v < t.length() && (t.charAt(v) == '"' || t.charAt(v) == '\'') ? t.charAt(v) : 0;
        int s = quote == 0 ? v : v + 1;
        int end = s;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != quote) {
            end++;
        }
        if (quote != 0 && (end >= t.length() || t.charAt(end) != quote)) {
            return;
        }
        int before = out.size();
        while (s < end) {
            int e = t.indexOf(',', s);
            if (e < 0 || e > end) {
                e = end;
            }
            if (!item(ctx, out, line, t, s, e)) {
                out.subList(before, out.size()).clear();
                return;
            }
            s = e + 1;
        }
    }

    private static boolean item(ScanContext ctx, List<Mention> out, int line, String t, int s, int e) {
        if (e == s) {
            return true; // dnsx skips an empty item
        }
        if (Character.isDigit(t.charAt(s))) {
            return LogMentions.digitsEnd(t, s) == e && Scans.parse(t, s, e) >= 0
                    && LogMentions.number(ctx, out, line, t, s, e, TOOL, LogMentions.NUMERIC_FIELD) != null;
        }
        return NAMES.contains(t.substring(s, e).toLowerCase(Locale.ROOT))
                && LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL) != null;
    }
}
