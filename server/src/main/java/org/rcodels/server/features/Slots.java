package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Carrier;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Status;
import org.rcodels.catalog.Tool;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;
import org.rcodels.server.scan.config.ConfigLine;
import org.rcodels.server.scan.config.CorefileScanner;
import org.rcodels.server.scan.config.LuaScanner;
import org.rcodels.server.scan.config.NamedConfScanner;
import org.rcodels.server.scan.config.UnboundConfScanner;
import org.rcodels.server.scan.config.YamlConfScanner;
import org.rcodels.server.scan.config.YamlLine;
import org.rcodels.server.scan.zone.ZoneScanner;

/**
 * Slots: the places in a config line where a code name, code number or policy word is expected, with the values
 * each one accepts. Completion offers a slot's values; diagnostics check the word that fills it. Both are views of
 * the same slots, so what completion offers is exactly what diagnostics accept.
 *
 * <p>Pure: reads the line (and, for block context, at most {@link org.rcodels.server.scan.Scanner#MAX_CONTEXT} lines
 * above it) and the catalog. Every finder starts with a cheap substring test and looks at the first
 * {@link ConfigLine#LIMIT} chars of a line only.
 */
final class Slots {
    private Slots() {
    }

    /** What fills a slot. */
    enum Value {
        /** A word from the slot's choices. */
        NAME,
        /** A decimal Extended DNS Error code. */
        EDE_NUMBER,
        /** The rcode argument of dnsdist's RCodeRule/RCodeAction and their extended forms. */
        RCODE_ARG,
        /** The target of a CNAME in an RPZ zone. */
        RPZ_TARGET,
        /** dnsdist's YAML rcode: a short name of an RCODE 0-15, whatever the case, or a number 0-255. */
        YAML_RCODE
    }

    private static final String COREDNS_TEMPLATE = "https://coredns.io/plugins/template/";
    private static final String COREDNS_FORWARD = "https://coredns.io/plugins/forward/";
    private static final String COREDNS_REWRITE_DOCS = "https://coredns.io/plugins/rewrite/";
    private static final String COREDNS_ACL_DOCS = "https://coredns.io/plugins/acl/";
    private static final String COREDNS_LOG_DOCS = "https://coredns.io/plugins/log/";
    private static final String DNSDIST_CONSTANTS = "https://www.dnsdist.org/reference/constants.html";
    private static final String DNSDIST_DYNBLOCKS = "https://www.dnsdist.org/guides/dynblocks.html";
    private static final String DNSDIST_ACTIONS = "https://www.dnsdist.org/reference/actions.html";
    private static final String DNSDIST_SELECTORS = "https://www.dnsdist.org/reference/selectors.html";
    private static final String PDNS_DQ = "https://doc.powerdns.com/recursor/lua-scripting/dq.html";
    private static final String PDNS_RPZ = "https://doc.powerdns.com/recursor/lua-config/rpz.html";
    private static final String KRESD_DOCS = "https://knot-resolver.readthedocs.io/en/stable/modules-policy.html";
    static final String UNBOUND_CONF = "https://unbound.docs.nlnetlabs.nl/en/latest/manpages/unbound.conf.html";
    private static final String BIND_RESPONSE_POLICY =
            "https://bind9.readthedocs.io/en/stable/reference.html#namedconf-statement-response-policy";
    private static final String BIND_RPZ =
            "https://bind9.readthedocs.io/en/stable/reference.html#response-policy-zone-rpz-rewriting";
    private static final String DNSDIST_YAML_ACTIONS = "https://www.dnsdist.org/reference/yaml-actions.html";
    private static final String DNSDIST_YAML_SELECTORS = "https://www.dnsdist.org/reference/yaml-selectors.html";
    private static final String DNSDIST_YAML_SETTINGS = "https://www.dnsdist.org/reference/yaml-settings.html";
    private static final String PDNS_YAML_RPZ = "https://doc.powerdns.com/recursor/yamlsettings.html#rpz";
    private static final String KRESD_VIEWS = "https://www.knot-resolver.cz/documentation/latest/config-views.html";
    private static final String KRESD_LOCAL_DATA =
            "https://www.knot-resolver.cz/documentation/latest/config-local-data.html";
    /** The EDE registry's ranges and registration policy. */
    static final String EDE_REGISTRY = "https://www.rfc-editor.org/rfc/rfc8914.html#section-5.2";

    /**
     * A kind of slot.
     *
     * @param what          label key (diag.slot.*) naming what the slot holds, for messages
     * @param href          the tool's own reference page for the construct
     * @param caseSensitive whether the tool matches the word exactly (a wrong case is an error)
     * @param closed        whether the choices are every value the tool accepts (an unknown word is an error); in an
     *                      open slot (pdns.X, policy.X) other members exist, and only words naming a code are checked
     * @param value         what fills the slot
     */
    enum Kind {
        COREDNS_TEMPLATE_RCODE("corednsTemplateRcode", COREDNS_TEMPLATE, true, true, Value.NAME),
        COREDNS_EDERROR("corednsEderror", COREDNS_TEMPLATE, true, true, Value.EDE_NUMBER),
        COREDNS_NEXT("corednsNext", COREDNS_FORWARD, false, true, Value.NAME),
        COREDNS_FAILOVER("corednsFailover", COREDNS_FORWARD, false, true, Value.NAME),
        COREDNS_REWRITE("corednsRewrite", COREDNS_REWRITE_DOCS, false, true, Value.NAME),
        /** The first of four arguments of a rewrite rcode rule: how NAME is matched (read in any case). */
        COREDNS_REWRITE_MATCH("corednsRewriteMatch", COREDNS_REWRITE_DOCS, false, true, Value.NAME),
        /** The action that starts a rule in an {@code acl} block; only a word that is one is a slot. */
        COREDNS_ACL("corednsAcl", COREDNS_ACL_DOCS, true, true, Value.NAME),
        /** A class of a {@code log} block's {@code class} line (response.ClassFromString: exact lower case). */
        COREDNS_LOG_CLASS("corednsLogClass", COREDNS_LOG_DOCS, true, true, Value.NAME),
        DNSDIST_RCODE("dnsdistRcode", DNSDIST_CONSTANTS + "#rcode", true, true, Value.NAME),
        /** dnsdist.X, the constants' table before 1.4 (removed in 1.7): never offered, its RCODE names are errors. */
        DNSDIST_OLD_RCODE("dnsdistRcode", DNSDIST_CONSTANTS + "#rcode", true, false, Value.NAME),
        DNSDIST_ACTION("dnsdistAction", DNSDIST_CONSTANTS + "#dnsaction", true, true, Value.NAME),
        /**
         * A DNSAction member given to a dynamic block (setDynBlocksAction, addDynBlocks, a DynBlockRulesGroup rule):
         * only some actions do what they say there, the others drop. aux: the function.
         */
        DNSDIST_DYN_ACTION("dnsdistAction", DNSDIST_DYNBLOCKS, true, true, Value.NAME),
        DNSDIST_RESPONSE_ACTION("dnsdistResponseAction", DNSDIST_CONSTANTS + "#dnsresponseaction", true, true,
                Value.NAME),
        DNSDIST_EDE("dnsdistEde", DNSDIST_ACTIONS + "#SetExtendedDNSErrorAction", true, false, Value.EDE_NUMBER),
        DNSDIST_RCODE_ARG("dnsdistRcodeArg", DNSDIST_SELECTORS + "#RCodeRule", true, false, Value.RCODE_ARG),
        DNSDIST_ERCODE_ARG("dnsdistRcodeArg", DNSDIST_SELECTORS + "#ERCodeRule", true, false, Value.RCODE_ARG),
        PDNS_CONSTANT("pdnsConstant", PDNS_DQ, true, false, Value.NAME),
        PDNS_POLICY_KIND("pdnsPolicyKind", PDNS_DQ, true, true, Value.NAME),
        PDNS_POLICY("pdnsPolicy", PDNS_RPZ, true, true, Value.NAME),
        PDNS_EDE("pdnsEde", PDNS_DQ, true, false, Value.EDE_NUMBER),
        KRESD_POLICY("kresdPolicy", KRESD_DOCS, true, false, Value.NAME),
        KRES_RCODE("kresRcode", KRESD_DOCS, true, true, Value.NAME),
        KRES_EDE("kresEde", KRESD_DOCS, true, false, Value.NAME),
        UNBOUND_ZONE_TYPE("unboundZoneType", UNBOUND_CONF, true, true, Value.NAME),
        UNBOUND_ACCESS("unboundAccess", UNBOUND_CONF, true, true, Value.NAME),
        UNBOUND_RPZ_OVERRIDE("unboundRpzOverride", UNBOUND_CONF, true, true, Value.NAME),
        UNBOUND_RESPIP("unboundRespip", UNBOUND_CONF, true, true, Value.NAME),
        BIND_RPZ_POLICY("bindRpzPolicy", BIND_RESPONSE_POLICY, false, true, Value.NAME),
        /** The {@code ede} of a response-policy zone: the Extended DNS Error its rewritten answers carry. */
        BIND_RPZ_EDE("bindRpzEde", BIND_RESPONSE_POLICY, false, true, Value.NAME),
        RPZ_TARGET("rpzTarget", BIND_RPZ, false, true, Value.RPZ_TARGET),
        /** rcode: of an RCode action or selector, or of an rcode-rate/rcode-ratio dynamic rule. */
        DNSDIST_YAML_RCODE("dnsdistYamlRcode", DNSDIST_YAML_ACTIONS, false, true, Value.YAML_RCODE),
        /** rcode: of an ERCode action or selector (numbers from 16 up are extended RCODEs). */
        DNSDIST_YAML_ERCODE("dnsdistYamlRcode", DNSDIST_YAML_ACTIONS, false, true, Value.YAML_RCODE),
        DNSDIST_YAML_EDE("dnsdistEde", DNSDIST_YAML_ACTIONS, true, false, Value.EDE_NUMBER),
        /** action: of a dynamic rule, default_action: of the dynamic rules' settings (DNSAction::typeFromString). */
        DNSDIST_YAML_DYN_ACTION("dnsdistYamlAction", DNSDIST_YAML_SETTINGS, false, true, Value.NAME),
        KRESD_VIEW_ANSWER("kresdViewAnswer", KRESD_VIEWS, true, true, Value.NAME),
        KRESD_SUBTREE("kresdSubtree", KRESD_LOCAL_DATA, true, true, Value.NAME),
        /** defpol: of an RPZ in the PowerDNS Recursor's YAML (exact case: rec-lua-conf cvtKind). */
        PDNS_YAML_DEFPOL("pdnsPolicy", PDNS_YAML_RPZ, true, true, Value.NAME),
        /** extendedErrorCode: of an RPZ in the PowerDNS Recursor's YAML (a u32 field). */
        PDNS_YAML_EDE("pdnsEde", PDNS_YAML_RPZ, true, false, Value.EDE_NUMBER);

        final String what;
        final String href;
        final boolean caseSensitive;
        final boolean closed;
        final Value value;

        Kind(String what, String href, boolean caseSensitive, boolean closed, Value value) {
            this.what = "diag.slot." + what;
            this.href = href;
            this.caseSensitive = caseSensitive;
            this.closed = closed;
            this.value = value;
        }

        /** Whether the slot holds an RCODE name, so that NODATA (a NOERROR answer, not an RCODE) is a mistake. */
        boolean namesRcodes() {
            return switch (this) {
                case COREDNS_TEMPLATE_RCODE, COREDNS_NEXT, COREDNS_FAILOVER, COREDNS_REWRITE, DNSDIST_RCODE,
                        PDNS_CONSTANT, KRES_RCODE -> true;
                default -> false;
            };
        }

        /**
         * For an open slot: the registry whose codes, named in another tool's spelling, are a mistake here
         * ({@code pdns.NOTIMPL}, {@code policy.NXDOMAIN}), or null. Not for kres.extended_error: the catalog knows
         * only some of its members, so a word naming another EDE may well be one of the others.
         */
        org.rcodels.catalog.Kind namedElsewhere() {
            return this == PDNS_CONSTANT || this == KRESD_POLICY ? org.rcodels.catalog.Kind.RCODE : null;
        }

        /**
         * For an open slot: whether a word a typo away from one of the slot's values is reported
         * ({@code pdns.NXDOMIAN}, {@code kres.extended_error.BLOCKD}). Only where the other members are far from
         * every value (QTypes, functions, sub-tables), not in {@code policy.} whose many members are close to
         * each other.
         */
        boolean checksNearMisses() {
            return this == PDNS_CONSTANT || this == KRES_EDE;
        }
    }

    /**
     * A slot found in a line.
     *
     * @param start  first column of the word (after the opening quote of a quoted value)
     * @param end    column after the word
     * @param word   the word as written (empty for a slot the cursor is about to fill)
     * @param aux    for RCODE_ARG the function name ("RCodeRule"); for a YAML rcode: what holds it (its type: or
     *               "selector"/"action"); for PowerDNS's pdns.X and pdns.policykinds.X the field they are assigned to
     *               ("policyKind", "rcode"); for a dnsdist DNSAction given to a dynamic block the function; for
     *               Knot Resolver's policy.X inside a call's arguments {@link #KRESD_CALLED} or
     *               {@link #KRESD_ARGUMENT}; otherwise null
     * @param auxStart column of {@code aux} for RCODE_ARG; for a Lua table member ({@code pdns.X}, {@code dnsdist.X})
     *               the column where the table's name starts (a fix rewrites from there); otherwise -1
     * @param others for COREDNS_FAILOVER and COREDNS_LOG_CLASS the number of other words in the list; otherwise 0
     * @param quoted whether the word sits between quotes (a YAML value: a fix that writes a number keeps it a string)
     */
    record Slot(int line, int start, int end, String word, Kind kind, String aux, int auxStart, int others,
                boolean quoted) {
        Slot(int line, int start, int end, String word, Kind kind, String aux, int auxStart, int others) {
            this(line, start, end, word, kind, aux, auxStart, others, false);
        }

        boolean covers(int col) {
            return col >= start && col <= end;
        }

        String href() {
            if (kind.value == Value.YAML_RCODE && aux != null) {
                return aux.startsWith("rcode-") ? DNSDIST_YAML_SETTINGS
                        : aux.startsWith("selector") ? DNSDIST_YAML_SELECTORS : DNSDIST_YAML_ACTIONS;
            }
            if (kind.value == Value.RCODE_ARG && aux != null) {
                return (aux.endsWith("Action") ? DNSDIST_ACTIONS : DNSDIST_SELECTORS) + "#" + aux;
            }
            if (kind == Kind.DNSDIST_EDE && aux != null) {
                return DNSDIST_ACTIONS + "#" + aux;
            }
            return kind.href;
        }
    }

    // ---------------------------------------------------------------------------------------------- choices

    private static final Completion.ItemKind CONSTANT = Completion.ItemKind.CONSTANT;
    private static final Completion.ItemKind MEMBER = Completion.ItemKind.ENUM_MEMBER;
    private static final Completion.ItemKind KEYWORD = Completion.ItemKind.KEYWORD;
    private static final Completion.ItemKind VALUE = Completion.ItemKind.VALUE;

    /** Each table: {text, entry id or null, detail key or null, "-" if accepted but not offered}. */

    /** CoreDNS acl actions (DNS-FACTS D.9). */
    private static final String[][] COREDNS_ACL_TABLE = {
        {"block", "rcode:5", "completion.answers"},
        {"filter", "pseudo:nodata", "completion.answers"},
        {"drop", null, "completion.drop"},
        {"allow", null, "completion.coredns.acl.allow"},
    };

    /**
     * CoreDNS log classes (plugin/pkg/response: classify). success: NOERROR with the asked type in the answer, and
     * referrals; denial: NXDOMAIN and NODATA with an SOA in the authority section; error: everything else, NOTIFY,
     * zone transfers and UPDATE included. None names one code, so none is a mention.
     */
    private static final String[][] COREDNS_LOG_CLASS_TABLE = {
        {"all", null, "completion.coredns.log.all"},
        {"denial", null, "completion.coredns.log.denial"},
        {"error", null, "completion.coredns.log.error"},
        {"success", null, "completion.coredns.log.success"},
    };

    private static final String[][] DNSDIST_ACTIONS_TABLE = {
        {"Nxdomain", "rcode:3", "completion.answers"},
        {"Refused", "rcode:5", "completion.answers"},
        {"ServFail", "rcode:2", "completion.answers"},
        {"Drop", null, "completion.dnsdist.Drop"},
        {"Truncate", null, "completion.tcpOnly"},
        {"Allow", null, "completion.dnsdist.Allow"},
        {"None", null, "completion.dnsdist.None"},
        {"NoOp", null, "completion.dnsdist.NoOp"},
        {"Delay", null, "completion.dnsdist.Delay"},
        {"NoRecurse", null, "completion.dnsdist.NoRecurse"},
        {"Pool", null, "completion.dnsdist.Pool"},
        {"HeaderModify", null, "completion.dnsdist.HeaderModify"},
        {"Spoof", null, "completion.dnsdist.Spoof"},
        {"SpoofRaw", null, "completion.dnsdist.SpoofRaw"},
        {"SpoofPacket", null, "completion.dnsdist.SpoofPacket"},
        {"SetTag", null, null, "-"},
    };

    private static final String[][] DNSDIST_RESPONSE_ACTIONS_TABLE = {
        {"ServFail", "rcode:2", "completion.answers"},
        {"Drop", null, "completion.dnsdistResponse.Drop"},
        {"Truncate", null, "completion.tcpOnly"},
        {"Allow", null, "completion.dnsdistResponse.Allow"},
        {"None", null, "completion.dnsdist.None"},
        {"Delay", null, "completion.dnsdist.Delay"},
        {"HeaderModify", null, "completion.dnsdistResponse.HeaderModify"},
    };

    /**
     * PowerDNS's policy kinds in the order of DNSFilterEngine::PolicyKind (filterpo.hh), so by number: the same names
     * as {@link #PDNS_KINDS_TABLE}, which lists them in completion order.
     */
    static final List<String> PDNS_KINDS_BY_NUMBER = List.of("NoAction", "Drop", "NXDOMAIN", "NODATA", "Truncate",
            "Custom");

    private static final String[][] PDNS_KINDS_TABLE = {
        {"NXDOMAIN", "rcode:3", "completion.answers"},
        {"NODATA", "pseudo:nodata", "completion.answers"},
        {"Drop", null, "completion.drop"},
        {"Truncate", null, "completion.tcpOnly"},
        {"NoAction", null, "completion.pdns.NoAction"},
        {"Custom", null, "completion.pdns.Custom"},
    };

    /** aux of a Knot Resolver policy.X slot inside a call's arguments: called there (DENY_MSG('...')) or named. */
    static final String KRESD_CALLED = "called";
    static final String KRESD_ARGUMENT = "argument";

    private static final String[][] KRESD_POLICY_TABLE = {
        {"DENY", "rcode:3", "completion.answers"},
        {"DENY_MSG", "rcode:3", "completion.kresd.DENY_MSG"},
        {"REFUSE", "rcode:5", "completion.answers"},
        {"DROP", "rcode:2", "completion.kresd.DROP"},
        {"NO_ANSWER", null, "completion.drop"},
        {"TC", null, "completion.tcpOnly"},
        {"PASS", null, "completion.kresd.PASS"},
    };

    private static final String[][] UNBOUND_ZONE_TYPES_TABLE = {
        {"always_nxdomain", "rcode:3", "completion.unbound.always_nxdomain"},
        {"always_nodata", "pseudo:nodata", "completion.unbound.always_nodata"},
        {"always_refuse", "rcode:5", "completion.unbound.always_refuse"},
        {"always_deny", null, "completion.unbound.always_deny"},
        {"always_null", null, "completion.unbound.always_null"},
        {"always_transparent", null, "completion.unbound.always_transparent"},
        {"static", null, "completion.unbound.static"},
        {"refuse", "rcode:5", "completion.unbound.refuse"},
        {"deny", null, "completion.unbound.deny"},
        {"transparent", null, "completion.unbound.transparent"},
        {"typetransparent", null, "completion.unbound.typetransparent"},
        {"redirect", null, "completion.unbound.redirect"},
        {"inform", null, "completion.unbound.inform"},
        {"inform_deny", null, "completion.unbound.inform_deny"},
        {"inform_redirect", null, "completion.unbound.inform_redirect"},
        {"block_a", "pseudo:nodata", "completion.unbound.block_a"},
        {"block_aaaa", "pseudo:nodata", "completion.unbound.block_aaaa"},
        {"block_a_wdata", null, null, "-"},
        {"block_aaaa_wdata", null, null, "-"},
        // undocumented, but local_zone_str2type accepts it (what an RPZ rpz-tcp-only action becomes)
        {"truncate", null, null, "-"},
        {"noview", null, "completion.unbound.noview"},
        {"nodefault", null, "completion.unbound.nodefault"},
    };

    private static final String[][] UNBOUND_ACCESS_TABLE = {
        {"allow", null, "completion.unbound.access.allow"},
        {"refuse", "rcode:5", "completion.unbound.access.refuse"},
        {"deny", null, "completion.drop"},
        {"allow_setrd", null, "completion.unbound.access.allow_setrd"},
        {"allow_snoop", null, "completion.unbound.access.allow_snoop"},
        {"allow_cookie", null, "completion.unbound.access.allow_cookie"},
        {"refuse_non_local", "rcode:5", "completion.unbound.access.refuse_non_local"},
        {"deny_non_local", null, "completion.unbound.access.deny_non_local"},
    };

    /**
     * response-ip actions (respip/respip.c respip_action_cfg): a subset of the local-zone types, applied to a reply
     * whose A or AAAA records hold an address of the netblock. static, refuse, transparent and the others are errors
     * there ("unknown response-ip action"), and there is no local-data condition to speak of.
     */
    private static final String[][] UNBOUND_RESPIP_TABLE = {
        {"always_nxdomain", "rcode:3", "completion.answers"},
        {"always_nodata", "pseudo:nodata", "completion.answers"},
        {"always_refuse", "rcode:5", "completion.answers"},
        {"always_deny", null, "completion.drop"},
        {"deny", null, "completion.drop"},
        {"always_transparent", null, "completion.passthru"},
        {"redirect", null, null},
        {"inform", null, "completion.unbound.inform"},
        {"inform_deny", null, "completion.unbound.inform_deny"},
        {"inform_redirect", null, "completion.unbound.inform_redirect"},
    };

    private static final String[][] UNBOUND_RPZ_OVERRIDE_TABLE = {
        {"nxdomain", "rcode:3", "completion.answers"},
        {"nodata", "pseudo:nodata", "completion.answers"},
        {"passthru", null, "completion.passthru"},
        {"drop", null, "completion.drop"},
        {"tcp_only", null, "completion.tcpOnly"},
        {"disabled", null, "completion.unbound.rpz.disabled"},
        {"cname", null, "completion.unbound.rpz.cname"},
    };

    private static final String[][] BIND_RPZ_POLICY_TABLE = {
        {"given", null, "completion.bind.given"},
        {"nxdomain", "rcode:3", "completion.answers"},
        {"nodata", "pseudo:nodata", "completion.answers"},
        {"passthru", null, "completion.passthru"},
        {"drop", null, "completion.drop"},
        {"tcp-only", null, "completion.tcpOnly"},
        {"cname", null, "completion.bind.cname"},
        {"disabled", null, "completion.rpz.disabled"},
        // the older name of passthru: accepted, explained, not offered
        {"no-op", null, "completion.passthru", "-"},
    };

    /** BIND's response-policy zone ede values: none, and the RFC 8914 codes of a policy that rewrote an answer. */
    private static final String[][] BIND_RPZ_EDE_TABLE = bindRpzEdeTable();

    private static String[][] bindRpzEdeTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"none", null, "completion.bind.edeNone"});
        for (int i = 0; i < NamedConfScanner.EDE_WORDS.size(); i++) {
            rows.add(new String[] {NamedConfScanner.EDE_WORDS.get(i), NamedConfScanner.EDE_IDS.get(i), null});
        }
        return rows.toArray(new String[0][]);
    }

    /**
     * dnsdist's dynamic block actions in YAML (DNSAction::typeFromString: any case, dashes ignored). A dynamic block
     * acts on NoOp, Nxdomain, Refused, Truncate, NoRecurse and SetTag; every other action drops the query (the
     * default branch of the block's switch), and None means default_action. Only those with their own effect, and
     * drop, are offered.
     */
    private static final String[][] DNSDIST_DYN_ACTIONS_TABLE = {
        {"drop", null, "completion.dnsdist.Drop"},
        {"nxdomain", "rcode:3", "completion.answers"},
        {"refused", "rcode:5", "completion.answers"},
        {"truncate", null, "completion.tcpOnly"},
        {"norecurse", null, "completion.dnsdist.NoRecurse"},
        {"noop", null, "completion.dnsdist.NoOp"},
        {"settag", null, "completion.dnsdist.dynSetTag"},
        {"none", null, null, "-"},
        {"allow", null, null, "-"},
        {"delay", null, null, "-"},
        {"headermodify", null, null, "-"},
        {"pool", null, null, "-"},
        {"servfail", null, null, "-"},
        {"spoof", null, null, "-"},
        {"spoofpacket", null, null, "-"},
        {"spoofraw", null, null, "-"},
    };

    /**
     * The DNSAction members a dynamic block given in Lua does what they say with (the branches of dnsdist's dynamic
     * block code; setDynBlocksAction refuses SetTag and None, and None elsewhere means setDynBlocksAction's); the
     * others are accepted and drop the query. ServFail names no code here: a block never answers SERVFAIL. SetTag
     * and None are accepted but not offered.
     */
    private static final String[][] DNSDIST_LUA_DYN_ACTIONS_TABLE = {
        {"Drop", null, "completion.dnsdist.Drop"},
        {"Nxdomain", "rcode:3", "completion.answers"},
        {"Refused", "rcode:5", "completion.answers"},
        {"Truncate", null, "completion.tcpOnly"},
        {"NoRecurse", null, "completion.dnsdist.NoRecurse"},
        {"NoOp", null, "completion.dnsdist.NoOp"},
        {"SetTag", null, null, "-"},
        {"None", null, null, "-"},
        {"Allow", null, null, "-"},
        {"Delay", null, null, "-"},
        {"HeaderModify", null, null, "-"},
        {"Pool", null, null, "-"},
        {"ServFail", null, null, "-"},
        {"Spoof", null, null, "-"},
        {"SpoofPacket", null, null, "-"},
        {"SpoofRaw", null, null, "-"},
    };

    /**
     * The dynamic block actions that have an effect of their own, in lower case: those the YAML table offers, and none
     * (the default action); the others drop the query.
     */
    static final java.util.Set<String> DNSDIST_DYN_EFFECTIVE = dynEffective();

    private static java.util.Set<String> dynEffective() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] r : DNSDIST_DYN_ACTIONS_TABLE) {
            if (r.length < 4) {
                out.add(r[0]);
            }
        }
        out.add("none");
        return java.util.Set.copyOf(out);
    }

    /** Knot Resolver 6 views: answer (view_schema.py: allow, refused, noanswer). */
    private static final String[][] KRESD_VIEW_ANSWER_TABLE = {
        {"allow", null, "completion.kresd6.allow"},
        {"refused", "rcode:5", "completion.answers"},
        {"noanswer", null, "completion.drop"},
    };

    /** Knot Resolver 6 local-data rules: subtree (local_data_schema.py: empty, nxdomain, redirect; lib/rules/api.c). */
    private static final String[][] KRESD_SUBTREE_TABLE = {
        {"empty", "pseudo:nodata", "completion.kresd6.empty"},
        {"nxdomain", "rcode:3", "completion.kresd6.nxdomain"},
        {"redirect", null, "completion.kresd6.redirect"},
    };

    private static final String[][] RPZ_TARGETS_TABLE = {
        {".", "rcode:3", "completion.answers"},
        {"*.", "pseudo:nodata", "completion.answers"},
        {"rpz-passthru.", null, "completion.passthru"},
        {"rpz-drop.", null, "completion.rpz.drop"},
        {"rpz-tcp-only.", null, "completion.tcpOnly"},
    };

    /** The values a slot accepts, offered ones first in the order completion shows them. */
    static List<Choice> choices(Catalog c, Kind k) {
        return switch (k) {
            case COREDNS_TEMPLATE_RCODE, COREDNS_NEXT, COREDNS_REWRITE ->
                    toolNames(c, "miekg", org.rcodels.catalog.Kind.RCODE, VALUE, null);
            case COREDNS_FAILOVER -> toolNames(c, "miekg", org.rcodels.catalog.Kind.RCODE, VALUE, "rcode:0");
            case COREDNS_EDERROR, DNSDIST_EDE, PDNS_EDE -> edeNumbers(c);
            case COREDNS_ACL -> table(COREDNS_ACL_TABLE, KEYWORD);
            case COREDNS_LOG_CLASS -> table(COREDNS_LOG_CLASS_TABLE, KEYWORD);
            case COREDNS_REWRITE_MATCH -> table(REWRITE_MATCH_TABLE, KEYWORD);
            case DNSDIST_RCODE -> toolNames(c, "dnsdist", org.rcodels.catalog.Kind.RCODE, CONSTANT, null);
            case DNSDIST_OLD_RCODE -> List.of();
            case DNSDIST_ACTION -> table(DNSDIST_ACTIONS_TABLE, MEMBER);
            case DNSDIST_RESPONSE_ACTION -> table(DNSDIST_RESPONSE_ACTIONS_TABLE, MEMBER);
            case DNSDIST_RCODE_ARG -> rcodeArgs(c, false);
            case DNSDIST_ERCODE_ARG -> rcodeArgs(c, true);
            case PDNS_CONSTANT -> {
                List<Choice> l = new ArrayList<>(toolNames(c, "pdns-lua", org.rcodels.catalog.Kind.RCODE, CONSTANT,
                        null));
                l.add(new Choice("DROP", null, "completion.pdns.DROP", true, CONSTANT));
                yield List.copyOf(l);
            }
            case PDNS_POLICY_KIND, PDNS_POLICY -> table(PDNS_KINDS_TABLE, MEMBER);
            case PDNS_YAML_DEFPOL -> table(PDNS_KINDS_TABLE, VALUE);
            case KRESD_POLICY -> table(KRESD_POLICY_TABLE, CONSTANT);
            case KRES_RCODE -> toolNames(c, "kresd", org.rcodels.catalog.Kind.RCODE, CONSTANT, null);
            case KRES_EDE -> {
                List<Choice> l = new ArrayList<>(toolNames(c, "kresd", org.rcodels.catalog.Kind.EDE, CONSTANT, null));
                // EDE 20 by a name the kresd tool keeps for the RCODE 9 (see LuaScanner.KRES_EDE_NOTAUTH)
                l.add(new Choice(LuaScanner.KRES_EDE_NOTAUTH, "ede:20", null, true, CONSTANT));
                l.sort(Comparator.comparingInt(ch -> c.byId(ch.entryId()).map(Entry::value).orElse(Integer.MAX_VALUE)));
                yield List.copyOf(l);
            }
            case UNBOUND_ZONE_TYPE -> table(UNBOUND_ZONE_TYPES_TABLE, KEYWORD);
            case UNBOUND_ACCESS -> table(UNBOUND_ACCESS_TABLE, KEYWORD);
            case UNBOUND_RPZ_OVERRIDE -> table(UNBOUND_RPZ_OVERRIDE_TABLE, KEYWORD);
            case UNBOUND_RESPIP -> table(UNBOUND_RESPIP_TABLE, KEYWORD);
            case BIND_RPZ_POLICY -> table(BIND_RPZ_POLICY_TABLE, KEYWORD);
            case BIND_RPZ_EDE -> table(BIND_RPZ_EDE_TABLE, KEYWORD);
            case RPZ_TARGET -> table(RPZ_TARGETS_TABLE, VALUE);
            case DNSDIST_YAML_RCODE, DNSDIST_YAML_ERCODE -> yamlRcodes(c);
            case DNSDIST_YAML_EDE, PDNS_YAML_EDE -> edeNumbers(c);
            case DNSDIST_YAML_DYN_ACTION -> table(DNSDIST_DYN_ACTIONS_TABLE, KEYWORD);
            case DNSDIST_DYN_ACTION -> table(DNSDIST_LUA_DYN_ACTIONS_TABLE, MEMBER);
            case KRESD_VIEW_ANSWER -> table(KRESD_VIEW_ANSWER_TABLE, KEYWORD);
            case KRESD_SUBTREE -> table(KRESD_SUBTREE_TABLE, KEYWORD);
        };
    }

    /**
     * The choice the slot's word is: the exact spelling, or the same letters in another case where the tool ignores
     * case; null if none.
     */
    static Choice choiceOf(Catalog c, Slot s) {
        Choice loose = null;
        for (Choice ch : choices(c, s.kind())) {
            if (ch.text().equals(s.word())) {
                return ch;
            }
            if (loose == null && !s.kind().caseSensitive && ch.text().equalsIgnoreCase(s.word())) {
                loose = ch;
            }
        }
        return loose;
    }

    private static List<Choice> table(String[][] rows, Completion.ItemKind kind) {
        List<Choice> out = new ArrayList<>(rows.length);
        for (String[] r : rows) {
            out.add(new Choice(r[0], r[1], r[2], r.length < 4, kind));
        }
        return List.copyOf(out);
    }

    /**
     * A tool's spellings of one registry, by value: the preferred spelling of each entry is offered, the others
     * (NOTIMPL beside NOTIMP) are accepted. {@code withheld} is an entry accepted by name but not offered.
     */
    private static List<Choice> toolNames(Catalog c, String toolId, org.rcodels.catalog.Kind registry,
                                          Completion.ItemKind kind, String withheld) {
        Tool tool = c.tool(toolId).orElse(null);
        if (tool == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (String id : tool.names().keySet()) {
            c.byId(id).filter(e -> e.kind() == registry).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparingInt(Entry::value).thenComparing(Entry::tsigContext));
        List<Choice> offered = new ArrayList<>();
        List<Choice> aliases = new ArrayList<>();
        for (Entry e : entries) {
            List<String> spellings = tool.names().get(e.id());
            for (int i = 0; i < spellings.size(); i++) {
                boolean offer = i == 0 && !e.id().equals(withheld);
                (offer ? offered : aliases).add(new Choice(spellings.get(i), e.id(), null, offer, kind));
            }
        }
        offered.addAll(aliases);
        return List.copyOf(offered);
    }

    /** Every assigned EDE code as a number. */
    private static List<Choice> edeNumbers(Catalog c) {
        List<Choice> out = new ArrayList<>();
        for (Entry e : c.entries(org.rcodels.catalog.Kind.EDE)) {
            if (!e.isRange() && e.status() == Status.ASSIGNED) {
                out.add(new Choice(Integer.toString(e.value()), e.id(), null, true, VALUE));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The argument of RCodeRule/RCodeAction (header RCODEs 0-15) or ERCodeRule/ERCodeAction (also the codes carried
     * in the OPT record): the DNSRCode constants first, then the numbers.
     */
    private static List<Choice> rcodeArgs(Catalog c, boolean extended) {
        List<Choice> out = new ArrayList<>();
        for (Choice n : toolNames(c, "dnsdist", org.rcodels.catalog.Kind.RCODE, CONSTANT, null)) {
            Entry e = c.byId(n.entryId()).orElse(null);
            if (e != null && n.offered() && fitsArg(e, extended)) {
                out.add(new Choice("DNSRCode." + n.text(), e.id(), null, true, CONSTANT));
            }
        }
        for (Entry e : c.entries(org.rcodels.catalog.Kind.RCODE)) {
            if (!e.isRange() && e.status() == Status.ASSIGNED && !(e.value() == 9 && e.tsigContext())
                    && fitsArg(e, extended)) {
                out.add(new Choice(Integer.toString(e.value()), e.id(), null, true, VALUE));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The names dnsdist's YAML reads for rcode: (RCode::from_short: the short names of RCODEs 0-15, offered for the
     * assigned ones, rcode11 to rcode15 accepted). Names of 16 and up are not read (from_short refuses them): those
     * codes are written as numbers.
     */
    private static List<Choice> yamlRcodes(Catalog c) {
        List<Choice> out = new ArrayList<>();
        for (Choice n : toolNames(c, YamlConfScanner.SHORT_NAMES,
                org.rcodels.catalog.Kind.RCODE, VALUE, null)) {
            Entry e = c.byId(n.entryId()).orElse(null);
            if (e != null && e.value() <= 15) {
                out.add(n);
            }
        }
        for (int v = 11; v <= 15; v++) {
            out.add(new Choice("rcode" + v, null, null, false, VALUE));
        }
        return List.copyOf(out);
    }

    /**
     * The choices completion offers in this slot: those of its kind, except where the place wants another table:
     * {@code dq.appliedPolicy.policyKind = pdns.} takes a policy kind, so {@code policykinds.NXDOMAIN} and the others
     * are offered there (an RCODE constant would be the wrong number, which diagnostics warn about).
     */
    static List<Choice> choicesAt(Catalog c, Slot s) {
        if (s.kind() == Kind.PDNS_CONSTANT && "policyKind".equals(s.aux())) {
            List<Choice> out = new ArrayList<>();
            for (Choice k : choices(c, Kind.PDNS_POLICY_KIND)) {
                out.add(new Choice("policykinds." + k.text(), k.entryId(), k.detailKey(), k.offered(), MEMBER));
            }
            return out;
        }
        return choices(c, s.kind());
    }

    /**
     * Whether completion offers the choice in this slot: a DNSRCode constant inside RCodeRule( or RCodeAction( only
     * when it fits the function (the header's 0-15; the extended forms also the OPT record's codes), and a CoreDNS
     * template's rcode only when a reply can carry it, as the diagnostics of those places require.
     */
    static boolean fitsHere(Catalog c, Slot s, Choice ch) {
        if (s.kind() == Kind.COREDNS_TEMPLATE_RCODE && ch.entryId() != null) {
            // a template answers: not with a TSIG or TKEY error (BADKEY..BADTRUNC), which no reply carries; miekg's
            // BADSIG is its only name for 16, which a reply carries as BADVERS
            Entry e = c.byId(ch.entryId()).orElse(null);
            return e == null || !tsigOnly(e);
        }
        if (s.kind() != Kind.DNSDIST_RCODE || s.aux() == null || ch.entryId() == null) {
            return true;
        }
        Entry e = c.byId(ch.entryId()).orElse(null);
        return e == null || fitsArg(e, s.aux().startsWith("E"));
    }

    /** An RCODE that only a TSIG or TKEY record's Error field carries (17-22; 16 is also a reply's BADVERS). */
    static boolean tsigOnly(Entry e) {
        return e.kind() == org.rcodels.catalog.Kind.RCODE && e.value() != 16 && !e.carriers().contains(Carrier.HEADER)
                && !e.carriers().contains(Carrier.OPT);
    }

    private static boolean fitsArg(Entry e, boolean extended) {
        return e.carriers().contains(Carrier.HEADER) && e.value() <= 15
                || extended && e.carriers().contains(Carrier.OPT);
    }

    // ------------------------------------------------------------------------------------------------ finding

    /**
     * The slots of a line. With {@code cursor >= 0} (completion) a slot may be empty: the place the cursor is about
     * to fill; and nothing is returned when the cursor is in a comment. With {@code cursor < 0} (diagnostics) only
     * slots holding a word are returned.
     */
    static List<Slot> onLine(ScanContext ctx, int line, int cursor) {
        List<Slot> out = new ArrayList<>(2);
        if (line < 0 || line >= ctx.lineCount()) {
            return out;
        }
        String text = ctx.line(line);
        if (text == null || text.isEmpty() && cursor < 0) {
            return out;
        }
        try {
            switch (ctx.dialect()) {
                case COREFILE -> corefile(ctx, line, text, cursor, out);
                case UNBOUND_CONF -> unbound(line, text, cursor, out);
                case NAMED_CONF -> named(ctx, line, text, cursor, out);
                case LUA -> lua(ctx, line, text, cursor, out);
                case YAML_CONF -> yaml(ctx, line, text, cursor, out);
                case ZONE -> zone(ctx, line, text, cursor, out);
                default -> {
                    // logs, tool output, code and plain text hold no slots
                }
            }
        } catch (RuntimeException e) {
            // a bug must never break a request: no slots on this line
            out.clear();
        }
        if (cursor < 0) {
            out.removeIf(s -> s.word().isEmpty());
        }
        return out;
    }

    /** True for the dialects that have slots (configs and zones; never logs, tool output or code). */
    static boolean hasSlots(Dialect d) {
        return switch (d) {
            case COREFILE, UNBOUND_CONF, NAMED_CONF, LUA, YAML_CONF, ZONE -> true;
            default -> false;
        };
    }

    // --- Corefile

    private static final String[] COREFILE_ANCHORS = {"rcode", "ederror", "next", "failover", "block", "filter",
        "drop", "allow", "class"};
    private static final String[] REWRITE_MATCH_TYPES = {"exact", "prefix", "suffix", "substring", "regex"};
    /** The same as slot values (plugin/rewrite/rcode.go newRCodeRule: strings.ToLower(args[0])); none names a code. */
    private static final String[][] REWRITE_MATCH_TABLE = java.util.Arrays.stream(REWRITE_MATCH_TYPES)
            .map(m -> new String[] {m, null, null}).toArray(String[][]::new);

    private static void corefile(ScanContext ctx, int line, String text, int cursor, List<Slot> out) {
        if (!ConfigLine.containsAny(text, COREFILE_ANCHORS)) {
            return;
        }
        ConfigLine cl = ConfigLine.lex(text, ConfigLine.Syntax.COREFILE);
        if (cursor >= 0 && cl.inComment(cursor)) {
            return;
        }
        for (List<ConfigLine.Token> st : ConfigLine.statements(cl.tokens(false, cursor))) {
            corefileStatement(ctx, line, text, st, out);
        }
    }

    private static void corefileStatement(ScanContext ctx, int line, String text, List<ConfigLine.Token> st,
                                          List<Slot> out) {
        ConfigLine.Token first = st.get(0);
        int size = st.size();
        if (first.is(text, "rcode")) {
            String enclosing = CorefileScanner.enclosing(ctx, line, first.start());
            if ("template".equals(enclosing)) {
                if (size == 2) {
                    corefileSlot(line, text, st.get(1), Kind.COREDNS_TEMPLATE_RCODE, 0, out);
                }
            } else if ("rewrite".equals(enclosing)) {
                rewriteSlots(line, text, st, 1, out);
            }
        } else if (first.is(text, "rewrite")) {
            int k = 1;
            if (k < size && (st.get(k).is(text, "continue") || st.get(k).is(text, "stop"))) {
                k++;
            }
            if (k < size && st.get(k).is(text, "rcode")) {
                rewriteSlots(line, text, st, k + 1, out);
            }
        } else if (first.is(text, "ederror")) {
            if ((size == 2 || size == 3) && "template".equals(CorefileScanner.enclosing(ctx, line, first.start()))) {
                corefileSlot(line, text, st.get(1), Kind.COREDNS_EDERROR, 0, out);
            }
        } else if ((first.is(text, "block") || first.is(text, "filter") || first.is(text, "drop")
                || first.is(text, "allow")) && "acl".equals(CorefileScanner.enclosing(ctx, line, first.start()))) {
            // acl { block type A net 192.168.0.0/16 }: the action word, for its hover and explain
            corefileSlot(line, text, first, Kind.COREDNS_ACL, 0, out);
        } else if (first.is(text, "class")) {
            // log { class denial error }: every word is a class, the class line being typed included
            if ("log".equals(CorefileScanner.enclosing(ctx, line, first.start()))) {
                for (int k = 1; k < size; k++) {
                    corefileSlot(line, text, st.get(k), Kind.COREDNS_LOG_CLASS, size - 2, out);
                }
            }
        } else if (first.is(text, "next") || first.is(text, "failover")) {
            if (size >= 2 && "forward".equals(CorefileScanner.enclosing(ctx, line, first.start()))) {
                Kind kind = first.is(text, "next") ? Kind.COREDNS_NEXT : Kind.COREDNS_FAILOVER;
                for (int k = 1; k < size; k++) {
                    corefileSlot(line, text, st.get(k), kind, size - 2, out);
                }
            }
        }
    }

    /**
     * FROM and TO of {@code rcode [MATCHTYPE] NAME FROM TO}, the arguments starting at {@code from}. A complete rule
     * has 3 or 4 arguments; while one is being typed, a leading match-type keyword tells where FROM is.
     */
    private static void rewriteSlots(int line, String text, List<ConfigLine.Token> st, int from, List<Slot> out) {
        int rest = st.size() - from;
        int fromIdx;
        if (rest == 3) {
            // NAME FROM TO, or MATCHTYPE NAME FROM while TO is still to come
            fromIdx = from + (isMatchType(text, st.get(from)) ? 2 : 1);
        } else if (rest == 4) {
            // CoreDNS (newRCodeRule) reads four arguments as MATCHTYPE NAME FROM TO, FROM and TO whatever the first
            // is; but a fourth word just begun after NAME FROM TO is no code's place (nothing to complete there)
            ConfigLine.Token last = st.get(from + 3);
            if (!isMatchType(text, st.get(from)) && last.start() == last.end()) {
                fromIdx = from + 1;
            } else {
                fromIdx = from + 2;
                // CoreDNS refuses the rule unless the first is a match type
                corefileSlot(line, text, st.get(from), Kind.COREDNS_REWRITE_MATCH, 0, out);
            }
        } else if (rest > 0 && rest < 3 && hasEmpty(st, from)) {
            fromIdx = from + (isMatchType(text, st.get(from)) ? 2 : 1);
        } else {
            return;
        }
        for (int k = fromIdx; k <= fromIdx + 1 && k < st.size(); k++) {
            corefileSlot(line, text, st.get(k), Kind.COREDNS_REWRITE, 0, out);
        }
    }

    private static boolean hasEmpty(List<ConfigLine.Token> st, int from) {
        for (int k = from; k < st.size(); k++) {
            if (st.get(k).start() == st.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMatchType(String text, ConfigLine.Token t) {
        for (String m : REWRITE_MATCH_TYPES) {
            if (t.isIgnoreCase(text, m)) {
                return true;
            }
        }
        return false;
    }

    /** A word of a Corefile slot, bare or quoted (CoreDNS's lexer drops the quotes): the slot is inside them. */
    private static void corefileSlot(int line, String text, ConfigLine.Token t, Kind kind, int others, List<Slot> out) {
        if (t.punct() != 0) {
            return;
        }
        int s = t.innerStart();
        int e = Math.max(s, t.innerEnd(text));
        String word = text.substring(s, e);
        if (word.startsWith("{")) {
            // an environment variable or placeholder: {$RCODE}
            return;
        }
        out.add(new Slot(line, s, e, word, kind, null, -1, others));
    }

    // --- unbound.conf

    private static final String[] UNBOUND_ANCHORS = {"local-zone", "-tag-action", "response-ip", "access-control",
        "interface-action", "rpz-action-override"};

    private static void unbound(int line, String text, int cursor, List<Slot> out) {
        if (!ConfigLine.containsAny(text, UNBOUND_ANCHORS)) {
            return;
        }
        ConfigLine cl = ConfigLine.lex(text, ConfigLine.Syntax.UNBOUND);
        if (cursor >= 0 && cl.inComment(cursor)) {
            return;
        }
        UnboundConfScanner.forEachOption(text, cl.tokens(false, cursor),
                (key, values) -> unboundOption(line, text, key.text(text), values, out));
    }

    private static void unboundOption(int line, String text, String key, List<ConfigLine.Token> values, List<Slot> out) {
        Integer count = UnboundConfScanner.ZONE_TYPE_KEYWORDS.get(key);
        if (count != null) {
            if (values.size() == count) {
                unboundSlot(line, text, values.get(count - 1),
                        key.equals("response-ip:") ? Kind.UNBOUND_RESPIP : Kind.UNBOUND_ZONE_TYPE, out);
            }
        } else if (key.equals("access-control:") || key.equals("interface-action:")) {
            if (values.size() == 2) {
                unboundSlot(line, text, values.get(1), Kind.UNBOUND_ACCESS, out);
            }
        } else if (key.equals("rpz-action-override:")) {
            if (values.size() == 1) {
                unboundSlot(line, text, values.get(0), Kind.UNBOUND_RPZ_OVERRIDE, out);
            }
        }
    }

    private static void unboundSlot(int line, String text, ConfigLine.Token t, Kind kind, List<Slot> out) {
        if (t.punct() != 0) {
            return;
        }
        int s = t.innerStart();
        int e = Math.max(s, t.innerEnd(text));
        out.add(new Slot(line, s, e, text.substring(s, e), kind, null, -1, 0));
    }

    // --- named.conf

    private static void named(ScanContext ctx, int line, String text, int cursor, List<Slot> out) {
        int n = Math.min(text.length(), ConfigLine.LIMIT);
        if (Scans.indexOfIgnoreCase(text, "policy", 0, n) < 0 && Scans.indexOfIgnoreCase(text, "ede", 0, n) < 0
                && NamedConfScanner.zoneAbove(ctx, line) == null) {
            return;
        }
        ConfigLine.inContext(ctx, line, text, ConfigLine.Syntax.NAMED, out, cursor >= 0,
                cl -> namedLine(ctx, line, text, cl, cursor, out));
    }

    private static void namedLine(ScanContext ctx, int line, String text, ConfigLine cl, int cursor,
                                  List<Slot> out) {
        if (cursor >= 0 && cl.inComment(cursor)) {
            return;
        }
        List<ConfigLine.Token> tokens = cl.tokens(true, cursor);
        // a zone clause begun on a line above: zone "rpz" there, policy nxdomain here (or policy there, the word here)
        for (NamedConfScanner.Value v : NamedConfScanner.goingOn(ctx, line, text, tokens)) {
            ConfigLine.Token g = v.token();
            out.add(new Slot(line, g.start(), g.end(), g.text(text),
                    v.keyword().equals("policy") ? Kind.BIND_RPZ_POLICY : Kind.BIND_RPZ_EDE, null, -1, 0));
        }
        for (List<ConfigLine.Token> st : ConfigLine.statements(tokens)) {
            if (st.size() >= 4 && st.get(0).isIgnoreCase(text, "zone")) {
                boolean policy = false;
                boolean ede = false;
                for (int k = 2; k + 1 < st.size(); k++) {
                    boolean isPolicy = !policy && st.get(k).isIgnoreCase(text, "policy");
                    boolean isEde = !ede && st.get(k).isIgnoreCase(text, "ede");
                    if (isPolicy || isEde) {
                        ConfigLine.Token p = st.get(k + 1);
                        if (!p.quoted()) {
                            out.add(new Slot(line, p.start(), p.end(), p.text(text),
                                    isPolicy ? Kind.BIND_RPZ_POLICY : Kind.BIND_RPZ_EDE, null, -1, 0));
                        }
                        policy |= isPolicy;
                        ede |= isEde;
                        k++;
                    }
                }
            }
        }
    }

    // --- Lua (dnsdist, PowerDNS, Knot Resolver)

    private static final String[] LUA_ANCHORS = {"DNSRCode", "dnsdist", "Action", "RCode", "pdns", "Policy", "policy", "kres",
        "extendedErrorCode"};

    /** Calls whose RCODE argument is the header's 4 bits (a dynamic block counts dh.rcode) or, E*, also the OPT's. */
    private static final java.util.Set<String> RCODE_ARG_CALLS = java.util.Set.of("RCodeRule", "RCodeAction",
            "ERCodeRule", "ERCodeAction", "setRCodeRate", "setRCodeRatio");

    /** A table member: the table decides the slot. pdns.policykinds before pdns, kres.* before nothing. */
    private static final Pattern LUA_MEMBER = Pattern.compile("(?<![\\w.:])(DNSRCode|dnsdist|DNSResponseAction|DNSAction"
            + "|Policy|policy|kres\\s*\\.\\s*rcode|kres\\s*\\.\\s*extended_error|pdns\\s*\\.\\s*policykinds|pdns)"
            + "\\s*\\.(\\w*+)");
    private static final Pattern RCODE_FN = Pattern.compile(
            "(?<![\\w.:])(E?RCode(?:Rule|Action))\\s*\\(\\s*([\\w.]*+)");
    /** The whole argument, DNSRCode.X included: an RCODE constant there is a mistake diagnostics explain. */
    private static final Pattern EDE_FN = Pattern.compile(
            "(?<![\\w.:])(SetExtendedDNSError(?:Response)?Action)\\s*\\(\\s*([\\w.]*+)");
    private static final Pattern PDNS_EDE = Pattern.compile("(?<!\\w)extendedErrorCode\\s*=(?!=)\\s*([\\w.]*+)");

    private static final Pattern LEADING_ARG = Pattern.compile("^\\s*([\\w.]*+)");

    private static void lua(ScanContext ctx, int line, String text, int cursor, List<Slot> out) {
        String call = LuaScanner.callOpenAbove(ctx, line, text, cursor);
        if (call != null) {
            ConfigLine.inContext(ctx, line, text, ConfigLine.Syntax.LUA, out, cursor >= 0,
                    cl -> continuedArgument(line, text, cl, call, cursor, out));
        }
        if (!ConfigLine.containsAny(text, LUA_ANCHORS)) {
            return;
        }
        ConfigLine.inContext(ctx, line, text, ConfigLine.Syntax.LUA, out, cursor >= 0,
                cl -> luaLine(ctx, line, text, cl, cursor, call, out));
    }

    /**
     * @param callAbove the function whose argument list a line above left open for this line's first word
     *                  ({@link LuaScanner#callOpenAbove}), or null
     */
    private static void luaLine(ScanContext ctx, int line, String text, ConfigLine cl, int cursor, String callAbove,
                                List<Slot> out) {
        if (cursor >= 0 && cl.inComment(cursor)) {
            return;
        }
        String code = cl.code;
        Matcher m = LUA_MEMBER.matcher(code);
        while (m.find()) {
            String table = m.group(1).replaceAll("\\s+", "");
            Kind kind = switch (table) {
                case "DNSRCode" -> Kind.DNSDIST_RCODE;
                case "dnsdist" -> Kind.DNSDIST_OLD_RCODE;
                case "DNSAction" -> Kind.DNSDIST_ACTION;
                case "DNSResponseAction" -> Kind.DNSDIST_RESPONSE_ACTION;
                case "Policy" -> Kind.PDNS_POLICY;
                case "policy" -> Kind.KRESD_POLICY;
                case "kres.rcode" -> Kind.KRES_RCODE;
                case "kres.extended_error" -> Kind.KRES_EDE;
                case "pdns.policykinds" -> Kind.PDNS_POLICY_KIND;
                default -> Kind.PDNS_CONSTANT;
            };
            if (kind == Kind.PDNS_CONSTANT && followedBy(code, m.end(2), '.')) {
                // pdns.policytypes.X and other sub-tables
                continue;
            }
            if (LuaScanner.definedHere(code, m.start(2), m.end(2)) || m.end(2) > m.start(2) && code.charAt(m.start(2)) == '_'
                    || kind == Kind.PDNS_POLICY && (followedBy(code, m.end(2), '(') || followedBy(code, m.end(2), ':'))) {
                // a Lua program's own table of that name: Policy.__index = Policy, function Policy.new(name),
                // policy.DROP = function() end; PowerDNS's Policy.X are values, never called
                continue;
            }
            // pdns.X and pdns.policykinds.X are both numbers: what they are assigned to decides whether they fit
            String field = kind == Kind.PDNS_CONSTANT || kind == Kind.PDNS_POLICY_KIND ? assignedField(code, m.start(1))
                    : null;
            if (kind == Kind.DNSDIST_ACTION) {
                String dyn = LuaScanner.dynamicBlockCall(ctx, line, code, m.start(1));
                if (dyn != null) {
                    kind = Kind.DNSDIST_DYN_ACTION;
                    field = dyn;
                }
            } else if (kind == Kind.KRESD_POLICY) {
                String fn = LuaScanner.enclosingCall(code, m.start(1));
                if ("add".equals(fn)) {
                    // policy.add(policy.X): the first argument is a filter (policy.all, suffix, rpz...), not an action
                    continue;
                }
                // an action given as an argument (policy.suffix(policy.X, ...)), and whether it is called there
                field = fn == null ? null : followedBy(code, m.end(2), '(') ? KRESD_CALLED : KRESD_ARGUMENT;
            } else if (kind == Kind.DNSDIST_RCODE) {
                // the function it is an argument of decides which constants fit (RCodeRule: the header's 0-15)
                String fn = LuaScanner.enclosingCall(code, m.start(1));
                if (fn == null && callAbove != null && code.substring(0, m.start(1)).isBlank()) {
                    fn = callAbove;
                }
                field = fn != null && RCODE_ARG_CALLS.contains(fn) ? fn : null;
            }
            // auxStart: where the table's name starts, for fixes that rewrite the whole value (dnsdist.X, pdns.X)
            out.add(new Slot(line, m.start(2), m.end(2), text.substring(m.start(2), m.end(2)), kind, field,
                    m.start(1), 0));
        }
        if (code.contains("RCode")) {
            m = RCODE_FN.matcher(code);
            while (m.find()) {
                String fn = m.group(1);
                out.add(new Slot(line, m.start(2), m.end(2), text.substring(m.start(2), m.end(2)),
                        fn.startsWith("E") ? Kind.DNSDIST_ERCODE_ARG : Kind.DNSDIST_RCODE_ARG, fn, m.start(1), 0));
            }
        }
        if (code.contains("ExtendedDNSError")) {
            m = EDE_FN.matcher(code);
            while (m.find()) {
                out.add(new Slot(line, m.start(2), m.end(2), text.substring(m.start(2), m.end(2)), Kind.DNSDIST_EDE,
                        m.group(1), m.start(1), 0));
            }
        }
        if (code.contains("extendedErrorCode")) {
            m = PDNS_EDE.matcher(code);
            while (m.find()) {
                out.add(new Slot(line, m.start(1), m.end(1), text.substring(m.start(1), m.end(1)), Kind.PDNS_EDE,
                        null, -1, 0));
            }
        }
    }

    /**
     * The first argument of {@code call} at the start of this line. The function's name is on another line, so the
     * slot has no {@code auxStart}: a diagnostic that would rename the function goes on the argument, without a fix.
     */
    private static void continuedArgument(int line, String text, ConfigLine cl, String call, int cursor,
                                          List<Slot> out) {
        Matcher m = LEADING_ARG.matcher(cl.code);
        if (!m.find() || cl.inComment(m.start(1)) || cursor >= 0 && (cursor < m.start(1) || cursor > m.end(1))) {
            return;
        }
        if (m.end(1) == m.start(1) && cursor < 0) {
            return;
        }
        Kind kind = call.startsWith("SetExtended") ? Kind.DNSDIST_EDE
                : call.startsWith("E") ? Kind.DNSDIST_ERCODE_ARG : Kind.DNSDIST_RCODE_ARG;
        out.add(new Slot(line, m.start(1), m.end(1), text.substring(m.start(1), m.end(1)), kind, call, -1, 0));
    }

    /**
     * For a value at {@code at}: "policyKind" or "rcode" when it is assigned to such a field
     * ({@code dq.appliedPolicy.policyKind = pdns.NXDOMAIN}, {@code dq.rcode = pdns.policykinds.NXDOMAIN}), else null.
     */
    static String assignedField(String code, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        if (i < 1 || code.charAt(i) != '=' || "=~<>".indexOf(code.charAt(i - 1)) >= 0) {
            return null;
        }
        i--;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
            i--;
        }
        String field = code.substring(i + 1, end);
        if (i < 0 || code.charAt(i) != '.' || !(field.equals("policyKind") || field.equals("rcode"))) {
            return null;
        }
        return field;
    }

    private static boolean followedBy(String code, int from, char c) {
        for (int i = from; i < code.length(); i++) {
            char x = code.charAt(i);
            if (x == c) {
                return true;
            }
            if (!Character.isWhitespace(x)) {
                return false;
            }
        }
        return false;
    }

    // --- YAML (dnsdist 2.x, Knot Resolver 6)

    private static final String[] YAML_ANCHORS = {"rcode", "info_code", "action", "answer", "subtree", "defpol",
        "extendedErrorCode", "extended_error_code"};

    private static void yaml(ScanContext ctx, int line, String text, int cursor, List<Slot> out) {
        if (!ConfigLine.containsAny(text, YAML_ANCHORS)) {
            return;
        }
        int comment = YamlLine.commentStart(text);
        if (cursor >= 0 && comment >= 0 && cursor > comment) {
            return;
        }
        for (YamlLine.Pair p : YamlLine.pairs(text)) {
            if (comment >= 0 && p.keyStart() > comment) {
                break;
            }
            int start = p.valueStart();
            int end = p.valueEnd();
            if (!p.scalar()) {
                // a mapping (action: {...}, action: with its keys below) is no value; an empty value is a slot
                // only where the cursor is about to fill it, after the blank that follows the colon, also in the
                // blanks before a comment (rcode: | # refuse them)
                if (!(cursor > p.keyEnd() + 1 && emptyValueAt(text, p, cursor))) {
                    continue;
                }
                start = cursor;
                end = cursor;
            }
            if (cursor >= 0 && (cursor < start || cursor > end)) {
                continue;
            }
            YamlConfScanner.Place place = YamlConfScanner.place(ctx, line, text, p);
            if (place == null) {
                continue;
            }
            String aux = null;
            Kind kind;
            switch (place) {
                case RCODE, ERCODE -> {
                    kind = place == YamlConfScanner.Place.ERCODE ? Kind.DNSDIST_YAML_ERCODE : Kind.DNSDIST_YAML_RCODE;
                    String type = YamlLine.sibling(ctx, line, text, p, "type");
                    aux = type == null ? null : type.startsWith("rcode-") ? type : isSelector(ctx, line, text, p)
                            ? "selector" : "action";
                }
                case INFO_CODE -> kind = Kind.DNSDIST_YAML_EDE;
                case DYNAMIC_ACTION -> kind = Kind.DNSDIST_YAML_DYN_ACTION;
                case VIEW_ANSWER -> kind = Kind.KRESD_VIEW_ANSWER;
                case SUBTREE -> kind = Kind.KRESD_SUBTREE;
                case DEFPOL -> kind = Kind.PDNS_YAML_DEFPOL;
                case PDNS_EDE -> kind = Kind.PDNS_YAML_EDE;
                default -> {
                    // nxd:, nodata:, refuse-no-rd: are booleans, explained by hover, never completed
                    continue;
                }
            }
            out.add(new Slot(line, start, end, text.substring(start, end), kind, aux, -1, 0, p.quoted()));
        }
    }

    /**
     * Whether the pair has no value yet and the cursor is in the blanks after its colon: nothing but blanks up to
     * the end of the line or, with at least one blank left before it, a comment ({@link YamlLine.Pair#valueStart()}
     * is then the end or the '#').
     */
    private static boolean emptyValueAt(String text, YamlLine.Pair p, int cursor) {
        int v = p.valueStart();
        if (p.valueEnd() != v || cursor > v || v < text.length() && (text.charAt(v) != '#' || cursor == v)) {
            // right on the '#' a value would run into it (rcode: refused# x is one scalar, not a comment)
            return false;
        }
        for (int i = p.keyEnd() + 1; i < cursor; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether an rcode: pair sits in a selector (its mapping is the value of a selector: key). */
    private static boolean isSelector(ScanContext ctx, int line, String text, YamlLine.Pair p) {
        for (int l = line; l >= 0 && l >= line - org.rcodels.server.scan.Scanner.MAX_CONTEXT; l--) {
            String t = ctx.line(l);
            if (t == null) {
                continue;
            }
            for (YamlLine.Pair q : YamlLine.pairs(t)) {
                if (q.keyStart() < p.keyStart() && (l < line || q.keyStart() < p.keyStart())) {
                    if (q.keyIs(t, "selector")) {
                        return true;
                    }
                    if (q.keyIs(t, "action")) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    // --- zone files (RPZ)

    /** Lines either side of a CNAME line, and lines at the head of the file, that are searched for RPZ signs. */
    private static final int NEAR = 8;
    private static final int HEAD = 64;
    private static final Pattern CNAME_TO_ROOT = Pattern.compile("(?i)\\sCNAME\\s+\\*?\\.\\s*$");

    private static void zone(ScanContext ctx, int line, String text, int cursor, List<Slot> out) {
        int limit = Math.min(text.length(), ConfigLine.LIMIT);
        int semi = ZoneScanner.commentStart(text, limit);
        int end = semi < 0 ? limit : semi;
        if (cursor >= 0 && semi >= 0 && cursor > semi) {
            return;
        }
        if (Scans.indexOfIgnoreCase(text, "cname", 0, end) < 0) {
            return;
        }
        List<int[]> tokens = new ArrayList<>(6);
        boolean placed = cursor < 0 || cursor > end;
        int i = 0;
        while (i < end && tokens.size() < 8) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (!placed && cursor < i) {
                tokens.add(new int[] {cursor, cursor});
                placed = true;
            }
            int s = i;
            while (i < end && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                i++;
            }
            tokens.add(new int[] {s, i});
            if (!placed && cursor <= i) {
                placed = true;
            }
        }
        if (!placed) {
            tokens.add(new int[] {cursor, cursor});
        }
        boolean hasOwner = !text.isEmpty() && text.charAt(0) != ' ' && text.charAt(0) != '\t';
        int ci = -1;
        for (int k = hasOwner ? 1 : 0; k < Math.min(tokens.size(), 4); k++) {
            int[] t = tokens.get(k);
            if (t[1] - t[0] == 5 && text.regionMatches(true, t[0], "CNAME", 0, 5)) {
                ci = k;
                break;
            }
        }
        if (ci < 0 || ci + 2 != tokens.size()) {
            return;
        }
        int[] target = tokens.get(ci + 1);
        if (cursor < 0 && !text.regionMatches(true, target[0], "rpz-", 0, 4)) {
            // diagnostics check only would-be rpz-* targets: . and *. are always fine, other names are local data
            return;
        }
        if (!isRpz(ctx, line)) {
            return;
        }
        out.add(new Slot(line, target[0], target[1], text.substring(target[0], target[1]), Kind.RPZ_TARGET, null, -1,
                0));
    }

    /**
     * Whether the zone is an RPZ policy zone, by the zone scanner's signs: the file name says "rpz", the line's owner
     * is an RPZ trigger, or a line near it or at the head of the file is an RPZ construct ($ORIGIN or SOA owner with
     * "rpz", a CNAME to rpz-passthru., rpz-drop. or rpz-tcp-only., a .rpz-ip trigger) or two are CNAMEs to . or *.
     * A host named rpz-dns in an ordinary zone is no such sign.
     */
    static boolean isRpz(ScanContext ctx, int line) {
        return ZoneScanner.isRpzZone(ctx, line);
    }
}
