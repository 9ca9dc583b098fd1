package org.rcodels.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two codes side by side, in the shape users know from explainer sites: an introduction, each code's description /
 * when you see it / how to fix, key differences and when to use which. The differences are derived from the
 * catalog's facts (registry, carrier, status, references) so they hold for any pair; a hand-written note
 * for the classic confusions comes first when one exists.
 */
public record Comparison(Entry a, Entry b, Content aContent, Content bContent, String intro,
                         List<String> keyDifferences, List<String> whenToUseWhich, Confusion note) {

    public static Comparison of(Entry a, Entry b, Texts t) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Catalog catalog = t.catalog();
        Confusion note = catalog.confusionOf(a.id(), b.id()).map(t::confusion).orElse(null);
        Content ca = t.content(a);
        Content cb = t.content(b);
        String an = title(a, catalog);
        String bn = title(b, catalog);

        // the same code twice (compare NXDOMAIN 3): say so first, not "both are RCODEs"
        String intro = a.id().equals(b.id()) ? t.label("cmp.same", "a", an) : a.kind() == b.kind()
                ? t.label("cmp.intro.same", "a", an, "b", bn, "kinds", t.label("kind." + a.kind() + ".plural"))
                : t.label("cmp.intro.different", "a", an, "b", bn,
                "aKind", t.label("kind." + a.kind() + ".one"), "bKind", t.label("kind." + b.kind() + ".one"));

        List<String> diffs = new ArrayList<>();
        if (a.id().equals(b.id())) {
            diffs.add(t.label("cmp.same", "a", an));
        }
        if (note != null) {
            diffs.addAll(note.keyDifferences());
        }
        if (a.kind() != b.kind()) {
            diffs.add(t.label("cmp.kinds", "a", an, "aKind", t.label("kind." + a.kind() + ".phrase"),
                    "b", bn, "bKind", t.label("kind." + b.kind() + ".phrase")));
        }
        if (a.kind() == b.kind() && a.value() == b.value() && !a.id().equals(b.id())) {
            diffs.add(t.label("cmp.sameValue", "n", a.number()));
        }
        if (!a.carriers().equals(b.carriers())) {
            diffs.add(t.label("cmp.carriers", "a", an, "aCarriers", carriers(a.carriers(), t),
                    "b", bn, "bCarriers", carriers(b.carriers(), t)));
        }
        // one entry compared with itself (12 and 13 both lie in 12-15) says its facts once
        List<Entry> each = a.id().equals(b.id()) ? List.of(a) : List.of(a, b);
        for (Entry e : each) {
            if (e.status() != Status.ASSIGNED && e.status() != Status.PSEUDO) {
                diffs.add(t.label("cmp.status." + e.status(), "code", e.title()));
            }
        }
        // (the catalog's severity is how an editor colours a code, not a fact of the protocol: no bullet of its own;
        // NODATA is a normal answer, even if it is coloured as one worth a look)
        // the defining reference (the registry's), only for codes that have one: the other references an entry
        // cites explain or use it, and do not define it
        String ar = definedIn(a);
        String br = definedIn(b);
        if (ar != null && br != null && !ar.equals(br)) {
            diffs.add(t.label("cmp.refs", "a", an, "aRefs", ar, "b", bn, "bRefs", br));
        }
        for (Entry e : each) {
            if (e.certainty() != Certainty.STANDARD) {
                diffs.add(t.label("cmp.certainty." + e.certainty(), "code", e.title()));
            }
        }

        if (note == null && !a.id().equals(b.id())) {
            // without a hand-written note, the meanings themselves tell the two apart
            diffs.add(t.label("cmp.useWhen", "code", an, "text", ca.summary()));
            diffs.add(t.label("cmp.useWhen", "code", bn, "text", cb.summary()));
        } else if (diffs.isEmpty()) {
            diffs.add(t.label("cmp.useWhen", "code", an, "text", ca.summary()));
        }

        List<String> use = new ArrayList<>();
        if (note != null) {
            use.addAll(note.whenToUseWhich());
        }
        use.add(t.label("cmp.useWhen", "code", an, "text", ca.useWhen()));
        if (!a.id().equals(b.id())) {
            use.add(t.label("cmp.useWhen", "code", bn, "text", cb.useWhen()));
        }
        return new Comparison(a, b, ca, cb, intro, List.copyOf(diffs), List.copyOf(use), note);
    }

    /**
     * The entry's title, with its IANA description when another meaning of its number has the same name, so that
     * the two NOTAUTHs (9) can be told apart side by side: "NOTAUTH (9, Not Authorized)".
     */
    public static String title(Entry e, Catalog catalog) {
        String d = e.ianaDescription();
        if (e.kind() != Kind.RCODE || e.isRange() || d == null || d.isBlank()) {
            return e.title();
        }
        for (Entry other : catalog.lookup(e.kind(), e.value())) {
            if (other != e && other.name().equals(e.name())) {
                return e.name() + " (" + e.number() + ", " + d + ")";
            }
        }
        return e.title();
    }

    /** Where a code travels; NOTAUTH as Not Authorized is the header's 9 beside a TSIG record, not "or". */
    public static String carriers(Set<Carrier> carriers, Texts t) {
        if (carriers.contains(Carrier.HEADER) && carriers.contains(Carrier.TSIG)) {
            return t.label("carrier.headerWithTsig");
        }
        return carriers.stream().map(c -> t.label("carrier." + c)).collect(Collectors.joining(t.label("list.or")));
    }

    /**
     * The RFC (or document) that defines an assigned code: the first of its references, the one the IANA registry
     * cites. Null for ranges, unassigned and reserved values, which no document defines as codes.
     */
    static String definedIn(Entry e) {
        if (e.isRange() || e.status() != Status.ASSIGNED && e.status() != Status.PSEUDO || e.refs().isEmpty()) {
            return null;
        }
        var r = e.refs().get(0);
        return r.isRfc() ? "RFC " + r.rfc() : r.doc();
    }
}
