package org.rcodels.server.features;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Kind;

/**
 * A code written as a number, as the command line and the rcode.explain command take it: {@code 3}, {@code 0x10}
 * (an RCODE), or with its registry: {@code ede 18}, {@code ede:18}, {@code EDE#18}, {@code opcode 5}.
 *
 * @param kind    the registry (RCODE when none is named)
 * @param value   the number, or {@link Long#MAX_VALUE} when it is too long to read
 * @param written the number as written ("0x10"), for messages
 */
public record CodeNumber(Kind kind, long value, String written) {
    private static final Pattern FORM =
            Pattern.compile("(?i)(?:(rcode|ede|opcode)\\s*[:#]?\\s*)?(\\d+|0[xX][0-9a-fA-F]+)");

    /** The number a whole phrase writes, or null. */
    public static CodeNumber parse(String phrase) {
        Matcher m = FORM.matcher(phrase);
        if (!m.matches()) {
            return null;
        }
        Kind kind = m.group(1) == null ? Kind.RCODE : Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        String d = m.group(2).toLowerCase(Locale.ROOT);
        long v;
        try {
            v = d.startsWith("0x") ? (d.length() > 10 ? Long.MAX_VALUE : Long.parseLong(d.substring(2), 16))
                    : (d.length() > 12 ? Long.MAX_VALUE : Long.parseLong(d));
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        return new CodeNumber(kind, v, m.group(2));
    }

    /** Whether the registry has this value at all (0-65535 for RCODEs and EDEs, 0-15 for OPCODEs). */
    public boolean inRange() {
        return value <= kind.maxValue();
    }
}
