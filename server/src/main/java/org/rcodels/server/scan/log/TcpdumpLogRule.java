package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * tcpdump DNS replies: {@code IP 127.0.0.1.53 > 127.0.0.1.37251: 25957 NXDomain* 0/1/1 (101)}: the id, an opcode
 * word for opcodes other than QUERY, the RCODE name (never printed for NOERROR), the flag markers {@code * - | $}, then
 * the an/ns/ar counts (or {@code q:} with -vv). The mention is the name without the markers. tcpdump spells 15
 * {@code NoChange} and unnamed values {@code Resp<n>}.
 */
final class TcpdumpLogRule implements LogRule {
    private static final String TOOL = "tcpdump";

    /** After the ": " that ends the addresses (or the "] " of "[udp sum ok] "): id [opcode] RCODE markers counts. */
    private static final Pattern REPLY = Pattern.compile(
            "\\d{1,5}(?: (inv_q|stat|notify|update|op\\d{1,2}|updateA|updateD|updateDA|updateM|updateMA|zoneInit|zoneRef))?"
                    + "(?: ([A-Z][A-Za-z0-9]*))?[*|$-]{0,4} "
                    + "(?:q: |\\d{1,5}/\\d{1,5}/\\d{1,5}(?![\\w/]))");

    @Override
    public List<String> anchors() {
        return List.of(" > ");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(" > ") && t.indexOf('/') >= 0;
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        Matcher m = null;
        int from = t.indexOf(" > ");
        int i;
        while (m == null && (i = t.indexOf(' ', from + 1)) >= 0 && i - from < 512) {
            char c = t.charAt(i - 1);
            if (c == ':' || c == ']') {
                m = LogMentions.at(REPLY, t, i + 1);
            }
            from = i;
        }
        if (m == null || m.start(1) < 0 && m.start(2) < 0) {
            return;
        }
        if (m.start(1) >= 0) {
            opcode(ctx, line, t, m.start(1), m.end(1), out);
        }
        int s = m.start(2);
        int e = m.end(2);
        if (s < 0) {
            return;
        }
        if (m.group(2).equals("NoChange")) {
            Entry found = LogMentions.rcodeName(ctx, out, line, t, s, e, TOOL);
            if (found == null) {
                LogMentions.value(ctx, out, line, t, s, e, 15, Mention.Role.NAME, TOOL, "note.tcpdumpNoChange");
            } else {
                Mention last = out.remove(out.size() - 1);
                out.add(last.withNote("note.tcpdumpNoChange"));
            }
            return;
        }
        LogMentions.rcodeNameOrNumbered(ctx, out, line, t, s, e, TOOL, "Resp");
    }

    /**
     * The opcode word (print-domain.c ns_ops: inv_q, stat, op3, notify, update, op6 to op8, and updateA ... zoneRef,
     * names of an old dynamic-update draft for the unassigned 9 to 15), by the catalog's tcpdump spellings.
     */
    private static void opcode(ScanContext ctx, int line, String t, int s, int e, List<Mention> out) {
        String word = t.substring(s, e);
        for (Spelling sp : ctx.catalog().resolve(word)) {
            if (sp.entry().kind() == Kind.OPCODE && sp.tool() != null && TOOL.equals(sp.tool().id())) {
                out.add(new Mention(line, s, e, sp.entry(), word, Mention.Role.NAME, TOOL, null, null));
                return;
            }
        }
    }
}
