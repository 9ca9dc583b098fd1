package org.rcodels.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spelling made from a number, e.g. {@code RESERVED{n}} (BIND), {@code Resp{n}} (tcpdump), {@code Err#{n}}
 * (PowerDNS). It applies to values {@code from..to} of the given kind.
 */
public record NumberedSpelling(Kind kind, String template, int from, int to) {

    public NumberedSpelling {
        if (template == null || !template.contains("{n}")) {
            throw new IllegalArgumentException("numbered spelling template must contain {n}: " + template);
        }
        if (kind == null) {
            kind = Kind.RCODE;
        }
        if (to == 0 && from == 0) {
            to = kind.maxValue();
        }
    }

    /** The regular expression that recognises this spelling; group 1 is the number. */
    @JsonIgnore
    public Pattern pattern(boolean caseSensitive) {
        int i = template.indexOf("{n}");
        String re = Pattern.quote(template.substring(0, i)) + "(\\d{1,5})" + Pattern.quote(template.substring(i + 3));
        return Pattern.compile(re, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
    }

    /** The number this text spells, or -1. */
    public int match(String text, boolean caseSensitive) {
        Matcher m = pattern(caseSensitive).matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int n = Integer.parseInt(m.group(1));
        return n >= from && n <= to ? n : -1;
    }

    public String format(int n) {
        return template.replace("{n}", Integer.toString(n));
    }
}
