package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "X vs Y" comparisons: every pair works, and the classic pairs say what they must. */
class ComparisonTest {

    private static Catalog catalog;
    private static Texts en;
    /** Every {placeholder} used in the English labels. */
    private static Set<String> placeholders;

    @BeforeAll
    static void load() {
        catalog = Catalog.standard();
        en = catalog.texts("en");
        placeholders = new TreeSet<>();
        Pattern p = Pattern.compile("\\{(\\w+)\\}");
        for (String key : en.labelKeys()) {
            Matcher m = p.matcher(en.label(key));
            while (m.find()) {
                placeholders.add(m.group());
            }
        }
        assertTrue(placeholders.contains("{a}"), "labels.json has no comparison templates");
    }

    @Test
    void everyPairOfCodesCompares() {
        List<Entry> codes = catalog.entries().stream().filter(e -> !e.isRange()).toList();
        assertTrue(codes.size() > 60, "only " + codes.size() + " codes");
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        for (Entry a : codes) {
            for (Entry b : codes) {
                pairs++;
                Comparison c;
                try {
                    c = Comparison.of(a, b, en);
                } catch (RuntimeException ex) {
                    problems.add(a.id() + " vs " + b.id() + ": " + ex);
                    continue;
                }
                String where = a.id() + " vs " + b.id();
                check(where + " intro", c.intro(), problems);
                if (c.keyDifferences().isEmpty()) {
                    problems.add(where + ": no key differences");
                }
                if (c.whenToUseWhich().isEmpty()) {
                    problems.add(where + ": nothing on when to use which");
                }
                c.keyDifferences().forEach(s -> check(where + " keyDifferences", s, problems));
                c.whenToUseWhich().forEach(s -> check(where + " whenToUseWhich", s, problems));
                for (Content content : List.of(c.aContent(), c.bContent())) {
                    for (String f : Content.FIELDS) {
                        if (content.field(f) == null || content.field(f).isBlank()) {
                            problems.add(where + ": section " + f + " is empty");
                        }
                    }
                }
                if (problems.size() > 50) {
                    break;
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + pairs + " pairs:\n"
                + String.join("\n", problems.subList(0, Math.min(50, problems.size()))));
    }

    @Test
    void nxdomainVersusNodataUsesTheHandWrittenNote() {
        Entry nx = catalog.require("rcode:3");
        Entry nodata = catalog.require("pseudo:nodata");
        Confusion note = catalog.confusionOf("rcode:3", "pseudo:nodata").orElseThrow();
        for (Comparison c : List.of(Comparison.of(nx, nodata, en), Comparison.of(nodata, nx, en))) {
            assertNotNull(c.note());
            assertEquals(note.id(), c.note().id());
            assertTrue(c.keyDifferences().containsAll(note.keyDifferences()), c.keyDifferences().toString());
            assertTrue(c.whenToUseWhich().containsAll(note.whenToUseWhich()), c.whenToUseWhich().toString());
            // the note comes first
            assertEquals(note.keyDifferences().get(0), c.keyDifferences().get(0));
        }
        // NODATA is not an RCODE: the kinds differ
        Comparison c = Comparison.of(nx, nodata, en);
        assertTrue(c.keyDifferences().contains(en.label("cmp.kinds", "a", nx.title(),
                "aKind", en.label("kind.RCODE.phrase"), "b", nodata.title(), "bKind", en.label("kind.PSEUDO.phrase"))));
    }


    @Test
    void aNoteOpensOnlyTheComparisonsItIsAbout() {
        // NOERROR is among the NXDOMAIN-vs-NODATA note's codes, but that note does not compare NODATA with NOERROR
        assertTrue(catalog.confusionOf("pseudo:nodata", "rcode:0").isEmpty());
        // REFUSED vs EDE 18 is no REFUSED-vs-NOTAUTH comparison; REFUSED vs NOTAUTH is
        assertTrue(catalog.confusionOf("ede:18", "rcode:5").isEmpty());
        assertEquals("refused-vs-notauth", catalog.confusionOf("rcode:5", "rcode:9").orElseThrow().id());
        // a hub: SERVFAIL with one of its EDE causes, not two causes; NOTIMP with an OPCODE, not two OPCODEs
        assertEquals("servfail-causes", catalog.confusionOf("ede:6", "rcode:2").orElseThrow().id());
        assertTrue(catalog.confusionOf("ede:6", "ede:22").isEmpty());
        assertEquals("notimp-is-about-opcodes", catalog.confusionOf("opcode:1", "rcode:4").orElseThrow().id());
        assertTrue(catalog.confusionOf("opcode:1", "opcode:5").isEmpty());
        // a group note compares any two of its codes
        assertEquals("tsig-errors", catalog.confusionOf("rcode:17", "rcode:18").orElseThrow().id());
        Comparison c = Comparison.of(catalog.require("ede:18"), catalog.require("rcode:5"), en);
        assertTrue(c.note() == null && c.keyDifferences().stream().noneMatch(k -> k.contains("NOTAUTH")),
                c.keyDifferences().toString());
    }
    @Test
    void theTwoMeaningsOfANumberAreToldApartByName() {
        Comparison c = Comparison.of(catalog.require("rcode:9"), catalog.require("rcode:9:tsig"), en);
        assertEquals("NOTAUTH (9, Server Not Authoritative for zone)", Comparison.title(c.a(), catalog));
        assertEquals("NOTAUTH (9, Not Authorized)", Comparison.title(c.b(), catalog));
        assertTrue(c.intro().contains("NOTAUTH (9, Not Authorized)"), c.intro());
        // a number with one meaning keeps its short title
        assertEquals("NXDOMAIN (3)", Comparison.title(catalog.require("rcode:3"), catalog));
    }

    @Test
    void theNoteOfAPairIsTheOneAboutBothCodes() {
        // BADSIG and BADTRUNC are both named by the TC-bit note (as signatures rejected), but that note is about
        // the TC flag: the pair gets the note about the TSIG errors
        for (String[] pair : List.of(new String[] {"rcode:16:badsig", "rcode:22"},
                new String[] {"rcode:17", "rcode:18"}, new String[] {"rcode:9:tsig", "rcode:22"})) {
            Comparison c = Comparison.of(catalog.require(pair[0]), catalog.require(pair[1]), en);
            assertNotNull(c.note(), List.of(pair).toString());
            assertEquals("tsig-errors", c.note().id(), List.of(pair).toString());
            assertFalse(c.note().title().contains("TC bit"), c.note().title());
        }
        assertEquals("tc-bit-vs-badtrunc", catalog.confusionsOf("rcode:22").stream()
                .filter(x -> x.id().startsWith("tc-")).findFirst().orElseThrow().id(),
                "BADTRUNC's hover still links the TC-bit note");
    }

    @Test
    void badversVersusBadsigSaysSameValue() {
        Entry badvers = catalog.require("rcode:16:badvers");
        Entry badsig = catalog.require("rcode:16:badsig");
        Comparison c = Comparison.of(badvers, badsig, en);
        String same = en.label("cmp.sameValue", "n", "16");
        assertFalse(same.contains("{"), same);
        assertTrue(c.keyDifferences().contains(same), c.keyDifferences().toString());
        // and they are carried in different places
        assertTrue(c.keyDifferences().stream().anyMatch(s -> s.contains(en.label("carrier.OPT"))
                && s.contains(en.label("carrier.TSIG"))), c.keyDifferences().toString());
        assertEquals(en.label("cmp.intro.same", "a", badvers.title(), "b", badsig.title(),
                "kinds", en.label("kind.RCODE.plural")), c.intro());
        // the two meanings of 9 likewise
        Comparison nine = Comparison.of(catalog.require("rcode:9"), catalog.require("rcode:9:tsig"), en);
        assertTrue(nine.keyDifferences().contains(en.label("cmp.sameValue", "n", "9")));
    }

    @Test
    void rcodeVersusEdeSaysTheKindsDiffer() {
        Entry servfail = catalog.require("rcode:2");
        Entry bogus = catalog.require("ede:6");
        Comparison c = Comparison.of(servfail, bogus, en);
        assertEquals(en.label("cmp.intro.different", "a", servfail.title(), "b", bogus.title(),
                "aKind", en.label("kind.RCODE.one"), "bKind", en.label("kind.EDE.one")), c.intro());
        String kinds = en.label("cmp.kinds", "a", servfail.title(), "aKind", en.label("kind.RCODE.phrase"),
                "b", bogus.title(), "bKind", en.label("kind.EDE.phrase"));
        assertTrue(c.keyDifferences().contains(kinds), c.keyDifferences().toString());
        // no "same value" line across registries, although both are numbers in their own registry
        Comparison sameNumber = Comparison.of(catalog.require("rcode:6"), catalog.require("ede:6"), en);
        assertFalse(sameNumber.keyDifferences().contains(en.label("cmp.sameValue", "n", "6")));
    }

    @Test
    void withoutANoteTheMeaningsAreKeyDifferences() {
        // EDE 1 and 2: one defining RFC, no hand-written note; what tells them apart is what each means
        Entry a = catalog.require("ede:1");
        Entry b = catalog.require("ede:2");
        Assumptions.assumeTrue(catalog.confusionOf(a.id(), b.id()).isEmpty());
        Comparison c = Comparison.of(a, b, en);
        assertTrue(c.keyDifferences().contains(en.label("cmp.useWhen", "code", a.title(),
                "text", a.content().summary())), c.keyDifferences().toString());
        assertTrue(c.keyDifferences().contains(en.label("cmp.useWhen", "code", b.title(),
                "text", b.content().summary())), c.keyDifferences().toString());
        // RFC 4035, which EDE 1 cites, does not define it: no "defined in" line for two codes of RFC 8914
        assertTrue(c.keyDifferences().stream().noneMatch(d -> d.contains("RFC 4035")), c.keyDifferences().toString());
    }

    @Test
    void onlyTheDefiningReferenceIsSaidToDefineACode() {
        Entry noerror = catalog.require("rcode:0");
        Entry nodata = catalog.require("pseudo:nodata");
        Comparison c = Comparison.of(noerror, nodata, en);
        assertTrue(c.keyDifferences().contains(en.label("cmp.refs", "a", noerror.title(), "aRefs", "RFC 1035",
                "b", nodata.title(), "bRefs", "RFC 2308")), c.keyDifferences().toString());
        // IQUERY is defined in RFC 1035 and made obsolete by RFC 3425
        assertEquals("RFC 1035", Comparison.definedIn(catalog.require("opcode:1")));
        assertEquals(null, Comparison.definedIn(catalog.require("opcode:3")), "an unassigned value has no definition");
        for (Entry e : catalog.entries()) {
            String d = Comparison.definedIn(e);
            if (d != null && d.startsWith("RFC ")) {
                // no code is defined in an RFC older than its registry's: EDEs come with RFC 8914 or later
                int n = Integer.parseInt(d.substring(4));
                assertTrue(e.kind() != Kind.EDE || n >= 8914, e.id() + " defined in " + d);
            }
        }
    }

    @Test
    void aCodeComparedWithItself() {
        Entry nx = catalog.require("rcode:3");
        Comparison c = Comparison.of(nx, nx, en);
        assertTrue(c.keyDifferences().contains(en.label("cmp.same", "a", nx.title())));
        assertEquals(1, c.whenToUseWhich().stream().filter(s -> s.startsWith(nx.title())).count());
        assertEquals(null, c.note(), "a confusion note is about two different codes");
        assertEquals(en.label("cmp.same", "a", nx.title()), c.intro(), "the intro says it is one code");
    }

    @Test
    void unassignedRangesAreFlagged() {
        Entry range = catalog.lookup(Kind.RCODE, 12).get(0);
        Comparison c = Comparison.of(catalog.require("rcode:11"), range, en);
        assertTrue(c.keyDifferences().contains(en.label("cmp.status.UNASSIGNED", "code", range.title())));
    }

    private static void check(String where, String s, List<String> problems) {
        if (s == null || s.isBlank()) {
            problems.add(where + ": empty");
            return;
        }
        for (String p : placeholders) {
            if (s.contains(p)) {
                problems.add(where + ": unfilled placeholder " + p + " in: " + s);
            }
        }
        for (String prefix : List.of("cmp.", "kind.", "carrier.", "severity.", "status.", "certainty.", "list.")) {
            if (s.startsWith(prefix)) {
                problems.add(where + ": missing label " + s);
            }
        }
    }
}
