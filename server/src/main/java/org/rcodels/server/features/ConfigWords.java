package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Catalog;

/**
 * The values of server configurations that completion offers and {@link WordHover} explains, looked up by the word
 * alone, for the command line ({@code rcode-ls explain policy.DROP}, {@code explain rpz-drop.}, {@code explain DROP}).
 * A qualified word ({@code policy.DROP}, {@code DNSAction.Drop}) names its table; a bare one ({@code DROP},
 * {@code always_nxdomain}, {@code rpz-drop.}, {@code CNAME .}) every table that has it, case ignored, so that a word
 * several tools use shows each tool's meaning.
 */
public final class ConfigWords {
    private ConfigWords() {
    }

    /**
     * One meaning of a word.
     *
     * @param written  the word as the tool writes it ({@code policy.DROP}, {@code rpz-drop.})
     * @param whatKey  label key naming what holds it ("Knot Resolver policy action")
     * @param entryId  the code it makes the server answer, or null
     * @param doesKey  label key for what it does (may use {name}, the code's name)
     * @param href     the tool's reference page
     */
    public record Meaning(String written, String whatKey, String entryId, String doesKey, String href) {
    }

    /** The tables looked in, each with how the tool qualifies its members ("" for bare words). */
    private static final Object[][] TABLES = {
        {Slots.Kind.KRESD_POLICY, "policy."},
        {Slots.Kind.DNSDIST_ACTION, "DNSAction."},
        {Slots.Kind.DNSDIST_RESPONSE_ACTION, "DNSResponseAction."},
        {Slots.Kind.PDNS_POLICY_KIND, "pdns.policykinds."},
        {Slots.Kind.PDNS_POLICY, "Policy."},
        {Slots.Kind.PDNS_CONSTANT, "pdns."},
        {Slots.Kind.UNBOUND_ZONE_TYPE, ""},
        {Slots.Kind.UNBOUND_ACCESS, ""},
        {Slots.Kind.UNBOUND_RPZ_OVERRIDE, ""},
        {Slots.Kind.BIND_RPZ_POLICY, ""},
        {Slots.Kind.COREDNS_ACL, ""},
        {Slots.Kind.COREDNS_LOG_CLASS, ""},
        {Slots.Kind.RPZ_TARGET, ""},
    };

    /**
     * The action words of Unbound's RPZ log ({@code rpz: applied [zone] name rpz-nxdomain ...}, DNS-FACTS D.8):
     * {text, entry id or null, label key of what it does}.
     */
    private static final String[][] UNBOUND_RPZ_LOG = {
        {"rpz-nxdomain", "rcode:3", "completion.answers"},
        {"rpz-nodata", "pseudo:nodata", "completion.answers"},
        {"rpz-passthru", null, "completion.passthru"},
        {"rpz-drop", null, "completion.drop"},
        {"rpz-tcp-only", null, "completion.tcpOnly"},
        {"rpz-local-data", null, "completion.rpz.localData"},
        {"rpz-disabled", null, "completion.rpz.disabled"},
        {"rpz-cname-override", null, "completion.unbound.rpz.cname"},
    };

    /**
     * One line per meaning, as explain and the rcode.explain command show them: "policy.DROP · Knot Resolver policy
     * action: answers SERVFAIL ...", with the name of the code it answers filled in.
     */
    public static List<org.rcodels.server.render.WordRenderer.Line> lines(Catalog catalog,
                                                                          org.rcodels.catalog.Texts texts,
                                                                          List<Meaning> meanings) {
        List<org.rcodels.server.render.WordRenderer.Line> out = new ArrayList<>();
        for (Meaning w : meanings) {
            String name = w.entryId() == null ? "" : catalog.byId(w.entryId()).map(e -> e.name()).orElse("");
            out.add(new org.rcodels.server.render.WordRenderer.Line(w.written(), texts.label(w.whatKey()),
                    texts.label(w.doesKey(), "name", name), w.href()));
        }
        return out;
    }

    public static List<Meaning> lookup(Catalog catalog, String word) {
        List<Meaning> out = lookup(catalog, word, true);
        // dnsaction.drop, POLICY.DROP: the qualifier in another case, when nothing matched it exactly
        return out.isEmpty() ? lookup(catalog, word, false) : out;
    }

    private static List<Meaning> lookup(Catalog catalog, String word, boolean exactPrefix) {
        List<Meaning> out = new ArrayList<>();
        // values written exactly as asked come first: "deny" is Unbound's before Knot Resolver's policy.DENY
        List<Meaning> otherCase = new ArrayList<>();
        if (word == null) {
            return out;
        }
        String w = word.strip();
        // an RPZ record as people quote it: "CNAME ." / "CNAME rpz-drop."
        boolean cname = w.regionMatches(true, 0, "CNAME ", 0, 6);
        if (cname) {
            w = w.substring(6).strip();
        }
        if (w.isEmpty() || w.length() > 64) {
            return out;
        }
        for (Object[] row : TABLES) {
            Slots.Kind kind = (Slots.Kind) row[0];
            String prefix = (String) row[1];
            if (cname && kind != Slots.Kind.RPZ_TARGET) {
                continue;
            }
            String name;
            if (!prefix.isEmpty() && w.regionMatches(!exactPrefix, 0, prefix, 0, prefix.length())) {
                name = w.substring(prefix.length());
            } else if (w.indexOf('.') < 0 || w.endsWith(".") && kind == Slots.Kind.RPZ_TARGET) {
                name = w;
            } else {
                continue;
            }
            for (Choice ch : Slots.choices(catalog, kind)) {
                if (ch.detailKey() == null || !ch.text().equalsIgnoreCase(name)) {
                    continue;
                }
                // pdns.X names RCODEs too: those are codes, explained as such; only its DROP is a config word
                if (kind == Slots.Kind.PDNS_CONSTANT && ch.entryId() != null) {
                    continue;
                }
                String written = kind == Slots.Kind.RPZ_TARGET ? "CNAME " + ch.text() : prefix + ch.text();
                (ch.text().equals(name) ? out : otherCase).add(
                        new Meaning(written, kind.what, ch.entryId(), ch.detailKey(), kind.href));
            }
        }
        out.addAll(otherCase);
        if (!cname && exactPrefix) {
            for (String[] r : UNBOUND_RPZ_LOG) {
                if (r[0].equalsIgnoreCase(w)) {
                    out.add(new Meaning(r[0], "word.unboundRpzLog", r[1], r[2], Slots.UNBOUND_CONF));
                }
            }
        }
        return out;
    }

    /**
     * The values one or two edits from {@code word} ({@code policy.DORP}, {@code always_nxdomian}, {@code rpz-drp.}),
     * as the tools write them; for a word of at least four characters.
     */
    public static List<String> suggest(Catalog catalog, String word) {
        List<String> out = new ArrayList<>();
        String w = word == null ? "" : word.strip();
        if (w.length() < 4 || w.length() > 64) {
            return out;
        }
        int limit = w.length() < 8 ? 1 : 2;
        int best = limit + 1;
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Object[] row : TABLES) {
            Slots.Kind kind = (Slots.Kind) row[0];
            for (Choice ch : Slots.choices(catalog, kind)) {
                if (ch.detailKey() != null && (kind != Slots.Kind.PDNS_CONSTANT || ch.entryId() == null)) {
                    seen.add(kind == Slots.Kind.RPZ_TARGET ? ch.text() : row[1] + ch.text());
                }
            }
        }
        for (String[] r : UNBOUND_RPZ_LOG) {
            seen.add(r[0]);
        }
        for (String candidate : seen) {
            int d = org.rcodels.catalog.Distance.damerauLevenshtein(w.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT), limit);
            if (d == 0 || d > limit) {
                continue;
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best && !out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }
}
