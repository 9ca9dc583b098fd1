package org.rcodels.server.scan.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * dnsdist, PowerDNS (Recursor and Authoritative) and Knot Resolver Lua configuration. Only config text counts:
 * comments ({@code --}, {@code --[[ ]]}, also over several lines) and strings get the upper-case mnemonic rule
 * of {@link UpperNames} and nothing else.
 *
 * <p>dnsdist: {@code DNSRCode.NAME} (BADSIG and BADVERS are both 16; dnsdist uses them only as a reply's RCODE, so
 * BADSIG is read as BADVERS, with a note),
 * {@code DNSAction.Nxdomain|Refused|ServFail} and {@code DNSResponseAction.ServFail} (policy), numeric arguments of
 * {@code RCodeRule}, {@code ERCodeRule}, {@code RCodeAction}, {@code ERCodeAction} and the kind argument of
 * {@code topResponses}, the EDE number of {@code SetExtendedDNSErrorAction} and
 * {@code SetExtendedDNSErrorResponseAction}, {@code NegativeAndSOAAction(true|false, ...)} (NXDOMAIN or NODATA), the
 * code named in {@code exceedServFails} and {@code exceedNXDOMAINs} (with a note saying what they return), and
 * numbers compared with or set by {@code getRCode()}/{@code setRCode()}.
 *
 * <p>PowerDNS: {@code pdns.NAME} for the RCODE constants only ({@code pdns.DROP} is -2, not a code),
 * {@code pdns.policykinds.NXDOMAIN|NODATA} and {@code Policy.NXDOMAIN|NODATA} (policy), {@code .rcode = N},
 * {@code extendedErrorCode = N} (EDE), and the {@code nxdomain(dq)} and {@code nodata(dq)} hooks (with a note saying
 * when the Recursor calls them).
 *
 * <p>Knot Resolver: {@code policy.DENY}, {@code policy.DENY_MSG} (NXDOMAIN), {@code policy.DROP} (SERVFAIL, not
 * silence), {@code policy.REFUSE} (REFUSED) as policy words; {@code kres.rcode.NAME}; {@code kres.extended_error.NAME}
 * (EDE, by kresd's short names). NO_ANSWER, TC and PASS produce no code and are not mentions.
 */
public final class LuaScanner extends ConfigScanner {
    static final String DNSDIST = "dnsdist";
    static final String DNSDIST_ACTION = "dnsdist-action";
    static final String PDNS = "pdns-lua";
    static final String KRESD = "kresd";

    static final String BADSIG_NOTE = "note.dnsdistBadsig";

    /** What dnsdist's exceed functions do (docs/reference/config.rst, guides/dynblocks.rst). */
    static final String NOTE_EXCEED_SERVFAILS = "note.option.dnsdist.exceedServFails";
    static final String NOTE_EXCEED_NXDOMAINS = "note.option.dnsdist.exceedNxdomains";
    /** When PowerDNS Recursor calls its nxdomain and nodata hooks (recursordist docs/lua-scripting/hooks.rst). */
    static final String NOTE_NXDOMAIN_HOOK = "note.option.pdns.nxdomainHook";
    static final String NOTE_NODATA_HOOK = "note.option.pdns.nodataHook";

    private static final Pattern DNSRCODE = Pattern.compile("\\bDNSRCode\\s*\\.\\s*([A-Za-z_]\\w*)");
    /**
     * dnsdist's constants before 1.4 ({@code dnsdist.REFUSED}); 1.7 removed the fallback, so such a configuration no
     * longer loads, but it is still common in the wild: its RCODE names are read (diagnostics say how to write them).
     */
    private static final Pattern OLD_DNSDIST = Pattern.compile("(?<![\\w.:])dnsdist\\s*\\.\\s*([A-Z]\\w*)");
    private static final Pattern DNSACTION = Pattern.compile("\\b(DNSAction|DNSResponseAction)\\s*\\.\\s*([A-Za-z_]\\w*)");
    private static final Pattern RCODE_FN = Pattern.compile("\\bE?RCode(?:Rule|Action)\\s*\\(\\s*(\\d{1,5})\\s*[,)]");
    /** A call whose first argument goes on the next line: {@code RCodeAction(} at the end of the code. */
    private static final Pattern OPEN_ARG_CALL = Pattern.compile(
            "(?<![\\w.:])(E?RCode(?:Rule|Action)|SetExtendedDNSError(?:Response)?Action)\\s*\\(\\s*$");
    /** That argument, a number, at the start of the next line. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,5})\\s*[,)]");
    private static final Pattern TOP_RESPONSES = Pattern.compile("\\btopResponses\\s*\\(\\s*\\d+\\s*,\\s*(\\d{1,5})\\s*[,)]");
    private static final Pattern EDE_FN = Pattern.compile(
            "\\bSetExtendedDNSError(?:Response)?Action\\s*\\(\\s*(\\d{1,5})\\s*[,)]");
    private static final Pattern NEG_SOA = Pattern.compile("\\bNegativeAndSOAAction\\s*\\(\\s*(true|false)\\b");
    private static final Pattern EXCEED = Pattern.compile("\\bexceed(ServFail|NXDOMAIN)s\\s*\\(");
    private static final Pattern HEADER_RCODE = Pattern.compile(
            "(?:[:.]getRCode\\s*\\(\\s*\\)\\s*(?:==|~=)|[:.]setRCode\\s*\\()\\s*(\\d{1,5})\\b");
    private static final Pattern PDNS_MEMBER = Pattern.compile("\\bpdns\\s*\\.\\s*([A-Za-z_]\\w*)\\b(?!\\s*\\.)");
    private static final Pattern POLICYKINDS = Pattern.compile("\\bpdns\\s*\\.\\s*policykinds\\s*\\.\\s*([A-Za-z_]\\w*)");
    private static final Pattern PDNS_POLICY = Pattern.compile("\\bPolicy\\s*\\.\\s*([A-Za-z_]\\w*)");
    private static final Pattern DOT_RCODE = Pattern.compile("\\.\\s*rcode\\s*(?:==|~=|=)\\s*(\\d{1,5})\\b");
    private static final Pattern EXT_ERROR = Pattern.compile("\\bextendedErrorCode\\s*=\\s*(\\d{1,5})\\b");
    private static final Pattern HOOK = Pattern.compile("\\bfunction\\s+(nxdomain|nodata)\\s*\\(");
    private static final Pattern KRESD_POLICY = Pattern.compile("\\bpolicy\\s*\\.\\s*(DENY_MSG|DENY|DROP|REFUSE)\\b");
    private static final Pattern KRES_RCODE = Pattern.compile("\\bkres\\s*\\.\\s*rcode\\s*\\.\\s*([A-Za-z_]\\w*)");
    private static final Pattern KRES_EDE = Pattern.compile("\\bkres\\s*\\.\\s*extended_error\\s*\\.\\s*([A-Za-z_]\\w*)");

    /**
     * kres.extended_error.NOTAUTH is EDE 20 (libknot's KNOT_EDNS_EDE_NOTAUTH; Knot Resolver's chaos module uses it).
     * It is not a catalog spelling of the kresd tool, where NOTAUTH names the RCODE 9 (kres.rcode.NOTAUTH), so that
     * "explain NOTAUTH" keeps meaning that RCODE: only this table reads it as the EDE. Shared with {@code Slots}.
     */
    public static final String KRES_EDE_NOTAUTH = "NOTAUTH";

    /** The RCODE constants of PowerDNS's Lua (lua-base4.cc); other pdns.* members are not codes. */
    private static final Set<String> PDNS_RCODES = Set.of("NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",
            "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE");

    public LuaScanner() {
        // the tool of upper-case names depends on the file: see tool()
        super(null, "DNSRCode", "dnsdist", "DNSAction", "DNSResponseAction", "RCode", "ExtendedDNSError", "NegativeAndSOAAction",
                "exceed", "topResponses", "pdns", "Policy", "rcode", "extendedErrorCode", "function", "policy", "kres");
    }

    @Override
    void config(ScanContext ctx, int line, String text, List<Mention> out) {
        ConfigLine.inContext(ctx, line, text, ConfigLine.Syntax.LUA, out, cl -> {
            int first = out.size();
            scanCode(ctx, line, text, cl.code, out);
            // a Lua program's own definitions (policy.DROP = ..., function Policy.new) are no uses of the constants
            for (int i = out.size() - 1; i >= first; i--) {
                Mention m = out.get(i);
                if (definedHere(cl.code, m.start(), m.end())) {
                    out.remove(i);
                }
            }
        });
    }

    /**
     * Whether the table member at {@code code[start,end)} (after a dot) is being defined rather than used: the
     * target of an assignment ({@code t.x = ...}, not {@code t.x == ...}) or the name in a function definition
     * ({@code function t.x(}). Shared with completion and diagnostics ({@code Slots}).
     */
    public static boolean definedHere(String code, int start, int end) {
        int d = start;
        while (d > 0 && Character.isWhitespace(code.charAt(d - 1))) {
            d--;
        }
        if (d == 0 || code.charAt(d - 1) != '.') {
            // not a table member: a PowerDNS hook such as function nxdomain(dq) is defined to be called
            return false;
        }
        int i = end;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        if (i < code.length() && code.charAt(i) == '=' && (i + 1 == code.length() || code.charAt(i + 1) != '=')) {
            return true;
        }
        // back over the dotted expression (Policy.new, a.b.c) to what precedes it
        int j = start;
        while (j > 0 && (Scans.wordChar(code.charAt(j - 1)) || code.charAt(j - 1) == '.')) {
            j--;
        }
        while (j > 0 && Character.isWhitespace(code.charAt(j - 1))) {
            j--;
        }
        return j >= 8 && code.startsWith("function", j - 8) && (j == 8 || !Scans.wordChar(code.charAt(j - 9)));
    }

    /**
     * The function whose argument list the line above opened and left for this line ({@code RCodeAction(} at its end,
     * then {@code DNSRCode.BADCOOKIE)} or {@code 23)} here), when this line starts with a word or, for completion
     * ({@code cursor >= 0}), is blank up to the cursor; else null. Only the nearest non-blank line above counts, and
     * only its code: a comment saying {@code -- RCodeAction(} opens nothing. Shared with completion and diagnostics.
     */
    public static String callOpenAbove(ScanContext ctx, int line, String text, int cursor) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean word = i < text.length() && Scans.wordChar(text.charAt(i));
        if (!word && !(cursor >= 0 && cursor <= i)) {
            return null;
        }
        for (int l = line - 1; l >= 0 && l >= line - 3; l--) {
            String above = ctx.line(l);
            if (above == null || above.isBlank()) {
                continue;
            }
            if (above.indexOf('(') < 0 || !ConfigLine.containsAny(above, "RCode", "ExtendedDNSError")) {
                return null;
            }
            Matcher m = OPEN_ARG_CALL.matcher(ConfigLine.lex(above, ConfigLine.Syntax.LUA).code);
            return m.find() ? m.group(1) : null;
        }
        return null;
    }

    /** dnsdist's functions that take a dynamic block's action (a DNSAction member): a block answers only with some. */
    private static final Set<String> DYNAMIC_BLOCK_CALLS = Set.of("setDynBlocksAction", "addDynBlocks",
            "addDynBlockSMT", "setQueryRate", "setRCodeRate", "setRCodeRatio", "setQTypeRate", "setResponseByteRate",
            "setSuffixMatchRule", "setSuffixMatchRuleFFI", "setCacheMissRate", "setCacheMissRatio", "addDynamicBlock");

    /**
     * The dynamic-block function ({@code setDynBlocksAction}, {@code addDynBlocks}, {@code dbr:setRCodeRate} ...) whose
     * argument list holds {@code code[at]}, on this line or opened on one of the three above; null if none. Shared
     * with completion and diagnostics.
     */
    public static String dynamicBlockCall(ScanContext ctx, int line, String code, int at) {
        int[] depth = {0};
        String call = callBefore(code, at, depth);
        for (int l = line - 1; call == null && ctx != null && l >= 0 && l >= line - 3; l--) {
            String above = ctx.line(l);
            if (above != null && !above.isBlank()) {
                String c = ConfigLine.lex(above, ConfigLine.Syntax.LUA).code;
                call = callBefore(c, c.length(), depth);
            }
        }
        return call != null && DYNAMIC_BLOCK_CALLS.contains(call) ? call : null;
    }

    /**
     * The name of the call whose argument list holds {@code code[at]} on this line (the last name before its open
     * parenthesis: {@code setRCodeRate} in {@code dbr:setRCodeRate(}), or null: no such call on the line, or a table
     * constructor or index in between.
     */
    public static String enclosingCall(String code, int at) {
        String call = callBefore(code, at, new int[1]);
        return call == null || call.isEmpty() ? null : call;
    }

    /**
     * Back from {@code at} with the bracket depth of what follows ({@code depth[0]}, updated): the name before the
     * open parenthesis that holds it; "" when a table constructor or index, or a nameless parenthesis, holds it first;
     * null when the line's start is reached (the call may be on a line above).
     */
    private static String callBefore(String code, int at, int[] depth) {
        for (int i = Math.min(at, code.length()) - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == '}' || c == ']') {
                depth[0]++;
            } else if (c == '{' || c == '[') {
                if (depth[0] == 0) {
                    return "";
                }
                depth[0]--;
            } else if (c == '(') {
                if (depth[0] > 0) {
                    depth[0]--;
                    continue;
                }
                int end = i;
                while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
                    end--;
                }
                int start = end;
                while (start > 0 && Scans.wordChar(code.charAt(start - 1))) {
                    start--;
                }
                return code.substring(start, end);
            }
        }
        return null;
    }

    @Override
    boolean continues(ScanContext ctx, int line, String text) {
        // a number alone at a line's start: RCodeRule( on the line above
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c >= '0' && c <= '9' && callOpenAbove(ctx, line, text, -1) != null;
            }
        }
        return false;
    }

    @Override
    String tool(ScanContext ctx) {
        return flavour(ctx.uri());
    }

    /** The tool whose spelling plain upper-case names in this file most likely follow, from the file name. */
    static String flavour(String uri) {
        String u = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        int slash = Math.max(u.lastIndexOf('/'), u.lastIndexOf('\\'));
        String name = u.substring(slash + 1);
        if (name.contains("dnsdist")) {
            return DNSDIST;
        }
        if (name.contains("kresd") || name.contains("knot")) {
            return KRESD;
        }
        if (name.contains("recursor") || name.contains("pdns") || name.contains("powerdns")) {
            return PDNS;
        }
        return null;
    }

    private void scanCode(ScanContext ctx, int line, String text, String code, List<Mention> out) {
        Matcher m;
        if (code.contains("DNSRCode")) {
            m = DNSRCODE.matcher(code);
            while (m.find()) {
                rcodeMember(ctx, line, text, m.start(1), m.end(1), DNSDIST, out);
            }
        }
        if (code.contains("dnsdist")) {
            m = OLD_DNSDIST.matcher(code);
            while (m.find()) {
                if (dnsdistName(ctx, m.group(1))) {
                    rcodeMember(ctx, line, text, m.start(1), m.end(1), DNSDIST, out);
                }
            }
        }
        if (code.contains("Action")) {
            m = DNSACTION.matcher(code);
            while (m.find()) {
                String member = m.group(2);
                boolean response = m.group(1).equals("DNSResponseAction");
                String id = switch (member) {
                    case "Nxdomain" -> response ? null : "rcode:3";
                    case "Refused" -> response ? null : "rcode:5";
                    // a dynamic block has no SERVFAIL: it drops (Slots and diagnostics say so)
                    case "ServFail" -> !response && dynamicBlockCall(ctx, line, code, m.start()) != null ? null : "rcode:2";
                    default -> null;
                };
                if (id != null) {
                    ConfigMentions.policy(ctx, out, line, text, m.start(2), m.end(2), id, DNSDIST_ACTION,
                            m.group(1) + "." + member);
                }
            }
        }
        if (code.contains("RCode")) {
            numbers(ctx, line, text, RCODE_FN.matcher(code), Kind.RCODE, DNSDIST, ConfigMentions.NOTE_NUMERIC, out);
            numbers(ctx, line, text, HEADER_RCODE.matcher(code), Kind.RCODE, DNSDIST, ConfigMentions.NOTE_NUMERIC, out);
        }
        Matcher lead = LEADING_NUMBER.matcher(code);
        if (lead.lookingAt()) {
            // the number argument of a call opened on the line above: RCodeRule( then 16) here
            String call = callOpenAbove(ctx, line, code, -1);
            if (call != null) {
                boolean ede = call.startsWith("SetExtended");
                numbers(ctx, line, text, lead.reset(), ede ? Kind.EDE : Kind.RCODE,
                        ede ? null : DNSDIST, ede ? ConfigMentions.NOTE_EDE : ConfigMentions.NOTE_NUMERIC, out);
            }
        }
        if (code.contains("topResponses")) {
            numbers(ctx, line, text, TOP_RESPONSES.matcher(code), Kind.RCODE, DNSDIST, ConfigMentions.NOTE_NUMERIC, out);
        }
        if (code.contains("ExtendedDNSError")) {
            // no tool: dnsdist and PowerDNS take EDE codes as bare numbers and have no names for them
            numbers(ctx, line, text, EDE_FN.matcher(code), Kind.EDE, null, ConfigMentions.NOTE_EDE, out);
        }
        if (code.contains("NegativeAndSOAAction")) {
            m = NEG_SOA.matcher(code);
            while (m.find()) {
                boolean nxd = m.group(1).equals("true");
                ConfigMentions.policy(ctx, out, line, text, m.start(1), m.end(1), nxd ? "rcode:3" : "pseudo:nodata",
                        DNSDIST, "NegativeAndSOAAction(" + m.group(1) + ", ...)");
            }
        }
        if (code.contains("exceed")) {
            m = EXCEED.matcher(code);
            while (m.find()) {
                boolean servfail = m.group(1).equals("ServFail");
                ConfigMentions.named(ctx, out, line, text, m.start(1), m.end(1), servfail ? "rcode:2" : "rcode:3",
                        DNSDIST, servfail ? NOTE_EXCEED_SERVFAILS : NOTE_EXCEED_NXDOMAINS, null);
            }
        }
        if (code.contains("pdns")) {
            m = PDNS_MEMBER.matcher(code);
            while (m.find()) {
                if (PDNS_RCODES.contains(m.group(1).toUpperCase(Locale.ROOT))) {
                    rcodeMember(ctx, line, text, m.start(1), m.end(1), PDNS, out);
                }
            }
            m = POLICYKINDS.matcher(code);
            while (m.find()) {
                pdnsPolicy(ctx, line, text, m, "pdns.policykinds.", out);
            }
        }
        if (code.contains("Policy")) {
            m = PDNS_POLICY.matcher(code);
            while (m.find()) {
                pdnsPolicy(ctx, line, text, m, "Policy.", out);
            }
        }
        if (code.contains("rcode")) {
            numbers(ctx, line, text, DOT_RCODE.matcher(code), Kind.RCODE, null, ConfigMentions.NOTE_NUMERIC, out);
        }
        if (code.contains("extendedErrorCode")) {
            numbers(ctx, line, text, EXT_ERROR.matcher(code), Kind.EDE, null, ConfigMentions.NOTE_EDE, out);
        }
        if (code.contains("function")) {
            m = HOOK.matcher(code);
            while (m.find()) {
                boolean nxdomain = m.group(1).equals("nxdomain");
                ConfigMentions.named(ctx, out, line, text, m.start(1), m.end(1), nxdomain ? "rcode:3" : "pseudo:nodata",
                        PDNS, nxdomain ? NOTE_NXDOMAIN_HOOK : NOTE_NODATA_HOOK, null);
            }
        }
        if (code.contains("policy")) {
            m = KRESD_POLICY.matcher(code);
            while (m.find()) {
                String word = m.group(1);
                int s = m.start(1);
                int e = m.end(1);
                switch (word) {
                    case "DROP" -> Scans.entry(ctx, out, line, text, s, e, "rcode:2", Mention.Role.POLICY, KRESD,
                            "note.policyDropServfail");
                    case "REFUSE" -> ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:5", KRESD,
                            "policy." + word);
                    default -> ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:3", KRESD, "policy." + word);
                }
            }
        }
        if (code.contains("kres")) {
            m = KRES_RCODE.matcher(code);
            while (m.find()) {
                rcodeMember(ctx, line, text, m.start(1), m.end(1), KRESD, out);
            }
            m = KRES_EDE.matcher(code);
            while (m.find()) {
                if (m.group(1).equals(KRES_EDE_NOTAUTH)) {
                    Scans.entry(ctx, out, line, text, m.start(1), m.end(1), "ede:20", Mention.Role.NAME, KRESD, null);
                } else if (!m.group(1).equals("NONE")) {
                    Scans.name(ctx, out, line, text, m.start(1), m.end(1), KRESD, Kind.EDE);
                }
            }
        }
    }

    /** An RCODE constant's member name; BADSIG and BADVERS (both 16) keep their own meanings. */
    /** Whether {@code w} is a name of dnsdist's DNSRCode table, as the catalog's dnsdist tool spells them. */
    public static boolean dnsdistName(ScanContext ctx, String w) {
        return ctx.catalog().tool(DNSDIST).map(t -> t.names().values().stream().anyMatch(l -> l.contains(w)))
                .orElse(false);
    }

    private static void rcodeMember(ScanContext ctx, int line, String text, int s, int e, String tool,
                                    List<Mention> out) {
        String word = text.substring(s, e);
        if (word.equals("BADSIG") && tool.equals(DNSDIST)) {
            // DNSRCode.BADSIG is 16, like BADVERS; every dnsdist rule, action and counter that takes a DNSRCode works
            // on a reply's RCODE (header and OPT record), where 16 is BADVERS. dnsdist has no API for the Error field
            // of a TSIG record, the only place BADSIG exists.
            Scans.entry(ctx, out, line, text, s, e, "rcode:16:badvers", Mention.Role.NAME, tool, BADSIG_NOTE);
            return;
        }
        if (word.equalsIgnoreCase("BADSIG") || word.equalsIgnoreCase("BADVERS")) {
            Scans.entry(ctx, out, line, text, s, e, word.equalsIgnoreCase("BADSIG") ? "rcode:16:badsig"
                    : "rcode:16:badvers", Mention.Role.NAME, tool, null);
            return;
        }
        Scans.name(ctx, out, line, text, s, e, tool, Kind.RCODE);
    }

    private static void pdnsPolicy(ScanContext ctx, int line, String text, Matcher m, String prefix,
                                   List<Mention> out) {
        String member = m.group(1);
        String id = member.equals("NXDOMAIN") ? "rcode:3" : member.equals("NODATA") ? "pseudo:nodata" : null;
        if (id != null) {
            ConfigMentions.policy(ctx, out, line, text, m.start(1), m.end(1), id, PDNS, prefix + member);
        }
    }

    private static void numbers(ScanContext ctx, int line, String text, Matcher m, Kind kind, String tool, String note,
                                List<Mention> out) {
        while (m.find()) {
            Scans.number(ctx, out, line, text, m.start(1), m.end(1), kind, false, tool, note);
        }
    }
}
