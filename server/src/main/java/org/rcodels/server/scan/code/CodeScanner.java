package org.rcodels.server.scan.code;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.catalog.Tool;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;

/**
 * Identifiers for DNS codes in source code: dnspython, miekg/dns and Go dnsmessage, C (nameser.h, ldns/sldns,
 * windns.h, c-ares), dnsjava and Netty, Node.js, and Rust's domain crate and hickory-dns.
 *
 * <p>Only whole words count (letters, digits and '_' make a word), and identifiers are matched with their exact case,
 * so {@code NXDOMAIN_COUNT}, {@code my_servfail_handler} and a lower-case "refused" are never mentions. What counts:
 * <ul>
 * <li>The upper-case RCODE mnemonics that only DNS uses (NXDOMAIN, SERVFAIL, FORMERR, NOTIMP, NOTIMPL, YXDOMAIN,
 * YXRRSET, NXRRSET, NOTAUTH, NOTZONE, DSOTYPENI, BADVERS, BADTRUNC, BADCOOKIE), anywhere in the line: as an
 * attribute ({@code dns.rcode.NXDOMAIN}, {@code Rcode.NOTIMPL}, {@code dns.resolver.NXDOMAIN}), as a string
 * ({@code dns.StringToRcode["NXDOMAIN"]}, {@code from_text("SERVFAIL")}), as a C macro from nameser_compat.h
 * ({@code case SERVFAIL:}) or in a comment ("# returns NXDOMAIN"): people hover all of these.</li>
 * <li>The mnemonics that are also ordinary words in other software (NOERROR, REFUSED, NODATA, BADKEY, BADTIME,
 * BADMODE, BADNAME, BADALG, and BADSIG, GnuPG's status keyword) only when the line itself is about DNS: "dns",
 * "rcode" or "tsig", in any case, is a word or an identifier part there ({@link #aboutDns}: {@code Rcode.REFUSED},
 * {@code dns.NODATA}, {@code hp->rcode == NOERROR}, {@code DNS_RCODE}), not {@code Status.REFUSED}, a raster's
 * {@code NODATA = -9999}, {@code response.errorCode = NOERROR}, {@code ControlErrorCode.REFUSED} or
 * {@code errcode != NOERROR}. A line that names GnuPG or lists its status keywords ({@code [GNUPG:] BADSIG},
 * {@code {"BADSIG", "ERRSIG", "EXPSIG"}}) is never about DNS. In Rust a bare BADSIG outside strings and comments is
 * a DNS crate's variant (after {@code use ResponseCode::*} or {@code use TsigRcode::*}) and needs no DNS word.</li>
 * <li>Library identifiers that the catalog knows for the tools of the language: Go {@code RcodeNameError},
 * {@code RCodeNameError}, {@code ExtendedErrorCodeDNSBogus} (miekg/dns v1) and {@code ExtendedErrorDNSBogus}
 * (codeberg.org/miekg/dns, v2), and {@code dns.OpcodeUpdate}; C {@code ns_r_nxdomain}, {@code LDNS_RCODE_NXDOMAIN},
 * {@code LDNS_EDE_DNSSEC_BOGUS}, {@code DNS_RCODE_NAME_ERROR}, {@code DNS_ERROR_RCODE_NAME_ERROR},
 * {@code DNS_ERROR_RCODE_NO_ERROR} (NO_ERROR, 0), {@code DNS_INFO_NO_RECORDS} (Windows' NODATA, 9501),
 * {@code ARES_ENOTFOUND} (these C names count in every language, since bindings reuse them); Python
 * {@code NoAnswer} (NODATA) and {@code EDECode.DNSSEC_BOGUS}; Java (dnsjava) {@code ExtendedErrorCodeOption.DNSSEC_BOGUS}.</li>
 * <li>Opcode names (QUERY, IQUERY, STATUS, NOTIFY, UPDATE) only right after a qualifier ending in "opcode" (any
 * case) in a line that mentions dns ({@code dns.opcode.UPDATE}, {@code org.xbill.DNS.Opcode.NOTIFY}, Netty {@code DnsOpCode.QUERY}).</li>
 * <li>JavaScript: the c-ares error codes Node reports ({@code 'ENOTFOUND'}, {@code 'ENODATA'}, {@code 'ESERVFAIL'},
 * {@code 'EREFUSED'}, {@code 'EFORMERR'}, {@code 'ENOTIMP'}) as whole words, and Node's {@code dns.NOTFOUND}
 * constant. After Node's {@code dns.} only the c-ares codes that stand for a server's answer name a code
 * ({@code dns.NODATA}, {@code FORMERR}, {@code SERVFAIL}, {@code NOTFOUND}, {@code NOTIMP}, {@code REFUSED}):
 * {@code dns.BADNAME} is c-ares' "Misformatted domain name", not the TKEY BADNAME, and {@code dns.TIMEOUT},
 * {@code dns.BADRESP}... name nothing. In C, bare ENODATA is an errno and is not a mention; c-ares there is
 * {@code ARES_ENODATA}.</li>
 * <li>A Win32 error identifier ({@code DNS_ERROR_RCODE_NAME_ERROR}) carries the note "9000 plus the RCODE" when its
 * number (9003) stands on the same line, and that number is mentioned too.</li>
 * <li>Rust: a name right after {@code Type::} where the type is one of the DNS crates' code types resolves through
 * that crate's spellings, with its exact case, whatever else the line holds: the domain crate's {@code Rcode},
 * {@code OptRcode}, {@code TsigRcode} and {@code ExtendedErrorCode} (upper-case constants such as
 * {@code Rcode::NXDOMAIN}, and the CamelCase variants of its older releases such as {@code Rcode::NXDomain}), and
 * hickory-dns's (trust-dns's) {@code ResponseCode::NXDomain}. The type decides between meanings: under
 * {@code TsigRcode} NOTAUTH is the TSIG "Not Authorized"; each name of 16 keeps the meaning it says
 * ({@code OptRcode::BADVERS}, {@code TsigRcode::BADSIG}, hickory's {@code ResponseCode::BADVERS} and
 * {@code ResponseCode::BADSIG}). Opcodes ({@code Opcode::QUERY}, hickory {@code OpCode::Query}) also need a line
 * about DNS, as Rust code for MongoDB's wire protocol has an {@code OpCode} with {@code Query} and {@code Update}
 * too; in Rust "hickory" counts as a DNS word on a line. Any other qualifier ({@code Status::Refused}) is no DNS
 * type: only the rules above for upper-case names apply, so unqualified names ({@code use ResponseCode::*}, then
 * {@code BADSIG}, but not {@code ServFail}) are read as in the other languages.</li>
 * </ul>
 * Go's "no such host" and "server misbehaving" strings are not mentioned in code: they stand for several codes.
 */
public final class CodeScanner implements Scanner {
    /** Only the first 8 KB of a line are looked at (minified code can hold a 1 MB line). */
    static final int MAX_LINE = Scanner.MAX_LINE;

    /** Upper-case RCODE mnemonics that name nothing but a DNS code. */
    private static final Set<String> DISTINCT = Set.of("NXDOMAIN", "SERVFAIL", "FORMERR", "NOTIMP", "NOTIMPL",
            "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI", "BADVERS", "BADTRUNC", "BADCOOKIE");
    /**
     * Upper-case mnemonics that other software uses as ordinary words: they need a DNS word on the line. BADSIG is
     * also GnuPG's status keyword ({@code [GNUPG:] BADSIG <key id>}).
     */
    private static final Set<String> GENERIC = Set.of("NOERROR", "REFUSED", "NODATA", "BADKEY", "BADTIME", "BADMODE",
            "BADNAME", "BADALG", "BADSIG");
    /** GnuPG's status keywords besides BADSIG and NODATA: a line that lists them is about signatures, not DNS. */
    private static final Set<String> GPG_STATUS = Set.of("ERRSIG", "EXPSIG", "GOODSIG", "VALIDSIG", "EXPKEYSIG",
            "REVKEYSIG", "NO_PUBKEY");
    /**
     * Node's {@code dns.X} constants (c-ares' ARES_E... codes) that report a failure of the client or of the
     * resolver library, not a server's answer: {@code dns.BADNAME} is c-ares' "Misformatted domain name", not the TKEY
     * RCODE BADNAME (20). The answer codes are NODATA, FORMERR, SERVFAIL, NOTFOUND, NOTIMP and REFUSED.
     */
    private static final Set<String> NODE_CLIENT_ERRORS = Set.of("BADNAME", "BADQUERY", "BADFAMILY", "BADRESP",
            "CONNREFUSED", "TIMEOUT", "EOF", "FILE", "NOMEM", "DESTRUCTION", "BADSTR", "BADFLAGS", "NONAME",
            "BADHINTS", "NOTINITIALIZED", "LOADIPHLPAPI", "ADDRGETNETWORKPARAMS", "CANCELLED");
    /**
     * Node's ENOTFOUND is c-ares' NXDOMAIN only from dns.resolve*(); dns.lookup() (getaddrinfo, what http, net and most
     * clients use) fabricates it for EAI_NONAME and EAI_NODATA alike (lib/internal/errors.js dnsException), so there
     * it may be NODATA as well.
     */
    static final String NODE_ENOTFOUND = "note.nodeEnotfound";
    private static final Set<String> OPCODES = Set.of("QUERY", "IQUERY", "STATUS", "NOTIFY", "UPDATE");
    private static final Set<String> CARES = Set.of("ENOTFOUND", "ENODATA", "ESERVFAIL", "EREFUSED", "EFORMERR",
            "ENOTIMP");

    /** Rust tool ids (spellings.json). */
    static final String RUST_DOMAIN = "rust-domain";
    static final String HICKORY = "hickory";

    /**
     * A Rust type that holds DNS codes: the tool whose spellings its names are, the kind of code, whether a name
     * with two meanings takes the TSIG one, and whether the line must also be about DNS (opcode names are ordinary
     * words, and other protocols have an OpCode type).
     */
    private record RustType(String tool, Kind kind, boolean tsig, boolean needsDnsLine) {
    }

    private static final Map<String, RustType> RUST_TYPES = Map.of(
            "Rcode", new RustType(RUST_DOMAIN, Kind.RCODE, false, false),
            "OptRcode", new RustType(RUST_DOMAIN, Kind.RCODE, false, false),
            "TsigRcode", new RustType(RUST_DOMAIN, Kind.RCODE, true, false),
            "ExtendedErrorCode", new RustType(RUST_DOMAIN, Kind.EDE, false, false),
            "Opcode", new RustType(RUST_DOMAIN, Kind.OPCODE, false, true),
            "ResponseCode", new RustType(HICKORY, Kind.RCODE, false, false),
            "OpCode", new RustType(HICKORY, Kind.OPCODE, false, true));

    private final Dialect language;

    public CodeScanner(Dialect language) {
        this.language = language;
    }

    public Dialect language() {
        return language;
    }

    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        int limit = Math.min(text.length(), MAX_LINE);
        int dnsLine = -1; // lazily: 1 if the line is about DNS (aboutDnsHere), 0 if not
        boolean rust = language == Dialect.CODE_RUST;
        // Rust's older domain releases name an opcode Dso: three letters, after a type only
        int minLength = rust ? 3 : 5;
        int i = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (!Scans.wordCharCjkBreak(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < limit && Scans.wordCharCjkBreak(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && Scans.wordCharCjkBreak(text.charAt(i))) {
                // cut by the length cap: not a whole word
                continue;
            }
            int len = i - s;
            if (len < minLength || len > 48 || !(c >= 'A' && c <= 'Z' || c == 'n')) {
                continue;
            }
            String w = text.substring(s, i);
            if (rust) {
                String q = pathQualifier(text, s);
                RustType type = q == null ? null : RUST_TYPES.get(q);
                if (type != null) {
                    if (type.needsDnsLine() && dnsLine < 0) {
                        dnsLine = aboutDnsHere(text, limit) ? 1 : 0;
                    }
                    if ((!type.needsDnsLine() || dnsLine == 1) && rustTyped(ctx, out, line, text, s, i, w, type)) {
                        continue;
                    }
                }
                if (len < 5) {
                    continue;
                }
            }
            if (language == Dialect.CODE_JS && NODE_CLIENT_ERRORS.contains(w) && "dns".equals(qualifier(text, s))) {
                continue; // dns.BADNAME: c-ares' own error, no RCODE
            }
            if (DISTINCT.contains(w)) {
                named(ctx, out, line, text, s, i, w, null);
            } else if (GENERIC.contains(w)) {
                if (dnsLine < 0) {
                    dnsLine = aboutDnsHere(text, limit) ? 1 : 0;
                }
                // in Rust a bare BADSIG in code is a DNS crate's variant (use ResponseCode::*); gpg's is in a string
                if (dnsLine == 1 || rust && w.equals("BADSIG") && !gpgLine(text, limit) && !inRustLiteral(text, s)) {
                    named(ctx, out, line, text, s, i, w, null);
                }
            } else if (OPCODES.contains(w)) {
                String q = rust ? pathQualifier(text, s) : qualifier(text, s);
                if (q != null && q.length() >= 6 && q.regionMatches(true, q.length() - 6, "opcode", 0, 6)) {
                    if (dnsLine < 0) {
                        dnsLine = aboutDnsHere(text, limit) ? 1 : 0;
                    }
                    if (dnsLine == 1) {
                        named(ctx, out, line, text, s, i, w, Kind.OPCODE);
                    }
                }
            } else {
                libraryIdentifier(ctx, out, line, text, s, i, w, limit);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- per language

    private void libraryIdentifier(ScanContext ctx, List<Mention> out, int line, String text, int s, int e, String w,
                                   int limit) {
        // C library prefixes, in any language: they are unmistakable, and bindings reuse them (Go's x/sys/windows
        // has DNS_ERROR_RCODE_NAME_ERROR, pycares has ARES_ENOTFOUND)
        if (w.startsWith("ns_r_")) {
            identifier(ctx, out, line, text, s, e, w, "nameser", Kind.RCODE);
            return;
        }
        if (w.startsWith("LDNS_RCODE_")) {
            identifier(ctx, out, line, text, s, e, w, "ldns", Kind.RCODE);
            return;
        }
        if (w.startsWith("GETDNS_RCODE_")) {
            identifier(ctx, out, line, text, s, e, w, "getdns", Kind.RCODE);
            return;
        }
        if (w.startsWith("LDNS_EDE_")) {
            identifier(ctx, out, line, text, s, e, w, "ldns", Kind.EDE);
            return;
        }
        if (w.startsWith("DNS_RCODE_")) {
            identifier(ctx, out, line, text, s, e, w, "windows", Kind.RCODE);
            return;
        }
        if (w.startsWith("DNS_ERROR_RCODE_")) {
            Entry en = identifier(ctx, out, line, text, s, e, w, "windows", Kind.RCODE);
            // DNS_ERROR_RCODE_NO_ERROR is NO_ERROR (0), not 9000
            if (en != null && en.value() != 0) {
                win32Number(ctx, out, line, text, limit, en);
            }
            return;
        }
        if (w.equals("DNS_INFO_NO_RECORDS")) {
            // Win32 9501, "No records found for given DNS query.": Windows' NODATA
            identifier(ctx, out, line, text, s, e, w, "windows", Kind.PSEUDO);
            return;
        }
        if (w.startsWith("ARES_E")) {
            identifier(ctx, out, line, text, s, e, w, "cares", null);
            return;
        }
        switch (language) {
            case CODE_GO -> {
                if (w.startsWith("Rcode")) {
                    identifier(ctx, out, line, text, s, e, w, "miekg-go", Kind.RCODE);
                } else if (w.startsWith("RCode")) {
                    identifier(ctx, out, line, text, s, e, w, "go-dnsmessage", Kind.RCODE);
                } else if (w.startsWith("ExtendedError")) {
                    // v1 ExtendedErrorCodeDNSBogus, v2 (codeberg.org/miekg/dns) ExtendedErrorDNSBogus
                    identifier(ctx, out, line, text, s, e, w, "miekg-go", Kind.EDE);
                } else if (w.startsWith("Opcode") && "dns".equals(qualifier(text, s))) {
                    identifier(ctx, out, line, text, s, e, w, "miekg-go", Kind.OPCODE);
                }
            }
            case CODE_JAVA -> {
                if (w.charAt(0) >= 'A' && w.charAt(0) <= 'Z' && "ExtendedErrorCodeOption".equals(qualifier(text, s))) {
                    // dnsjava's EDE constants: ExtendedErrorCodeOption.DNSSEC_BOGUS
                    identifier(ctx, out, line, text, s, e, w, "dnsjava", Kind.EDE);
                } else if ("DnsResponseCode".equals(qualifier(text, s))) {
                    // Netty's names that are no mnemonic of their own: DnsResponseCode.BADVERS_OR_BADSIG (16)
                    identifier(ctx, out, line, text, s, e, w, "netty", Kind.RCODE);
                } else if ("RESPONSE_CODE".equals(qualifier(text, s))) {
                    // MiniDNS: DnsMessage.RESPONSE_CODE.NX_DOMAIN
                    identifier(ctx, out, line, text, s, e, w, "minidns", Kind.RCODE);
                }
            }
            case CODE_PYTHON -> {
                if (w.equals("NoAnswer")) {
                    identifier(ctx, out, line, text, s, e, w, "dnspython", Kind.PSEUDO);
                } else if (w.charAt(0) >= 'A' && w.charAt(0) <= 'Z' && "EDECode".equals(qualifier(text, s))) {
                    identifier(ctx, out, line, text, s, e, w, "dnspython", Kind.EDE);
                }
            }
            case CODE_JS -> {
                if (CARES.contains(w)) {
                    if (identifier(ctx, out, line, text, s, e, w, "cares", null) != null && w.equals("ENOTFOUND")) {
                        out.set(out.size() - 1, out.get(out.size() - 1).withNote(NODE_ENOTFOUND));
                    }
                } else if (w.equals("NOTFOUND") && "dns".equals(qualifier(text, s))) {
                    // Node's dns.NOTFOUND is the string 'ENOTFOUND'
                    Scans.entry(ctx, out, line, text, s, e, "rcode:3", Mention.Role.NAME, "cares", NODE_ENOTFOUND);
                }
            }
            default -> {
            }
        }
    }

    /**
     * An upper-case mnemonic (an RCODE or NODATA, or an OPCODE if {@code kind} says so); the tool is the one the
     * language and the qualifier point at, if it spells the word so.
     */
    private void named(ScanContext ctx, List<Mention> out, int line, String text, int s, int e, String w, Kind kind) {
        String tool = preferredTool(text, s);
        Kind k = kind == null ? Kind.RCODE : kind;
        String used = tool;
        Entry en = tool == null ? null : inTool(ctx, tool, w, k);
        if (en == null && kind == null) {
            en = inTool(ctx, tool, w, Kind.PSEUDO);
        }
        if (en == null) {
            used = null;
            en = canonical(ctx, w, k);
            if (en == null && kind == null) {
                en = canonical(ctx, w, Kind.PSEUDO);
            }
            if (en == null) {
                en = anyExact(ctx, w, k);
            }
        }
        if (en == null) {
            return;
        }
        if (language == Dialect.CODE_JS && "dns".equals(qualifier(text, s))) {
            used = "cares"; // dns.SERVFAIL, dns.NODATA: Node's names for the c-ares codes
        }
        out.add(new Mention(line, s, e, en, w, Mention.Role.NAME, used, null, null));
    }

    private String preferredTool(String text, int s) {
        String q = qualifier(text, s);
        return switch (language) {
            case CODE_PYTHON -> "dnspython";
            case CODE_GO -> "miekg";
            case CODE_C -> "nameser";
            case CODE_JAVA -> q != null && q.equals("DnsResponseCode") ? "netty" : "dnsjava";
            case CODE_JS -> "dns".equals(q) ? "cares" : null;
            // upper-case constants are the domain crate's, except after hickory's ResponseCode
            case CODE_RUST -> "ResponseCode".equals(pathQualifier(text, s)) ? HICKORY : RUST_DOMAIN;
            default -> null;
        };
    }

    /**
     * A library identifier: only an exact-case spelling of the given tool counts ({@code kind} null: any kind).
     * Returns the entry or null.
     */
    private static Entry identifier(ScanContext ctx, List<Mention> out, int line, String text, int s, int e, String w,
                                    String tool, Kind kind) {
        Entry best = inTool(ctx, tool, w, kind);
        if (best == null) {
            return null;
        }
        out.add(new Mention(line, s, e, best, w, Mention.Role.NAME, tool, null, null));
        return best;
    }

    /** The entry the tool spells exactly so (outside TSIG, NOTAUTH is rcode:9), or null. Reads the tool's table. */
    private static Entry inTool(ScanContext ctx, String toolId, String w, Kind kind) {
        Tool tool = toolId == null ? null : ctx.catalog().tool(toolId).orElse(null);
        if (tool == null) {
            return null;
        }
        Entry best = null;
        for (Map.Entry<String, List<String>> me : tool.names().entrySet()) {
            if (!me.getValue().contains(w)) {
                continue;
            }
            Entry en = ctx.catalog().byId(me.getKey()).orElse(null);
            if (en != null && !en.isRange() && (kind == null || en.kind() == kind) && better(best, en)) {
                best = en;
            }
        }
        return best;
    }

    /** The entry whose canonical name is exactly w (NXDOMAIN, NODATA, UPDATE), or null. */
    private static Entry canonical(ScanContext ctx, String w, Kind kind) {
        Entry best = null;
        for (Entry en : ctx.catalog().entries(kind)) {
            if (!en.isRange() && w.equals(en.name()) && better(best, en)) {
                best = en;
            }
        }
        return best;
    }

    /** Any tool's exact spelling (NOTIMPL, which is no canonical name), through the catalog's resolver. */
    private static Entry anyExact(ScanContext ctx, String w, Kind kind) {
        Entry best = null;
        for (Spelling sp : ctx.catalog().resolve(w)) {
            Entry en = sp.entry();
            if (sp.exactCase() && !en.isRange() && (en.kind() == kind || kind == Kind.RCODE && en.kind() == Kind.PSEUDO)
                    && better(best, en)) {
                best = en;
            }
        }
        return best;
    }

    /** Prefers the first candidate, except that the plain meaning of a value beats its TSIG meaning. */
    private static boolean better(Entry best, Entry en) {
        return best == null || best.tsigContext() && !en.tsigContext() && best.value() == en.value();
    }

    /**
     * For DNS_ERROR_RCODE_X with its number (9000 + RCODE) on the same line: the identifier gets the note, and every
     * occurrence of the number is mentioned too.
     */
    private static void win32Number(ScanContext ctx, List<Mention> out, int line, String text, int limit, Entry en) {
        Mention id = out.get(out.size() - 1);
        String n = Integer.toString(9000 + en.value());
        boolean found = false;
        int at = text.indexOf(n);
        while (at >= 0 && at + n.length() <= limit) {
            int end = at + n.length();
            int after = end;
            while (after < text.length() && "LlUu".indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            if ((at == 0 || !Scans.wordChar(text.charAt(at - 1)))
                    && (after >= text.length() || !Scans.wordChar(text.charAt(after)))) {
                found = true;
                Scans.entry(ctx, out, line, text, at, end, en.id(), Mention.Role.NUMBER, "windows", "note.win32",
                        "n", n, "name", en.name());
            }
            at = text.indexOf(n, end);
        }
        if (found) {
            out.set(out.indexOf(id), id.withNote("note.win32", "n", n, "name", en.name()));
        }
    }

    /**
     * A Rust name after one of the code types ({@code Rcode::NXDOMAIN}, {@code ResponseCode::ServFail}): the entry
     * that the type's crate spells exactly so, of the type's kind; where a name has two meanings (NOTAUTH), the type
     * picks one. Returns whether a mention was added.
     */
    private static boolean rustTyped(ScanContext ctx, List<Mention> out, int line, String text, int s, int e,
                                     String w, RustType type) {
        Tool tool = ctx.catalog().tool(type.tool()).orElse(null);
        if (tool == null) {
            return false;
        }
        Entry best = null;
        for (Map.Entry<String, List<String>> me : tool.names().entrySet()) {
            if (!me.getValue().contains(w)) {
                continue;
            }
            Entry en = ctx.catalog().byId(me.getKey()).orElse(null);
            if (en == null || en.isRange() || en.kind() != type.kind()) {
                continue;
            }
            if (best == null || best.value() == en.value() && en.tsigContext() == type.tsig()) {
                best = en;
            }
        }
        if (best == null) {
            return false;
        }
        out.add(new Mention(line, s, e, best, w, Mention.Role.NAME, type.tool(), null, null));
        return true;
    }

    /**
     * The path segment just before "::" in front of text[s], as in {@code iana::Rcode::NXDOMAIN} -> "Rcode"; null if
     * there is none.
     */
    static String pathQualifier(String text, int s) {
        return wordBefore(text, s, "::");
    }

    /**
     * Whether the line is about DNS: it holds the word "dns", "rcode" or "tsig" ({@link #aboutDns}); in Rust also
     * "hickory", whose paths ({@code hickory_proto::op::OpCode}) hold no other DNS word (trust-dns's do). A line that
     * names GnuPG or lists its status words ({@link #gpgLine}) is about signatures, whatever else it holds.
     */
    private boolean aboutDnsHere(String text, int limit) {
        boolean dns = aboutDns(text, limit);
        if (!dns && language == Dialect.CODE_RUST) {
            int at = text.indexOf("hickory");
            dns = at >= 0 && at + "hickory".length() <= limit;
        }
        return dns && !gpgLine(text, limit);
    }

    /**
     * Whether the line names GnuPG ("gpg" or "gnupg" in a word, any case: {@code gpgv}, {@code [GNUPG:]},
     * {@code GNUPGBADSIG}) or one of its status keywords other than BADSIG and NODATA ({@code ERRSIG},
     * {@code VALIDSIG}, {@code NO_PUBKEY}...), as code that reads {@code gpg --status-fd} or apt's gpgv method does.
     */
    static boolean gpgLine(String text, int limit) {
        int i = 0;
        while (i < limit) {
            if (!Scans.wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < limit && Scans.wordChar(text.charAt(i))) {
                i++;
            }
            if (GPG_STATUS.contains(text.substring(s, i))
                    || Scans.indexOfIgnoreCase(text, "gpg", s, i) >= 0
                    || Scans.indexOfIgnoreCase(text, "gnupg", s, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text[s] stands inside a Rust string literal or comment: after an odd number of unescaped '"' or after
     * "//" or an unclosed "/*" outside a string, counting from the line's start (a line that starts inside a
     * multi-line string or comment is not recognised). Single quotes are lifetimes or characters in Rust, not strings.
     */
    static boolean inRustLiteral(String text, int s) {
        boolean string = false;
        boolean block = false;
        for (int i = 0; i < s; i++) {
            char c = text.charAt(i);
            if (block) {
                if (c == '*' && i + 1 < s && text.charAt(i + 1) == '/') {
                    block = false;
                    i++;
                }
            } else if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '/' && i + 1 < s && text.charAt(i + 1) == '/') {
                return true;
            } else if (c == '/' && i + 1 < s && text.charAt(i + 1) == '*') {
                block = true;
                i++;
            }
        }
        return string || block;
    }

    /** The word just before "." in front of text[s], as in rcode.NXDOMAIN -> "rcode"; null if there is none. */
    static String qualifier(String text, int s) {
        return wordBefore(text, s, ".");
    }

    /** The word that ends right before {@code sep} in front of text[s], or null if there is none. */
    private static String wordBefore(String text, int s, String sep) {
        int e = s - sep.length();
        if (e < 1 || !text.startsWith(sep, e)) {
            return null;
        }
        int b = e;
        while (b > 0 && Scans.wordChar(text.charAt(b - 1))) {
            b--;
        }
        return b == e ? null : text.substring(b, e);
    }

    /**
     * Whether the line is about DNS: "dns", "rcode" or "tsig", in any case, begins an identifier part. A part is a run
     * of letters that starts the run or follows a lower-case letter with an upper-case one, so {@code dns.rcode},
     * {@code Rcode.NXDOMAIN}, {@code msg.Rcode}, {@code hp->rcode}, {@code RcodeNameError}, {@code h.RCode},
     * {@code getRcode()}, {@code dnsResponse}, {@code DNS_RCODE}, {@code TSIGVerify} and the library names
     * {@code dnsjava}, {@code dnsmessage}, {@code dnspython}, {@code DNSSEC} count, while {@code errorCode},
     * {@code ErrorCode}, {@code errcode}, {@code ERRCODE}, {@code barcode}, {@code QRCode}, {@code charCode},
     * {@code addNsRecord} and {@code resultsIgnored} do not. "dns" also counts at the end of a run written in one case
     * ({@code aiodns}, {@code coredns}, {@code EDNS}, {@code mdns}).
     */
    static boolean aboutDns(String text, int limit) {
        int i = 0;
        while (i < limit) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < limit && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                break; // cut by the length cap
            }
            if (dnsWordIn(text, s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run of letters text[s,e) holds a DNS word as {@link #aboutDns} defines it. */
    private static boolean dnsWordIn(String text, int s, int e) {
        for (int k = s; k + 3 <= e; k++) {
            char c = (char) (text.charAt(k) | 0x20);
            boolean partStart = k == s
                    || Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1));
            if (c == 'd' && text.regionMatches(true, k, "dns", 0, 3)) {
                if (partStart || k + 3 == e && oneCase(text, k - 1, k + 3)) {
                    return true;
                }
            } else if (partStart && (c == 'r' && k + 5 <= e && text.regionMatches(true, k, "rcode", 0, 5)
                    || c == 't' && k + 4 <= e && text.regionMatches(true, k, "tsig", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letters text[s,e) are all lower case or all upper case. */
    private static boolean oneCase(String text, int s, int e) {
        boolean lower = true;
        boolean upper = true;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            lower &= Character.isLowerCase(c);
            upper &= Character.isUpperCase(c);
        }
        return lower || upper;
    }
}
