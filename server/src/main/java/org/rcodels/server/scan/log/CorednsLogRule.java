package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * CoreDNS: the log plugin's default line ({@code <client> - <id> "<type> <class> <name> <proto> <size> <do>
 * <bufsize>" <RCODE> <flags> <rsize> <duration>}, miekg names, BADSIG read as BADVERS, {@code RCODE<n>} for unknown
 * values) and the errors plugin ({@code plugin/errors: <rcode> <name> <type>: <error>}, whose first number is the
 * numeric RCODE). The consolidated form {@code 3 errors like '...' occurred} counts lines and names no code.
 */
final class CorednsLogRule implements LogRule {
    private static final String TOOL = "coredns";

    private static final Pattern LOG_PLUGIN = Pattern.compile(
            "\"[A-Za-z0-9]+ [A-Za-z0-9]+ \\S+ (?:udp|tcp) \\d+ (?:true|false) \\d+\" ([A-Za-z][A-Za-z0-9]*) "
                    + "[a-z,]+ \\d+ \\d+(?:\\.\\d+)?s(?![\\w.])");
    private static final Pattern ERRORS = Pattern.compile(
            "plugin/errors: (\\d{1,5}) \\S+ [A-Za-z0-9]+: ");

    @Override
    public boolean accepts(String t) {
        return t.contains("plugin/errors: ") || t.indexOf('"') >= 0 && (t.contains(" udp ") || t.contains(" tcp "));
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        if (t.contains("plugin/errors: ")) {
            Matcher m = ERRORS.matcher(t);
            if (m.find()) {
                LogMentions.number(ctx, out, line, t, m.start(1), m.end(1), TOOL, "note.corednsErrors");
            }
        }
        if (t.contains(" udp ") || t.contains(" tcp ")) {
            Matcher m = LOG_PLUGIN.matcher(t);
            if (m.find()) {
                LogMentions.rcodeNameOrNumbered(ctx, out, line, t, m.start(1), m.end(1), TOOL, "RCODE");
            }
        }
    }
}
