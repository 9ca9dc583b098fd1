package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * The YAML configurations of dnsdist 2.x ({@code dnsdist.yml}) and Knot Resolver 6
 * ({@code /etc/knot-resolver/config.yaml}). Recognised:
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
 *   <li>anywhere else, comments and strings included: upper-case mnemonics only ({@link UpperNames}).</li>
 * </ul>
 */
public final class YamlConfScanner extends ConfigScanner {
    static final String DNSDIST = "dnsdist";
    /** PowerDNS's short names (RCode::to_short_s), which dnsdist's YAML reads, whatever the case. */
    public static final String SHORT_NAMES = "pdns-short";
    static final String KRESD = "kresd";

    public static final String NOTE_SUBTREE_EMPTY = "note.kresdSubtreeEmpty";
    public static final String NOTE_NODATA = "note.kresdNodata";
    public static final String NOTE_REFUSE_NO_RD = "note.kresdRefuseNoRd";

    public YamlConfScanner() {
        super(null, "rcode", "info_code", "action", "nxd", "answer", "subtree", "nodata", "refuse-no-rd");
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

    private static void pair(ScanContext ctx, int line, String text, YamlLine.Pair p, List<Mention> out) {
        int s = p.valueStart();
        int e = p.valueEnd();
        boolean value = p.scalar() && e > s;
        if (p.keyIs(text, "rcode")) {
            if (value) {
                rcode(ctx, line, text, p, out);
            }
        } else if (p.keyIs(text, "info_code")) {
            if (value) {
                Scans.number(ctx, out, line, text, s, e, Kind.EDE, false, DNSDIST, null);
            }
        } else if (p.keyIs(text, "action") || p.keyIs(text, "default_action")) {
            if (value) {
                // any case, dashes ignored (DNSAction::typeFromString)
                String v = p.value(text).replace("-", "");
                if (v.equalsIgnoreCase("nxdomain")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:3", DNSDIST, null);
                } else if (v.equalsIgnoreCase("refused")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:5", DNSDIST, null);
                }
            }
        } else if (p.keyIs(text, "nxd")) {
            if (value) {
                String v = p.value(text);
                if (v.equals("true") || v.equals("false")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, v.equals("true") ? "rcode:3" : "pseudo:nodata",
                            DNSDIST, "nxd: " + v);
                }
            }
        } else if (p.keyIs(text, "answer")) {
            if (value && p.value(text).equals("refused") && "views".equals(YamlLine.topKey(ctx, line))) {
                ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:5", KRESD, "answer: refused");
            }
        } else if (p.keyIs(text, "subtree")) {
            // local-data's rules; forward's subtree: is a domain name
            if (value && "local-data".equals(YamlLine.topKey(ctx, line))) {
                String v = p.value(text);
                if (v.equals("nxdomain")) {
                    ConfigMentions.policy(ctx, out, line, text, s, e, "rcode:3", KRESD, "subtree: nxdomain");
                } else if (v.equals("empty")) {
                    Scans.entry(ctx, out, line, text, s, e, "pseudo:nodata", Mention.Role.POLICY, KRESD,
                            NOTE_SUBTREE_EMPTY);
                }
            }
        } else if (p.keyIs(text, "nodata")) {
            if (isTrue(text, p) && "local-data".equals(YamlLine.topKey(ctx, line))) {
                Scans.entry(ctx, out, line, text, p.keyStart(), p.keyEnd(), "pseudo:nodata", Mention.Role.NAME, KRESD,
                        NOTE_NODATA);
            }
        } else if (p.keyIs(text, "refuse-no-rd")) {
            if (isTrue(text, p)) {
                Scans.entry(ctx, out, line, text, p.keyStart(), p.keyEnd(), "rcode:5", Mention.Role.POLICY, KRESD,
                        NOTE_REFUSE_NO_RD);
            }
        }
    }

    /** A key set to true: with false, the resolver neither answers NODATA nor refuses (nothing to explain). */
    private static boolean isTrue(String text, YamlLine.Pair p) {
        return p.scalar() && p.value(text).equals("true");
    }

    /** An rcode: value, a name or a number; a number from 16 up is the extended RCODE after type: ERCode. */
    private static void rcode(ScanContext ctx, int line, String text, YamlLine.Pair p, List<Mention> out) {
        int s = p.valueStart();
        int e = p.valueEnd();
        int v = Scans.parse(text, s, e);
        if (v >= 0) {
            if (v <= 15 || isExtended(ctx, line, text, p)) {
                Scans.number(ctx, out, line, text, s, e, Kind.RCODE, false, DNSDIST, ConfigMentions.NOTE_NUMERIC);
            }
            return;
        }
        Scans.name(ctx, out, line, text, s, e, SHORT_NAMES, Kind.RCODE);
    }

    /** Whether the rcode: pair belongs to an ERCode action or selector, which match the full (extended) RCODE. */
    public static boolean isExtended(ScanContext ctx, int line, String text, YamlLine.Pair p) {
        String type = YamlLine.sibling(ctx, line, text, p, "type");
        return "ERCode".equals(type);
    }
}
