package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanners;

/**
 * Inlay hints: the name after bare numeric codes, for the requested lines only. A number the scanners read as a code
 * (role {@link Mention.Role#NUMBER}: CoreDNS {@code plugin/errors: 2}, {@code rcode=3}, DoH {@code "Status": 3},
 * {@code EDE: 18}, the Windows debug log's flags, dnsdist {@code RCodeRule(2)}) gets its code's name, unless the line
 * already names that code right after the number ({@code 3(NXDOMAIN)}, {@code EDE: 9 (DNSKEY Missing)}) or anywhere
 * else as a name the scanners read (a record's name field). The cost
 * is one scan per requested line, whatever the document's size.
 */
public final class InlayHintsFeature {
    private InlayHintsFeature() {
    }

    /** At most this many hints per request (a client asks for the visible lines; this guards huge ranges). */
    static final int MAX_HINTS = 5000;
    /** How far after a number the existing-name check looks for the name's start. */
    private static final int NAME_GAP = 4;

    /**
     * @param line    zero-based line
     * @param column  UTF-16 column where the hint is shown (after the number)
     * @param label   the hint text (e.g. "SERVFAIL")
     * @param entryId the entry, for a tooltip
     */
    public record Hint(int line, int column, String label, String entryId) {
    }

    /** Hints for lines [fromLine, toLine), clamped to the document. */
    public static List<Hint> hints(ScanContext ctx, int fromLine, int toLine) {
        List<Hint> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        int from = Math.max(0, fromLine);
        int to = Math.min(ctx.lineCount(), toLine);
        Map<String, List<String>> names = new HashMap<>();
        for (int line = from; line < to && out.size() < MAX_HINTS; line++) {
            List<Mention> mentions = Scanners.onLine(ctx, line);
            if (mentions.isEmpty()) {
                continue;
            }
            String text = null;
            for (Mention m : mentions) {
                if (m.role() != Mention.Role.NUMBER || m.entry() == null || namedOnTheLine(mentions, m)) {
                    continue;
                }
                if (text == null) {
                    text = ctx.line(line);
                }
                List<String> spelled = names.computeIfAbsent(m.entry().kind() + ":" + m.entry().value(),
                        k -> spellings(ctx.catalog(), m.entry()));
                if (!namedAfter(text, m.end(), spelled)) {
                    out.add(new Hint(line, m.end(), label(m.entry()), m.entry().id()));
                    if (out.size() >= MAX_HINTS) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the line also writes the code out as a name: a JSON or TSV record's own name field ({@code "rcode":3,
     * "rcode_name":"NXDOMAIN"}), the Windows debug log's bracket ({@code [8385 A DR NXDOMAIN]}), Vert.x's name before
     * its number. A hint would say it twice.
     */
    private static boolean namedOnTheLine(List<Mention> mentions, Mention number) {
        for (Mention o : mentions) {
            // the same meaning (BADVERS does not name a TSIG BADSIG), and no option keyword (auth-nxdomain)
            if (o != number && o.role() != Mention.Role.NUMBER && o.entry() != null && !o.optionKeyword()
                    && o.entry().id().equals(number.entry().id())) {
                return true;
            }
        }
        return false;
    }

    /** The hint text: the code's canonical name (NXDOMAIN, Prohibited, UPDATE). */
    static String label(Entry e) {
        return e.name();
    }

    /**
     * Every way a code with this entry's number can be written out: the names of each meaning of the number (so
     * "16 (BADSIG)" counts as named even where context reads 16 as BADVERS), their IANA names and descriptions, and
     * every tool's spellings. Longest first, lower case.
     */
    static List<String> spellings(Catalog catalog, Entry e) {
        Set<String> s = new LinkedHashSet<>();
        List<Entry> meanings = e.isRange() ? List.of(e) : catalog.lookup(e.kind(), e.value());
        if (meanings.isEmpty()) {
            meanings = List.of(e);
        }
        for (Entry m : meanings) {
            add(s, m.name());
            add(s, m.ianaName());
            add(s, m.ianaDescription());
            for (List<String> l : catalog.spellingsOf(m.id()).values()) {
                l.forEach(x -> add(s, x));
            }
        }
        List<String> l = new ArrayList<>(s);
        l.sort((a, b) -> b.length() - a.length());
        return l;
    }

    private static void add(Set<String> s, String x) {
        // a name made of digits alone ("0") says nothing a reader would miss
        if (x != null && !x.isBlank() && !x.chars().allMatch(Character::isDigit)) {
            s.add(x.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * True if one of the spellings starts within a few characters after {@code end}, with only spaces and
     * punctuation such as "(", "[", "=", "/", ":" or quotes in between, and ends at a word boundary.
     */
    static boolean namedAfter(String text, int end, List<String> spellings) {
        int i = end;
        int n = text.length();
        int limit = Math.min(n, end + NAME_GAP);
        while (i < limit && " \t([{<=:/,-'\"".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i >= n || !Character.isLetter(text.charAt(i))) {
            return false;
        }
        for (String s : spellings) {
            int e = i + s.length();
            if (e <= n && text.regionMatches(true, i, s, 0, s.length())
                    && (e == n || !Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) != '_')) {
                return true;
            }
        }
        return false;
    }
}
