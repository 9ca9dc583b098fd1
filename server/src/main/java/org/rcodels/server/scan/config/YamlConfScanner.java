package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * The YAML configurations of dnsdist 2.x ({@code dnsdist.yml}), Knot Resolver 6
 * ({@code /etc/knot-resolver/config.yaml}) and PowerDNS Recursor 5 ({@code recursor.yml}). Recognised:
 * <ul>
 *   <li>dnsdist {@code rcode:} of the RCode and ERCode actions and selectors and of the rcode-rate and rcode-ratio
 *       dynamic rules: a name (case-insensitive, PowerDNS's short names) or a number; after {@code type: ERCode}
 *       a number from 16 up is the EDNS extended RCODE;</li>
 *   <li>dnsdist {@code info_code:} of SetExtendedDNSError: an EDE code;</li>
 *   <li>dnsdist {@code action:} of a dynamic rule and {@code default_action:}: nxdomain and refused, as policy
 *       words;</li>
 *   <li>dnsdist {@code nxd:} of NegativeAndSOA: true answers NXDOMAIN, false NODATA;</li>
 *   <li>Knot Resolver {@code answer: refused} of a view, {@code subtree: nxdomain} and {@code subtree: empty} of a
 *       local-data rule, as policy words; the keys {@code nodata: true} and {@code refuse-no-rd: true}, which name
 *       what they make the resolver answer; {@code answer:} only under {@code views:}, {@code subtree:} and
 *       {@code nodata:} only under {@code local-data:} (forward's {@code subtree:} is a domain name);</li>
 *   <li>PowerDNS Recursor 5 ({@code recursor.yml}) {@code defpol:} of an RPZ under {@code recursor: rpzs:}:
 *       NXDOMAIN and NODATA, as policy words; its {@code extendedErrorCode:} (or {@code extended_error_code:}): an
 *       EDE code;</li>
 *   <li>anywhere else, comments and strings included: upper-case mnemonics only ({@link UpperNames}).</li>
 * </ul>
 */
public final class YamlConfScanner extends ConfigScanner {
    static final String DNSDIST = "dnsdist";
    /** PowerDNS's short names (RCode::to_short_s), which dnsdist's YAML reads, whatever the case. */
    public static final String SHORT_NAMES = "pdns-short";
    static final String KRESD = "kresd";
    /** PowerDNS's policy kinds, which the Recursor's YAML spells as its Lua does (rec-lua-conf cvtKind). */
    static final String PDNS = LuaScanner.PDNS;

    public static final String NOTE_SUBTREE_EMPTY = "note.kresdSubtreeEmpty";
    public static final String NOTE_NODATA = "note.kresdNodata";
    public static final String NOTE_REFUSE_NO_RD = "note.kresdRefuseNoRd";

    public YamlConfScanner() {
        super(null, "rcode", "info_code", "action", "nxd", "answer", "subtree", "nodata", "refuse-no-rd",
                "defpol", "extendedErrorCode", "extended_error_code");
    }

    @Override
    void config(ScanContext ctx, int line, String text, List<Mention> out) {
        int comment = YamlLine.commentStart(text);
        for (YamlLine.Pair p : YamlLine.pairs(text)) {
            if (comment >= 0 && p.keyStart() > comment) {
                break;
            }
            pair(ctx, line, text, p, out);
        }
    }

    /**
     * What a pair of a dnsdist or Knot Resolver YAML configuration holds, decided once for the scanner (hover) and
     * the slots (completion, diagnostics), so that both read the same keys in the same places.
     */
    public enum Place {
        /** rcode: of an RCode action or selector or of a dynamic rule: the header's RCODE (0-15). */
        RCODE,
        /** rcode: after type: ERCode: the full RCODE, extended ones included. */
        ERCODE,
        INFO_CODE,
        /** action: of a dynamic rule, default_action: of their settings (a query rule's action is a mapping). */
        DYNAMIC_ACTION,
        NXD,
        /** answer: of a Knot Resolver view. */
        VIEW_ANSWER,
        /** subtree: of a local-data rule (forward's subtree: is a domain name). */
        SUBTREE,
        NODATA,
        REFUSE_NO_RD,
        /** defpol: of a PowerDNS Recursor RPZ (recursor: rpzs:), a policy kind. */
        DEFPOL,
        /** extendedErrorCode: (extended_error_code: since 5.3) of a PowerDNS Recursor RPZ. */
        PDNS_EDE
    }

    /** The place of a pair, or null for a key that holds no code. */
    public static Place place(ScanContext ctx, int line, String text, YamlLine.Pair p) {
        if (p.keyIs(text, "rcode")) {
            return "ERCode".equals(YamlLine.sibling(ctx, line, text, p, "type")) ? Place.ERCODE : Place.RCODE;
        }
        if (p.keyIs(text, "info_code")) {
            return Place.INFO_CODE;
        }
        if (p.keyIs(text, "nxd")) {
            return Place.NXD;
        }
        if (p.keyIs(text, "refuse-no-rd")) {
            return Place.REFUSE_NO_RD;
        }
        boolean defpol = p.keyIs(text, "defpol");
        if (defpol || p.keyIs(text, "extendedErrorCode") || p.keyIs(text, "extended_error_code")) {
            // only the Recursor's rpzs: entries have these keys
            return !"recursor".equals(YamlLine.topKey(ctx, line)) ? null : defpol ? Place.DEFPOL : Place.PDNS_EDE;
        }
        boolean action = p.keyIs(text, "action") || p.keyIs(text, "default_action");
        if (!action && !p.keyIs(text, "answer") && !p.keyIs(text, "subtree") && !p.keyIs(text, "nodata")) {
            return null;
        }
        String top = YamlLine.topKey(ctx, line);
        if (action) {
            return (top == null ? p.scalar() : top.startsWith("dynamic_rules")) ? Place.DYNAMIC_ACTION : null;
        }
        if (p.keyIs(text, "answer")) {
            return "views".equals(top) ? Place.VIEW_ANSWER : null;
        }
        if (!"local-data".equals(top)) {
            return null;
        }
        return p.keyIs(text, "subtree") ? Place.SUBTREE : Place.NODATA;
    }

    private static void pair(ScanContext ctx, int line, String text, YamlLine.Pair p, List<Mention> out) {
        int s = p.valueStart();
        int e = p.valueEnd();
        if (!p.scalar() || e <= s) {
            return;
        }
        Place place = place(ctx, line, text, p);
        if (place == null) {
            return;
        }
        String v = p.value(text);
        switch (place) {
            case RCODE, ERCODE -> rcode(ctx, line, text, s, e, place == Place.ERCODE, out);
            case INFO_CODE -> Scans.number(ctx, out, line, text, s, e, Kind.EDE, false, DNSDIST, null);
            case DYNAMIC_ACTION -> {
                // any case, dashes ignored (DNSAction::typeFromString)
                String a = v.replace("-", "");
                if (a.equalsIgnoreCase("nxdomain")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:3", DNSDIST, null);
                } else if (a.equalsIgnoreCase("refused")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:5", DNSDIST, null);
                }
            }
            case NXD -> {
                if (v.equals("true") || v.equals("false")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, v.equals("true") ? "rcode:3" : "pseudo:nodata",
                            DNSDIST, "nxd: " + v);
                }
            }
            case VIEW_ANSWER -> {
                if (v.equals("refused")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:5", KRESD, "answer: refused");
                }
            }
            case SUBTREE -> {
                if (v.equals("nxdomain")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:3", KRESD, "subtree: nxdomain");
                } else if (v.equals("empty")) {
                    Scans.entry(ctx, out, line, text, s, e, "pseudo:nodata", Mention.Role.POLICY, KRESD,
                            NOTE_SUBTREE_EMPTY);
                }
            }
            // with false, the resolver neither answers NODATA nor refuses: nothing to explain
            case NODATA -> {
                if (v.equals("true")) {
                    Scans.entry(ctx, out, line, text, p.keyStart(), p.keyEnd(), "pseudo:nodata", Mention.Role.NAME,
                            KRESD, NOTE_NODATA);
                }
            }
            case DEFPOL -> {
                // exact case, as cvtKind's table has them
                if (v.equals("NXDOMAIN") || v.equals("NODATA")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, v.equals("NXDOMAIN") ? "rcode:3" : "pseudo:nodata",
                            PDNS, "defpol: " + v);
                }
            }
            case PDNS_EDE -> Scans.number(ctx, out, line, text, s, e, Kind.EDE, false, PDNS, null);
            case REFUSE_NO_RD -> {
                if (v.equals("true")) {
                    Scans.entry(ctx, out, line, text, p.keyStart(), p.keyEnd(), "rcode:5", Mention.Role.POLICY,
                            KRESD, NOTE_REFUSE_NO_RD);
                }
            }
        }
    }


    /** An rcode: value, a name or a number; a number from 16 up is the extended RCODE after type: ERCode. */
    private static void rcode(ScanContext ctx, int line, String text, int s, int e, boolean extended,
                              List<Mention> out) {
        int v = Scans.parse(text, s, e);
        if (v >= 0) {
            if (v <= 15 || extended) {
                Scans.number(ctx, out, line, text, s, e, Kind.RCODE, false, DNSDIST, ConfigMentions.NOTE_NUMERIC);
            }
            return;
        }
        Scans.name(ctx, out, line, text, s, e, SHORT_NAMES, Kind.RCODE);
    }
}
