package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Resolver errors of client programs, as they end up in application logs.
 * <ul>
 * <li>Go's resolver: {@code lookup x.invalid on 127.0.0.53:53: no such host} (said for NXDOMAIN and for NODATA
 * alike) and {@code server misbehaving} (SERVFAIL, but also other failure RCODEs, so it is a mention only where the
 * catalog spells it as one code). {@code no such host} is a mention only with its {@code on <server>}: that part is
 * the pure-Go resolver's, which names the server whose reply said so (golang/go src/net/dnsclient_unix.go,
 * tryOneName). Without it ({@code dial tcp: lookup kubernetes.default.svc.cluster.local: no such host}) the error
 * came from getaddrinfo (the cgo resolver, the default on macOS: EAI_NONAME, src/net/cgo_unix.go), from the hosts
 * file or from a name that is no domain name, none of them a DNS reply read by Go.</li>
 * <li>Node.js (c-ares): {@code queryA ENOTFOUND example.invalid}, ENODATA, ESERVFAIL, EREFUSED, EFORMERR, ENOTIMP, after
 * the {@code query*} syscall names of {@code dns.resolve*()}. {@code getaddrinfo ENOTFOUND} comes from the system
 * resolver, not from a DNS reply, and is not a mention; nor is {@code getHostByAddr ENOTFOUND} or {@code ENOTIMP}
 * ({@code dns.reverse()}): c-ares' ares_gethostbyaddr ends every failed reverse lookup with ARES_ENOTFOUND, whatever
 * the reply said or if none came (NXDOMAIN, SERVFAIL, REFUSED, a timeout), and ARES_ENOTIMP is its answer to an
 * address family it does not know (c-ares/c-ares src/lib/ares_gethostbyaddr.c, next_lookup and
 * ares_gethostbyaddr_nolock).</li>
 * <li>dnspython exceptions: the class after {@code dns.resolver.} when dnspython spells a code so ({@code NXDOMAIN},
 * {@code YXDOMAIN}, {@code NoAnswer} = NODATA); without the class, the exception's own message followed by its
 * colon ({@code The DNS query name does not exist: x.}); in {@code NoNameservers} and {@code LifetimeTimeout}
 * messages, the code each server {@code answered} ({@code Server Do53:1.1.1.1@53 answered SERVFAIL}).</li>
 * <li>Windows: the Win32 identifiers {@code DNS_ERROR_RCODE_*} (and windns.h {@code DNS_RCODE_*}); the Win32 numbers
 * 9001-9010 (9000 plus the RCODE) only after {@code Win32 error}, in {@code Win32Exception (9003)}, after
 * {@code error} on a line that speaks of DNS, or next to their identifier; the message texts as the catalog spells
 * them, with or without the final period that PowerShell leaves out ({@code DNS name does not exist} anywhere, the
 * other messages, 9001-9010 and 9016-9018, only on a line with a Windows sign: Resolve-DnsName, Win32, a
 * DNS_ERROR_RCODE_ identifier or Go's {@code dnsquery: }).</li>
 * </ul>
 * Every meaning is the catalog's: the tool's own spelling decides, and a text the catalog does not know is no mention.
 */
final class ClientErrorRule implements LogRule {

    private static final String LOOKUP = "lookup ";
    /** After "lookup ": name[ on server]: error (group 1: the " on server" part, group 2: the error). */
    private static final Pattern GO_TAIL = Pattern.compile(
            "[^\\s:]+( on \\S+)?: (no such host|server misbehaving)(?![\\w-])");
    /**
     * c-ares query syscall names as Node.js reports them for dns.resolve*(): queryA, queryAaaa, querySrv... (not
     * getHostByAddr, dns.reverse(), whose ENOTFOUND and ENOTIMP name no RCODE: see the class comment).
     */
    private static final Pattern NODE = Pattern.compile(
            "query[A-Z][A-Za-z]* (E(?:NOTFOUND|NODATA|SERVFAIL|REFUSED|FORMERR|NOTIMP))(?![\\w-])");

    // ------------------------------------------------------------------------------------------------ dnspython

    private static final String DNSPYTHON = "dnspython";
    /** Exception classes are printed with their module: dns.resolver.NXDOMAIN. */
    private static final String RESOLVER_MODULE = "dns.resolver.";
    private static final String DNSPYTHON_YXDOMAIN = "note.dnspythonYxdomain";
    /** Exception messages (dns/resolver.py), each with the class whose dnspython spelling gives its meaning. */
    private static final String[][] MESSAGES = {
            {"The DNS query name does not exist", "NXDOMAIN"},
            {"None of DNS query names exist", "NXDOMAIN"},
            {"The DNS response does not contain an answer to the question", "NoAnswer"}};
    /** Cues of the messages above (the anchors). */
    private static final String QUERY_NAME = "DNS query name";
    private static final String NO_ANSWER = "does not contain an answer";
    /** NoNameservers and LifetimeTimeout list what each server answered. */
    private static final String NO_NAMESERVERS = "nameservers failed to answer";
    private static final String LIFETIME = "lifetime expired";
    private static final String ANSWERED = " answered ";
    /** "Server Do53:1.1.1.1@53 answered SERVFAIL" (2.6+), "Server 1.1.1.1 UDP port 53 answered SERVFAIL" (older). */
    private static final Pattern SERVER_ANSWERED = Pattern.compile(
            "(?<![\\w-])Server \\S+(?: (?:UDP|TCP) port \\d+)? answered ([A-Z][A-Z0-9]*)(?![\\w-])");

    // ------------------------------------------------------------------------------------------------ Windows

    private static final String WINDOWS = "windows";
    private static final String WIN32_ID = "DNS_ERROR_RCODE_";
    /**
     * Resolve-DnsName's FullyQualifiedErrorId names the Win32 error without its DNS_ERROR_ prefix:
     * "RCODE_SERVER_FAILURE,Microsoft.DnsClient.Commands.ResolveDnsName" (also in localized PowerShell).
     */
    private static final String RESOLVE_DNSNAME_ID = ",Microsoft.DnsClient.Commands.ResolveDnsName";
    private static final String FQID_RCODE = "RCODE_";
    private static final String WINDNS_ID = "DNS_RCODE_";
    private static final String NAME_ERROR_TEXT = "DNS name does not exist";
    /** Win32 messages that read as ordinary prose: only on a line with a Windows sign. */
    private static final String[] GUARDED_TEXTS = {"DNS server failure", "DNS server unable to interpret format",
        "DNS request not supported by name server", "DNS operation refused",
        "DNS name that ought not exist, does exist", "DNS RR set that ought not exist, does exist",
        "DNS RR set that ought to exist, does not exist", "DNS server not authoritative for zone",
        "DNS name in update or prereq is not in zone", "DNS signature failed to verify", "DNS bad key",
        "DNS signature validity expired"};
    /** Go's resolver on Windows wraps the Win32 message: "lookup x: dnsquery: DNS name does not exist.". */
    private static final String GO_DNSQUERY = "dnsquery: ";
    private static final String POWERSHELL = "Resolve-DnsName";
    private static final String[] WIN32_WORDS = {"Win32", "WIN32", "win32"};
    /** What may stand right before a Win32 number in the forms below (the number's anchors). */
    private static final String[] NUMBER_CUES = {" 90", "(90", ":90", "=90", "#90"};
    /** Win32 DNS RCODE errors 9001-9010, as a whole number (9003, not 90031, 9003.5 or 0x9003). */
    private static final String WIN32_RCODE = "(90(?:0[1-9]|10))(?!\\w|\\.\\d)";
    /** Win32 error 9003, Win32 error code: 9003, Win32Exception (9003), WIN32 9003. */
    private static final Pattern WIN32_NUMBER = Pattern.compile(
            "(?:Win32|WIN32|win32)(?:Exception)? ?(?:(?:[Ee]rror|ERROR)(?: [Cc]ode)?)?[:=]? ?[(#]?" + WIN32_RCODE);
    /** error 9003, Error code: 9003, error=9003, ERROR (9003): on a line that speaks of DNS. */
    private static final Pattern ERROR_NUMBER = Pattern.compile(
            "(?<![\\w-])(?:[Ee]rror|ERROR)(?: [Cc]ode)?[:=]? ?[(#]?" + WIN32_RCODE);

    /**
     * nginx's resolver (and OpenResty, Kong, APISIX on it): {@code x.example could not be resolved (3: Host not
     * found)}. The number is the RCODE; ngx_resolver_strerror names 1 to 5 only (110 is its own timeout).
     */
    private static final String NGINX = " could not be resolved (";
    private static final Pattern NGINX_TAIL = Pattern.compile(
            "([1-5]): (Format error|Server failure|Host not found|Unimplemented|Operation refused)\\)");

    // ------------------------------------------------------------------------------------------------ .NET

    /**
     * DnsClient.NET: with ThrowDnsErrors, LookupClient throws DnsResponseException whose message is the text
     * DnsResponseCodeText gives the RCODE ("Non-Existent Domain", "Server Failure", "Query Refused"; MichaCo/DnsClient.NET
     * src/DnsClient/DnsResponseCode.cs). Read only right after the class name: the texts are ordinary English.
     */
    private static final String DOTNET = "DnsResponseException: ";
    private static final String DNSCLIENT = "dnsclient-net";

    /**
     * TechnitiumLibrary's DNS client (the one inside Technitium DNS Server and its tools): an NXDOMAIN reply throws
     * DnsClientNxDomainException ("Domain does not exists: x"), any other failure DnsClientFailureResponseException
     * with "Received a response with RCODE: ServerFailure" (TechnitiumLibrary.Net.Dns DnsClient.cs, ParseResponseA
     * and its siblings).
     */
    private static final String TECHNITIUM_NX = "DnsClientNxDomainException";
    /** getdns_query prints a reply's dict with the constants' names: "rcode": GETDNS_RCODE_SERVFAIL (getdns.h). */
    private static final String GETDNS = "GETDNS_RCODE_";
    private static final String TECHNITIUM_RCODE = "Received a response with RCODE: ";

    // ------------------------------------------------------------------------------------------------ hickory

    /**
     * hickory-dns's Header as Display writes it: "id:RESPONSE:flags:Code:OpCode:an/ns/ar", the code as its Debug name
     * (hickory-dns crates/proto/src/op/header.rs), as in "hickory_resolver::error: Response:; header
     * 23768:RESPONSE:RD,RA:NXDomain:QUERY:0/1/0". Only a response's code answers anything.
     */
    private static final String HICKORY_HEADER = ":RESPONSE:";
    private static final Pattern HICKORY_TAIL = Pattern.compile("[A-Z,]*:([A-Za-z]+):[A-Za-z]+:\\d+/\\d+/\\d+");

    @Override
    public List<String> anchors() {
        List<String> a = new ArrayList<>(List.of(NGINX, LOOKUP, " E", RESOLVER_MODULE, QUERY_NAME, NO_ANSWER,
                NO_NAMESERVERS, LIFETIME, WIN32_ID, WINDNS_ID, NAME_ERROR_TEXT, DOTNET, HICKORY_HEADER, TECHNITIUM_NX,
                TECHNITIUM_RCODE, GETDNS, RESOLVE_DNSNAME_ID));
        a.addAll(List.of(GUARDED_TEXTS));
        a.addAll(List.of(NUMBER_CUES));
        return a;
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(LOOKUP) || t.contains(" E") && t.contains("query")
                || dnspythonCue(t) || windowsCue(t) || t.contains(NGINX) || t.contains(DOTNET)
                || t.contains(HICKORY_HEADER) || t.contains(TECHNITIUM_NX) || t.contains(TECHNITIUM_RCODE)
                || t.contains(GETDNS);
    }

    private static boolean dnspythonCue(String t) {
        return t.contains(RESOLVER_MODULE) || t.contains(QUERY_NAME) || t.contains(NO_ANSWER)
                || t.contains(ANSWERED) && (t.contains(NO_NAMESERVERS) || t.contains(LIFETIME));
    }

    private static boolean windowsCue(String t) {
        return t.contains(WIN32_ID) || t.contains(WINDNS_ID) || t.contains(NAME_ERROR_TEXT) || t.contains(RESOLVE_DNSNAME_ID)
                || guardedText(t) && windowsSign(t)
                || numberCue(t) && (win32Word(t) || t.contains("rror") || t.contains("RROR"));
    }

    private static boolean guardedText(String t) {
        for (String g : GUARDED_TEXTS) {
            if (t.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberCue(String t) {
        for (String c : NUMBER_CUES) {
            if (t.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean win32Word(String t) {
        for (String w : WIN32_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** PowerShell's resolver cmdlet, a Win32 word, a Win32 DNS identifier or Go's "dnsquery: " on Windows. */
    private static boolean windowsSign(String t) {
        return t.contains(POWERSHELL) || t.contains(WIN32_ID) || win32Word(t) || t.contains(GO_DNSQUERY);
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        // every "lookup ": a structured log often says "lookup failed" before Go's own "lookup x on y: no such host"
        int l = -1;
        while ((l = t.indexOf(LOOKUP, l + 1)) >= 0) {
            Matcher m = LogMentions.wordStart(t, l) ? LogMentions.at(GO_TAIL, t, l + LOOKUP.length()) : null;
            if (m != null) {
                if (!m.group(2).equals("no such host")) {
                    misbehaving(ctx, out, line, t, m.start(2), m.end(2));
                } else if (m.group(1) != null) {
                    Scans.entry(ctx, out, line, t, m.start(2), m.end(2), "rcode:3", Mention.Role.NAME, "go-net",
                            "note.goNoSuchHost");
                }
                // without " on <server>", getaddrinfo or the hosts file said so: no DNS reply, no mention
                break;
            }
        }
        int n = t.indexOf(NGINX);
        if (n >= 0) {
            Matcher m = LogMentions.at(NGINX_TAIL, t, n + NGINX.length());
            if (m != null) {
                String id = "rcode:" + m.group(1);
                Scans.entry(ctx, out, line, t, m.start(1), m.end(1), id, Mention.Role.NUMBER, null, null);
                Scans.entry(ctx, out, line, t, m.start(2), m.end(2), id, Mention.Role.NAME, null, null);
            }
        }
        if (t.contains(" E")) {
            node(ctx, out, line, t, "query");
        }
        if (dnspythonCue(t)) {
            dnspython(ctx, out, line, t);
        }
        if (t.contains(DOTNET)) {
            dnsClientNet(ctx, out, line, t);
        }
        int x = t.indexOf(TECHNITIUM_NX);
        int xe = x + TECHNITIUM_NX.length();
        // the class name alone or after its namespace (TechnitiumLibrary.Net.Dns.), not inside a longer name
        if (x >= 0 && (x == 0 || !Scans.wordChar(t.charAt(x - 1))) && (xe == t.length() || !Scans.wordChar(t.charAt(xe)))) {
            Scans.entry(ctx, out, line, t, x, xe, "rcode:3", Mention.Role.NAME, "technitium", null);
        }
        for (int r = t.indexOf(TECHNITIUM_RCODE); r >= 0; r = t.indexOf(TECHNITIUM_RCODE, r + 1)) {
            int s = r + TECHNITIUM_RCODE.length();
            int e = LogMentions.wordEnd(t, s, "");
            Entry en = e > s ? LogMentions.spelledBy(ctx, "technitium", t.substring(s, e), false) : null;
            if (en != null) {
                out.add(new Mention(line, s, e, en, t.substring(s, e), Mention.Role.NAME, "technitium", null, null));
            }
        }
        int g = t.indexOf(GETDNS);
        while (g >= 0) {
            int e = LogMentions.wordEnd(t, g, "");
            Entry en = g == 0 || !Scans.wordChar(t.charAt(g - 1))
                    ? LogMentions.spelledBy(ctx, "getdns", t.substring(g, e), false) : null;
            if (en != null) {
                // the rcode field's reader may have read the value already, without knowing whose name it is
                Mention mine = new Mention(line, g, e, en, t.substring(g, e), Mention.Role.NAME, "getdns", null, null);
                int same = -1;
                for (int k = out.size() - 1; k >= 0 && out.get(k).line() == line; k--) {
                    if (out.get(k).start() == g && out.get(k).end() == e) {
                        same = k;
                    }
                }
                if (same >= 0) {
                    out.set(same, mine);
                } else {
                    out.add(mine);
                }
            }
            g = t.indexOf(GETDNS, e);
        }
        for (int h = t.indexOf(HICKORY_HEADER); h >= 0; h = t.indexOf(HICKORY_HEADER, h + 1)) {
            if (h == 0 || !Character.isDigit(t.charAt(h - 1))) {
                continue;
            }
            Matcher m = LogMentions.at(HICKORY_TAIL, t, h + HICKORY_HEADER.length());
            Entry e = m == null ? null : LogMentions.spelledBy(ctx, "hickory", m.group(1), false);
            if (e != null) {
                out.add(new Mention(line, m.start(1), m.end(1), e, m.group(1), Mention.Role.NAME, "hickory", null,
                        null));
            }
        }
        if (windowsCue(t)) {
            windows(ctx, out, line, t);
        }
    }

    private static void node(ScanContext ctx, List<Mention> out, int line, String t, String syscall) {
        int from = 0;
        int i;
        while ((i = t.indexOf(syscall, from)) >= 0) {
            from = i + syscall.length();
            if (i > 0 && (Scans.wordChar(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
                continue;
            }
            Matcher m = LogMentions.at(NODE, t, i);
            if (m != null) {
                LogMentions.rcodeNameOr(ctx, out, line, t, m.start(1), m.end(1), "cares", fallback(m.group(1)));
                return;
            }
        }
    }

    /** "server misbehaving" is a mention only if the catalog spells it as exactly one RCODE. */
    private static void misbehaving(ScanContext ctx, List<Mention> out, int line, String t, int s, int e) {
        Entry only = null;
        for (Spelling sp : ctx.catalog().resolve(t.substring(s, e))) {
            if (sp.entry().kind() != Kind.RCODE && sp.entry().kind() != Kind.PSEUDO) {
                continue;
            }
            if (only != null && only != sp.entry()) {
                return;
            }
            only = sp.entry();
        }
        if (only != null) {
            Scans.entry(ctx, out, line, t, s, e, only.id(), Mention.Role.NAME, "go-net", null);
        }
    }

    /** c-ares status codes and the reply each stands for (c-ares ares_query.c). */
    private static String fallback(String code) {
        return switch (code) {
            case "ENOTFOUND" -> "rcode:3";
            case "ENODATA" -> "pseudo:nodata";
            case "ESERVFAIL" -> "rcode:2";
            case "EREFUSED" -> "rcode:5";
            case "EFORMERR" -> "rcode:1";
            default -> "rcode:4";
        };
    }

    // ------------------------------------------------------------------------------------------------ dnspython

    /** DnsResponseException: TEXT, where TEXT is DnsClient.NET's text for an RCODE (its longest match). */
    private static void dnsClientNet(ScanContext ctx, List<Mention> out, int line, String t) {
        org.rcodels.catalog.Tool tool = ctx.catalog().tool(DNSCLIENT).orElse(null);
        int i = t.indexOf(DOTNET);
        while (tool != null && i >= 0) {
            int s = i + DOTNET.length();
            i = t.indexOf(DOTNET, s);
            String best = null;
            for (List<String> spellings : tool.names().values()) {
                for (String sp : spellings) {
                    int e = s + sp.length();
                    if (sp.indexOf(' ') > 0 && t.startsWith(sp, s) && (e == t.length() || !Scans.wordChar(t.charAt(e)))
                            && (best == null || sp.length() > best.length())) {
                        best = sp;
                    }
                }
            }
            Entry e = best == null ? null : LogMentions.spelledBy(ctx, DNSCLIENT, best, false);
            if (e != null) {
                out.add(new Mention(line, s, s + best.length(), e, best, Mention.Role.NAME, DNSCLIENT, null, null));
            }
        }
    }

    /** A resolver's YXDOMAIN answers a query, not an update: a DNAME made the name too long (RFC 6672). */
    private static String yxdomainNote(Entry e) {
        return "rcode:6".equals(e.id()) ? DNSPYTHON_YXDOMAIN : null;
    }

    private static void dnspython(ScanContext ctx, List<Mention> out, int line, String t) {
        boolean named = false;
        int from = 0;
        int i;
        while ((i = t.indexOf(RESOLVER_MODULE, from)) >= 0) {
            from = i + RESOLVER_MODULE.length();
            if (i > 0 && (Scans.wordChar(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
                continue;
            }
            int end = LogMentions.wordEnd(t, from, "");
            Entry e = LogMentions.spelledBy(ctx, DNSPYTHON, t.substring(from, end), true);
            if (e != null) {
                out.add(new Mention(line, from, end, e, t.substring(from, end), Mention.Role.NAME, DNSPYTHON,
                        yxdomainNote(e), null));
                named = true;
            }
        }
        if (!named) {
            // the message alone (a log that printed str(exc)): it stands for its class, followed by ": query"
            for (String[] msg : MESSAGES) {
                int at = t.indexOf(msg[0]);
                int end = at + msg[0].length();
                if (at >= 0 && (at == 0 || !Scans.wordChar(t.charAt(at - 1))) && end < t.length()
                        && t.charAt(end) == ':') {
                    Entry e = LogMentions.spelledBy(ctx, DNSPYTHON, msg[1], true);
                    if (e != null) {
                        out.add(new Mention(line, at, end, e, msg[0], Mention.Role.NAME, DNSPYTHON, null, null));
                    }
                }
            }
        }
        if (t.contains(ANSWERED) && (t.contains(NO_NAMESERVERS) || t.contains(LIFETIME))) {
            Matcher m = SERVER_ANSWERED.matcher(t);
            while (m.find()) {
                Entry e = LogMentions.spelledBy(ctx, DNSPYTHON, m.group(1), false);
                if (e != null) {
                    out.add(new Mention(line, m.start(1), m.end(1), e, m.group(1), Mention.Role.NAME, DNSPYTHON,
                            yxdomainNote(e), null));
                }
            }
        }
    }


    // ------------------------------------------------------------------------------------------------ Windows

    private static void windows(ScanContext ctx, List<Mention> out, int line, String t) {
        int first = out.size();
        identifiers(ctx, out, line, t, WIN32_ID, first);
        identifiers(ctx, out, line, t, WINDNS_ID, first);
        int q = t.indexOf(RESOLVE_DNSNAME_ID);
        if (q > 0) {
            int s = q;
            while (s > 0 && (Scans.wordChar(t.charAt(s - 1)))) {
                s--;
            }
            Entry e = t.startsWith(FQID_RCODE, s)
                    ? LogMentions.spelledBy(ctx, WINDOWS, "DNS_ERROR_" + t.substring(s, q), false) : null;
            if (e != null) {
                out.add(new Mention(line, s, q, e, t.substring(s, q), Mention.Role.NAME, WINDOWS, null, null));
            }
        }
        if (numberCue(t)) {
            if (win32Word(t)) {
                numbers(ctx, out, line, t, WIN32_NUMBER, first);
            }
            if ((t.contains("rror") || t.contains("RROR")) && speaksOfDns(t)) {
                numbers(ctx, out, line, t, ERROR_NUMBER, first);
            }
        }
        message(ctx, out, line, t, NAME_ERROR_TEXT);
        if (windowsSign(t)) {
            for (String text : GUARDED_TEXTS) {
                message(ctx, out, line, t, text);
            }
        }
    }

    /**
     * A Win32 or windns.h identifier the catalog spells for Windows. Where its Win32 number (9000 plus the RCODE)
     * stands on the line too, both get the note that explains the number.
     */
    private static void identifiers(ScanContext ctx, List<Mention> out, int line, String t, String prefix,
                                    int first) {
        int from = 0;
        int i;
        while ((i = t.indexOf(prefix, from)) >= 0) {
            int end = LogMentions.wordEnd(t, i, "");
            from = end;
            if (i > 0 && Scans.wordChar(t.charAt(i - 1))) {
                continue;
            }
            Entry e = LogMentions.spelledBy(ctx, WINDOWS, t.substring(i, end), false);
            if (e == null) {
                continue;
            }
            int idIndex = out.size();
            out.add(new Mention(line, i, end, e, t.substring(i, end), Mention.Role.NAME, WINDOWS, null, null));
            if (prefix.equals(WIN32_ID)) {
                String n = Integer.toString(9000 + e.value());
                boolean found = false;
                int at = t.indexOf(n);
                while (at >= 0) {
                    int ne = at + n.length();
                    if (wholeNumber(t, at, ne) && !taken(out, first, at, ne)) {
                        Scans.entry(ctx, out, line, t, at, ne, e.id(), Mention.Role.NUMBER, WINDOWS, "note.win32",
                                "n", n, "name", e.name());
                        found = true;
                    }
                    at = t.indexOf(n, ne);
                }
                if (found) {
                    out.set(idIndex, out.get(idIndex).withNote("note.win32", "n", n, "name", e.name()));
                }
            }
        }
    }

    /** Win32 numbers 9001-9010 in one of the forms that make them Win32 errors: RCODE 1-10. */
    private static void numbers(ScanContext ctx, List<Mention> out, int line, String t, Pattern p, int first) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            if (!wholeNumber(t, s, e) || taken(out, first, s, e)) {
                continue;
            }
            int v = Scans.parse(t, s, e) - 9000;
            Entry en = ctx.catalog().lookup(Kind.RCODE, v, false).orElse(null);
            if (en != null) {
                Scans.entry(ctx, out, line, t, s, e, en.id(), Mention.Role.NUMBER, WINDOWS, "note.win32", "n",
                        t.substring(s, e), "name", en.name());
            }
        }
    }

    /** A Win32 message text, where the catalog spells it for Windows (with its full stop, if the line has it). */
    private static void message(ScanContext ctx, List<Mention> out, int line, String t, String text) {
        int from = 0;
        int i;
        while ((i = t.indexOf(text, from)) >= 0) {
            int end = i + text.length();
            from = end;
            if (i > 0 && Scans.wordChar(t.charAt(i - 1)) || end < t.length() && Scans.wordChar(t.charAt(end))) {
                continue;
            }
            Entry e = null;
            if (end < t.length() && t.charAt(end) == '.' && (end + 1 == t.length()
                    || !Scans.wordChar(t.charAt(end + 1)))) {
                e = LogMentions.spelledBy(ctx, WINDOWS, t.substring(i, end + 1), false);
                if (e != null) {
                    end++;
                }
            }
            if (e == null) {
                e = LogMentions.spelledBy(ctx, WINDOWS, text, false);
            }
            if (e == null) {
                // PowerShell prints the message without its final period ("Resolve-DnsName : x : DNS server failure")
                e = LogMentions.spelledBy(ctx, WINDOWS, text + ".", false);
            }
            if (e != null) {
                out.add(new Mention(line, i, end, e, t.substring(i, end), Mention.Role.NAME, WINDOWS, null, null));
            }
        }
    }

    /** Whether "dns" (any case) starts a word or a part of a name on the line: DNS, DnsQuery_W, Resolve-DnsName. */
    private static boolean speaksOfDns(String t) {
        int i = Scans.indexOfIgnoreCase(t, "dns", 0, t.length());
        while (i >= 0) {
            if (i == 0 || !Character.isLetter(t.charAt(i - 1))) {
                return true;
            }
            i = Scans.indexOfIgnoreCase(t, "dns", i + 1, t.length());
        }
        return false;
    }

    /** Digits not inside a longer number, word or hex literal: 9003 in "error 9003", not in "x9003" or "19003". */
    private static boolean wholeNumber(String t, int s, int e) {
        if (s > 0 && (Scans.wordChar(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) {
            return false;
        }
        return e >= t.length() || !Scans.wordChar(t.charAt(e))
                && !(t.charAt(e) == '.' && e + 1 < t.length() && Character.isDigit(t.charAt(e + 1)));
    }

    /** Whether this rule already mentioned exactly {@code [s, e)} on the line. */
    private static boolean taken(List<Mention> out, int first, int s, int e) {
        for (int k = first; k < out.size(); k++) {
            if (out.get(k).start() == s && out.get(k).end() == e) {
                return true;
            }
        }
        return false;
    }
}
