package org.rcodels.server.scan.config;

import java.util.List;
import java.util.Map;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * The one rule the config scanners share for text that is not a known config construct (comments, quoted strings,
 * unknown directives): a whole word that is exactly an upper-case RCODE mnemonic (or NODATA) is a mention. People
 * write "# answer NXDOMAIN for ads" and hover it; lower-case words ("refused", "deny", "block_a") in free text are
 * ordinary English or config words and are never mentions there.
 */
final class UpperNames {
    private UpperNames() {
    }

    /** The upper-case mnemonics recognised in free text, with the registry they belong to. */
    static final Map<String, Kind> NAMES = Map.ofEntries(
            Map.entry("NOERROR", Kind.RCODE), Map.entry("FORMERR", Kind.RCODE), Map.entry("SERVFAIL", Kind.RCODE),
            Map.entry("NXDOMAIN", Kind.RCODE), Map.entry("NOTIMP", Kind.RCODE), Map.entry("NOTIMPL", Kind.RCODE),
            Map.entry("REFUSED", Kind.RCODE), Map.entry("YXDOMAIN", Kind.RCODE), Map.entry("YXRRSET", Kind.RCODE),
            Map.entry("NXRRSET", Kind.RCODE), Map.entry("NOTAUTH", Kind.RCODE), Map.entry("NOTZONE", Kind.RCODE),
            Map.entry("DSOTYPENI", Kind.RCODE), Map.entry("BADVERS", Kind.RCODE), Map.entry("BADSIG", Kind.RCODE),
            Map.entry("BADKEY", Kind.RCODE), Map.entry("BADTIME", Kind.RCODE), Map.entry("BADMODE", Kind.RCODE),
            Map.entry("BADNAME", Kind.RCODE), Map.entry("BADALG", Kind.RCODE), Map.entry("BADTRUNC", Kind.RCODE),
            Map.entry("BADCOOKIE", Kind.RCODE), Map.entry("NODATA", Kind.PSEUDO));

    private static final int MIN = 6;
    private static final int MAX = 9;

    /**
     * Adds a NAME mention for every upper-case mnemonic in the first {@link ConfigLine#LIMIT} chars of the line that
     * does not overlap a mention the calling scanner already added (those at index {@code from} and after).
     */
    static void scan(ScanContext ctx, int line, String text, String tool, List<Mention> out, int from) {
        int n = Math.min(text.length(), ConfigLine.LIMIT);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Scans.wordCharCjkBreak(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Scans.wordCharCjkBreak(text.charAt(j))) {
                j++;
            }
            if (j - i >= MIN && j - i <= MAX && c >= 'A' && c <= 'Z' && (j >= text.length() || !Scans.wordCharCjkBreak(text.charAt(j)))) {
                Kind kind = NAMES.get(text.substring(i, j));
                if (kind != null && boundaries(text, i, j) && !claimed(out, from, i, j)) {
                    Scans.name(ctx, out, line, text, i, j, tool, kind);
                }
            }
            i = j;
        }
    }

    /**
     * Not part of a dotted name, path, option or variable: "x.NXDOMAIN", "NXDOMAIN-x", "/NXDOMAIN", "$NXDOMAIN". A
     * member of a table of RCODE constants or policies is a code, also in a comment: "-- RCodeAction(DNSRCode.REFUSED)",
     * "--rpzPrimary(..., {defpol=Policy.NXDOMAIN})", dnsdist.X, pdns.X, pdns.policykinds.X, kres.rcode.X.
     */
    private static boolean boundaries(String text, int start, int end) {
        if (start > 0) {
            char p = text.charAt(start - 1);
            boolean table = p == '.' && (tableBefore(text, start, "DNSRCode") || tableBefore(text, start, "pdns")
                    || tableBefore(text, start, "dnsdist") || tableBefore(text, start, "Policy")
                    || tableBefore(text, start, "policykinds") || tableBefore(text, start, "rcode"));
            if (!table && (p == '.' || p == '-' || p == '/' || p == '\\' || p == '$' || p == '@' || p == '%')) {
                return false;
            }
        }
        if (end < text.length()) {
            char q = text.charAt(end);
            if (q == '-' || q == '/' || q == '\\' || q == '@') {
                return false;
            }
            if (q == '.' && end + 1 < text.length() && Scans.wordChar(text.charAt(end + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name.} (a whole word) is written just before {@code start}. */
    private static boolean tableBefore(String text, int start, String name) {
        int b = start - 1 - name.length();
        return text.startsWith(name, b) && (b == 0 || b > 0 && !Scans.wordChar(text.charAt(b - 1)));
    }

    static boolean claimed(List<Mention> out, int from, int start, int end) {
        for (int k = from; k < out.size(); k++) {
            Mention m = out.get(k);
            if (start < m.end() && m.start() < end) {
                return true;
            }
        }
        return false;
    }
}
