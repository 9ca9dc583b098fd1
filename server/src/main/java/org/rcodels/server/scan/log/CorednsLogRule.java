package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * CoreDNS: the log plugin's default line ({@code <client> - <id> "<type> <class> <name> <proto> <size> <do>
 * <bufsize>" <RCODE> <flags> <rsize> <duration>}, miekg names, BADSIG read as BADVERS, {@code RCODE<n>} for unknown
 * values) and the errors plugin ({@code plugin/errors: <rcode> <name> <type>: <error>}, whose first number is the
 * numeric RCODE; a HINFO query for a random numeric name there is the loop plugin's probe, which gets its own note).
 * The consolidated form {@code 3 errors like '...' occurred} counts lines and names no code.
 */
final class CorednsLogRule implements LogRule {
    private static final String TOOL = "coredns";

    /**
     * The log plugin's line. Its quotes may be escaped, {@code \"A IN x. udp 50 false 512\"}, when the line is a JSON
     * string (Docker's json-file log: {@code {"log":"[INFO] ... \"A IN ...\" NOERROR ...\n","stream":...}}): group 1
     * is the backslash before the closing quote, if any, and then the opening quote must have one too ({@link #scan}
     * looks, so that the pattern starts with its quote, which keeps the search fast).
     */
    private static final Pattern LOG_PLUGIN = Pattern.compile(
            "\"[A-Za-z0-9]+ [A-Za-z0-9]+ \\S+ (?:udp|tcp) \\d+ (?:true|false) \\d+(\\\\?)\" ([A-Za-z][A-Za-z0-9]*) "
                    + "([a-z,]+|-) (\\d+) \\d+(?:\\.\\d+)?s(?![\\w.])");
    private static final String ERRORS = "plugin/errors: ";
    /** After "plugin/errors: ": rcode name type: error. */
    private static final Pattern ERRORS_TAIL = Pattern.compile("(\\d{1,5}) (\\S+) ([A-Za-z0-9]+): ");
    /**
     * The loop plugin's probe (DNS-FACTS D.9, coredns#4211): a HINFO query for a random name, two labels of digits
     * ({@code 2383836513442455218.4325411823296402331.}), possibly under the server block's zone.
     */
    private static final Pattern LOOP_PROBE = Pattern.compile("\\d{1,20}\\.\\d{1,20}\\.\\S*");
    static final String LOOP_NOTE = "note.corednsLoopProbe";
    static final String NO_REPLY_NOTE = "note.corednsNoReply";

    @Override
    public List<String> anchors() {
        return List.of(ERRORS, " udp ", " tcp ");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(ERRORS) || t.indexOf('"') >= 0 && (t.contains(" udp ") || t.contains(" tcp "));
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        int err = t.indexOf(ERRORS);
        if (err >= 0) {
            Matcher m = LogMentions.at(ERRORS_TAIL, t, err + ERRORS.length());
            if (m != null) {
                boolean probe = m.group(3).equals("HINFO") && LOOP_PROBE.matcher(m.group(2)).matches();
                LogMentions.number(ctx, out, line, t, m.start(1), m.end(1), TOOL,
                        probe ? LOOP_NOTE : "note.corednsErrors");
            }
        }
        if (t.contains(" udp ") || t.contains(" tcp ")) {
            Matcher m = LOG_PLUGIN.matcher(t);
            while (m.find()) {
                if (m.end(1) == m.start(1) || m.start() > 0 && t.charAt(m.start() - 1) == '\\') {
                    int before = out.size();
                    Entry e = LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(2), m.end(2), TOOL, "RCODE");
                    if (e != null && e.value() == 0 && m.group(3).equals("-") && m.group(4).equals("0")
                            && out.size() == before + 1) {
                        // no reply went through the log plugin (replacer: no flags, size 0): its NOERROR is the
                        // recorder's default, not an answer
                        out.set(before, out.get(before).withNote(NO_REPLY_NOTE));
                    }
                    break;
                }
            }
        }
    }
}
