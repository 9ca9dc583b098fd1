package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * DNS errors and messages of Java libraries, as exceptions and debug lines print them (also MiniDNS's message dump,
 * {@code DnsMessage(23921 QUERY NX_DOMAIN resp[qr=1] rd ra)}).
 * <ul>
 * <li>The JDK's JNDI DNS provider: {@code DNS name not found [response code 3]}. DnsClient.checkResponseCode writes
 * the text for the reply's 4-bit RCODE ({@code DNS format error}, {@code DNS server failure}, {@code DNS name not
 * found}, {@code DNS operation not supported}, {@code DNS service refused} for 1 to 5, {@code DNS error} above) and
 * the number in brackets (openjdk/jdk src/jdk.naming.dns/share/classes/com/sun/jndi/dns/DnsClient.java). The number is
 * read only after the text that goes with it; {@code DNS error [Root exception is ...]} (a timeout) names none.</li>
 * <li>Netty: toString of DnsResponseCode and DnsOpCode is the name and the number in parentheses, {@code NXDomain(3)},
 * {@code Refused(5)}, {@code QUERY(0)} (netty/netty codec-dns/src/main/java/io/netty/handler/codec/dns/
 * DnsResponseCode.java and DnsOpCode.java), as in a message dump {@code DatagramDnsResponse(from: /192.0.2.53:53,
 * 4548, QUERY(0), Refused(5), RD)} (DnsMessageUtil.appendResponseHeader: class name, addresses, id, opcode, rcode,
 * flags). An RCODE is read where the name is Netty's spelling of the code with that number; an opcode only in the
 * header of such a dump of a query or response, where QUERY(0) is sure to be one.</li>
 * <li>Vert.x: {@code io.vertx.core.dns.DnsException: DNS query error occurred: NXDOMAIN: type 3, name error}
 * (DnsException prefixes DnsResponseCode.toString(): name, ": type ", number, ", " message; eclipse-vertx/vert.x
 * src/main/java/io/vertx/core/dns/DnsResponseCode.java and DnsException.java). The client maps the reply's RCODE
 * number to that enum (DnsClientImpl: DnsResponseCode.valueOf(msg.code().intValue())), so the number is what came off
 * the wire, and it decides: Vert.x's enum calls 11 to 14 BADVERS, BADSIG, BADKEY and BADTIME, names that belong to
 * 16 to 18 in the registry, where 11 is DSOTYPENI and 12 to 15 are unassigned. Both the name and the number are read
 * as the number's code, with a note for 11 to 14.</li>
 * </ul>
 */
final class JvmResolverRule implements LogRule {

    // ------------------------------------------------------------------------------------------------ JNDI

    private static final String JNDI = "jndi";
    private static final String RESPONSE_CODE = " [response code ";
    /** DnsClient.rcodeDescription, index = RCODE; "DNS error" for the values it has no text for. */
    static final String[] JNDI_TEXTS = {null, "DNS format error", "DNS server failure", "DNS name not found",
        "DNS operation not supported", "DNS service refused"};
    private static final String JNDI_OTHER = "DNS error";

    // ------------------------------------------------------------------------------------------------ Netty

    private static final String NETTY = "netty";
    /** DnsResponseCode's names as toString prints them (the constants' own names, such as NXDOMAIN, are not). */
    static final String[] NETTY_RCODES = {"NoError", "FormErr", "ServFail", "NXDomain", "NotImp", "Refused",
        "YXDomain", "YXRRSet", "NXRRSet", "NotAuth", "NotZone", "BADVERS_OR_BADSIG", "BADKEY", "BADTIME", "BADMODE",
        "BADNAME", "BADALG"};
    /** Name(number), where the name is one of the above: group 1 the name, group 2 the number. */
    private static final Pattern NETTY_RCODE = Pattern.compile(
            "(?<![\\w-])(" + String.join("|", NETTY_RCODES) + ")\\((\\d{1,5})\\)");
    /** The simple class names of Netty's DNS messages, whose toString is the dump. */
    private static final String[] DUMPS = {"DatagramDnsResponse(", "DatagramDnsQuery(", "DefaultDnsResponse(",
        "DefaultDnsQuery("};
    /** After a dump's "(": [from: a, ][to: b, ][id: ]id, OPCODE(n) (group 1 the name, group 2 the number). */
    private static final Pattern DUMP_OPCODE = Pattern.compile(
            "(?:from: [^,()]*, )?(?:to: [^,()]*, )?(?:id: )?\\d{1,5}, ([A-Z]+)\\((\\d{1,2})\\)");

    // ------------------------------------------------------------------------------------------------ Vert.x

    private static final String VERTX = "DNS query error occurred: ";
    /** io.vertx.core.dns.DnsResponseCode: each name and its number; the number is what the reply said. */
    private static final String[] VERTX_NAMES = {"NOERROR", "FORMERROR", "SERVFAIL", "NXDOMAIN", "NOTIMPL", "REFUSED",
        "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "BADVERS", "BADSIG", "BADKEY", "BADTIME"};
    /** NAME: type N (group 1 the name, group 2 the number). */
    private static final Pattern VERTX_CODE = Pattern.compile("([A-Z]+): type (\\d{1,2})(?![\\w.])");
    private static final String VERTX_NOTE = "note.vertxRcode";

    // ------------------------------------------------------------------------------------------------ MiniDNS

    /**
     * MiniDNS's DnsMessage as toString writes it (DNSMessage in older versions): "DnsMessage(id OPCODE RESPONSE_CODE
     * resp[qr=1] flags)"; only a response's code answers anything (org.minidns.dnsmessage.DnsMessage, toString).
     */
    private static final String MINIDNS_RESPONSE = " resp[qr=1]";
    private static final Pattern MINIDNS = Pattern.compile("D(?:ns|NS)Message\\(\\d{1,5} [A-Z_]+ ([A-Z_]+) resp\\[qr=1\\]");

    private static final List<String> ANCHORS = anchorList();

    private static List<String> anchorList() {
        List<String> a = new ArrayList<>(List.of(RESPONSE_CODE, VERTX, MINIDNS_RESPONSE));
        a.addAll(List.of(DUMPS));
        for (String n : NETTY_RCODES) {
            a.add(n + "(");
        }
        return List.copyOf(a);
    }

    @Override
    public List<String> anchors() {
        return ANCHORS;
    }

    @Override
    public boolean accepts(String t) {
        return LogRule.holdsAny(t, ANCHORS);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        if (t.contains(RESPONSE_CODE)) {
            jndi(ctx, out, line, t);
        }
        if (t.indexOf('(') >= 0) {
            netty(ctx, out, line, t);
        }
        if (t.contains(VERTX)) {
            vertx(ctx, out, line, t);
        }
        if (t.contains(MINIDNS_RESPONSE)) {
            Matcher m = MINIDNS.matcher(t);
            while (m.find()) {
                Entry e = LogMentions.spelledBy(ctx, "minidns", m.group(1), false);
                if (e != null) {
                    out.add(new Mention(line, m.start(1), m.end(1), e, m.group(1), Mention.Role.NAME, "minidns", null,
                            null));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ JNDI

    private static void jndi(ScanContext ctx, List<Mention> out, int line, String t) {
        int i = t.indexOf(RESPONSE_CODE);
        while (i >= 0) {
            int s = i + RESPONSE_CODE.length();
            int e = LogMentions.digitsEnd(t, s);
            int at = i;
            i = t.indexOf(RESPONSE_CODE, s);
            if (e == s || e - s > 2 || e >= t.length() || t.charAt(e) != ']') {
                continue;
            }
            int v = Scans.parse(t, s, e);
            // the header's RCODE field has 4 bits; 0 is no error and never thrown
            if (v < 1 || v > 15) {
                continue;
            }
            String text = v < JNDI_TEXTS.length ? JNDI_TEXTS[v] : JNDI_OTHER;
            int ts = at - text.length();
            if (ts < 0 || !t.startsWith(text, ts) || ts > 0 && Character.isLetterOrDigit(t.charAt(ts - 1))) {
                continue;
            }
            if (v < JNDI_TEXTS.length) {
                Entry named = LogMentions.spelledBy(ctx, JNDI, text, false);
                if (named == null || !named.contains(v)) {
                    continue;
                }
                out.add(new Mention(line, ts, at, named, text, Mention.Role.NAME, JNDI, null, null));
            }
            LogMentions.value(ctx, out, line, t, s, e, v, Mention.Role.NUMBER, JNDI, null);
        }
    }

    // ------------------------------------------------------------------------------------------------ Netty

    private static void netty(ScanContext ctx, List<Mention> out, int line, String t) {
        Matcher m = NETTY_RCODE.matcher(t);
        while (m.find()) {
            Entry e = LogMentions.spelledBy(ctx, NETTY, m.group(1), false);
            if (e != null && e.contains(Scans.parse(t, m.start(2), m.end(2)))) {
                out.add(new Mention(line, m.start(1), m.end(1), e, m.group(1), Mention.Role.NAME, NETTY, null,
                        null));
            }
        }
        for (String d : DUMPS) {
            int i = t.indexOf(d);
            while (i >= 0) {
                int from = i + d.length();
                i = t.indexOf(d, from);
                Matcher o = LogMentions.at(DUMP_OPCODE, t, from);
                if (o == null) {
                    continue;
                }
                Entry e = LogMentions.spelledBy(ctx, NETTY, o.group(1), Kind.OPCODE);
                if (e != null && e.contains(Scans.parse(t, o.start(2), o.end(2)))) {
                    out.add(new Mention(line, o.start(1), o.end(1), e, o.group(1), Mention.Role.NAME, NETTY, null,
                            null));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ Vert.x

    private static void vertx(ScanContext ctx, List<Mention> out, int line, String t) {
        int i = t.indexOf(VERTX);
        while (i >= 0) {
            int from = i + VERTX.length();
            i = t.indexOf(VERTX, from);
            Matcher m = LogMentions.at(VERTX_CODE, t, from);
            if (m == null) {
                continue;
            }
            int v = Scans.parse(t, m.start(2), m.end(2));
            // the name must be Vert.x's name for this number: the enum is the only source of the text
            if (v < 0 || v >= VERTX_NAMES.length || !VERTX_NAMES[v].equals(m.group(1))) {
                continue;
            }
            Entry e = ctx.catalog().lookup(Kind.RCODE, v, false).orElse(null);
            if (e == null) {
                continue;
            }
            String note = v >= 11 ? VERTX_NOTE : null;
            String[] args = note == null ? new String[0] : new String[] {"n", Integer.toString(v), "name", e.name()};
            LogMentions.value(ctx, out, line, t, m.start(1), m.end(1), v, Mention.Role.NAME, null, note, args);
            LogMentions.value(ctx, out, line, t, m.start(2), m.end(2), v, Mention.Role.NUMBER, null, note, args);
        }
    }
}
