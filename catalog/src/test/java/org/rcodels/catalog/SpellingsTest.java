package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How tools spell codes. The table in spellings/cases.csv is written from DNS-FACTS independently of
 * spellings.json; every row must resolve, for that tool, to exactly the expected entries, in any letter case.
 */
class SpellingsTest {

    /** Tool ids that scanners and completion written elsewhere refer to. */
    static final List<String> REQUIRED_TOOLS = List.of("iana", "bind", "bind-ede", "miekg", "miekg-go", "coredns",
            "go-dnsmessage", "go-net", "dnspython", "unbound", "ldns", "knot", "kresd", "nameser", "dnsjava", "netty",
            "pdns-long", "pdns-short", "pdns-lua", "dnsdist", "tcpdump", "wireshark", "zeek", "windows",
            "windows-nslookup", "cares", "dnsmasq", "rfc1035", "ecs");

    static Stream<Arguments> cases() {
        List<TestCsv.Line> lines = TestCsv.read("/spellings/cases.csv");
        return lines.stream().map(l -> Arguments.of(l.cell(0), l.cell(1),
                new TreeSet<>(Arrays.asList(l.cell(2).trim().split("\\s+")))));
    }

    @Test
    void theTableIsLargeEnough() {
        assertTrue(cases().count() >= 80);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @MethodSource("cases")
    void resolvesForTheTool(String spelling, String toolId, Set<String> expected) {
        Catalog c = Catalog.standard();
        Tool tool = c.tool(toolId).orElseThrow(() -> new AssertionError("no tool " + toolId));

        List<Spelling> exact = forTool(c.resolve(spelling), toolId);
        assertEquals(expected, ids(exact), "entries for '" + spelling + "' as " + toolId + " spells it");
        for (Spelling s : exact) {
            assertEquals(s.text().equals(spelling), s.exactCase(), "exactCase of " + s.text() + " for '" + spelling + "'");
        }
        for (String id : expected) {
            assertTrue(exact.stream().anyMatch(s -> s.exactCase() && s.entry().id().equals(id)),
                    "'" + spelling + "' is not an exact spelling of " + id + " for " + toolId);
        }
        // surrounding white space does not matter
        assertEquals(expected, ids(forTool(c.resolve("  " + spelling + "\t"), toolId)));

        for (String variant : List.of(swapCase(spelling), spelling.toLowerCase(), spelling.toUpperCase())) {
            if (variant.equals(spelling)) {
                continue;
            }
            List<Spelling> other = forTool(c.resolve(variant), toolId);
            boolean named = tool.names().values().stream().anyMatch(l -> l.contains(spelling));
            if (!named && tool.caseSensitive()) {
                // a numbered spelling of a tool whose parser is exact does not match another case
                assertTrue(other.isEmpty(), variant + " should not match " + toolId + " (case-sensitive)");
                continue;
            }
            assertEquals(expected, ids(other), "entries for the case variant '" + variant + "'");
            for (Spelling s : other) {
                assertEquals(s.text().equals(variant), s.exactCase(), "exactCase of " + s.text() + " for '" + variant + "'");
                assertTrue(s.text().equalsIgnoreCase(variant), "the tool's own spelling is reported: " + s.text());
            }
        }
    }

    /** Every spelling in spellings.json resolves back to its entry, for its tool, with exactCase true. */
    @Test
    void everyListedSpellingResolvesBack() {
        Catalog c = Catalog.standard();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Tool t : c.tools()) {
            for (Map.Entry<String, List<String>> me : t.names().entrySet()) {
                for (String s : me.getValue()) {
                    count++;
                    boolean found = c.resolve(s).stream().anyMatch(x -> x.tool() == t && x.exactCase()
                            && x.entry().id().equals(me.getKey()));
                    if (!found) {
                        problems.add(t.id() + ": '" + s + "' does not resolve to " + me.getKey());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(count > 500, "spellings.json looks truncated: " + count + " spellings");
    }

    /** Numbered spellings resolve at both ends and in the middle of their span, and not just outside it. */
    @Test
    void numberedSpellingsResolveWithinTheirSpan() {
        Catalog c = Catalog.standard();
        List<String> problems = new ArrayList<>();
        for (Tool t : c.tools()) {
            for (NumberedSpelling n : t.numbered()) {
                for (int v : new int[] {n.from(), n.to(), (n.from() + n.to()) / 2}) {
                    String text = n.format(v);
                    Set<String> got = ids(forTool(c.resolve(text), t.id()).stream()
                            .filter(s -> s.entry().kind() == n.kind()).toList());
                    Set<String> want = c.lookup(n.kind(), v).stream().map(Entry::id)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (want.isEmpty() || !got.equals(want)) {
                        problems.add(t.id() + ": " + text + " gives " + got + ", lookup gives " + want);
                    }
                }
                for (int v : new int[] {n.from() - 1, n.to() + 1}) {
                    if (v < 0 || v > n.kind().maxValue()) {
                        continue;
                    }
                    boolean covered = t.numbered().stream().anyMatch(o -> o.kind() == n.kind()
                            && o.template().equals(n.template()) && v >= o.from() && v <= o.to());
                    boolean hit = forTool(c.resolve(n.format(v)), t.id()).stream()
                            .anyMatch(s -> s.entry().kind() == n.kind() && !t.names().containsKey(s.entry().id()));
                    if (!covered && hit) {
                        problems.add(t.id() + ": " + n.format(v) + " resolves although it is outside " + n);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void requiredToolsExistWithNames() {
        Catalog c = Catalog.standard();
        for (String id : REQUIRED_TOOLS) {
            Tool t = c.tool(id).orElseThrow(() -> new AssertionError("missing tool " + id));
            assertFalse(t.name().isBlank(), id);
            assertFalse(t.names().isEmpty() && t.numbered().isEmpty(), id + " spells nothing");
        }
    }

    @Test
    void spellingsAreCleanText() {
        Catalog c = Catalog.standard();
        List<String> problems = new ArrayList<>();
        for (Tool t : c.tools()) {
            t.names().forEach((id, list) -> {
                if (new HashSet<>(list).size() != list.size()) {
                    problems.add(t.id() + " " + id + ": duplicate spelling in " + list);
                }
                for (String s : list) {
                    if (s.strip().length() < 2 || !s.equals(s.strip())) {
                        problems.add(t.id() + " " + id + ": '" + s + "' is one letter or padded");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The first spelling is what completion offers for a file of that tool. */
    @Test
    void preferredSpellingsPerTool() {
        Catalog c = Catalog.standard();
        assertEquals("NOTIMP", tool(c, "bind").spellingOf("rcode:4"));
        assertEquals("NOTIMP", tool(c, "miekg").spellingOf("rcode:4"));
        assertEquals("NOTIMPL", tool(c, "unbound").spellingOf("rcode:4"));
        assertEquals("NOTIMPL", tool(c, "ldns").spellingOf("rcode:4"));
        assertEquals("NOTIMPL", tool(c, "knot").spellingOf("rcode:4"));
        assertEquals("NOTIMPL", tool(c, "kresd").spellingOf("rcode:4"));
        assertEquals("ns_r_notimpl", tool(c, "nameser").spellingOf("rcode:4"));
        assertEquals("NXDomain", tool(c, "tcpdump").spellingOf("rcode:3"));
        // Netty: the constant people write (DnsResponseCode.NXDOMAIN), not its toString name NXDomain
        assertEquals("NXDOMAIN", tool(c, "netty").spellingOf("rcode:3"));
        assertEquals("BADVERS_OR_BADSIG", tool(c, "netty").spellingOf("rcode:16:badsig"));
        assertEquals("Non-Existent domain", tool(c, "pdns-long").spellingOf("rcode:3"));
        assertEquals("No such name", tool(c, "wireshark").spellingOf("rcode:3"));
        assertEquals("NXRRSet", tool(c, "zeek").spellingOf("rcode:8"));
        assertEquals("RcodeNameError", tool(c, "miekg-go").spellingOf("rcode:3"));
        assertEquals("DNS_ERROR_RCODE_NAME_ERROR", tool(c, "windows").spellingOf("rcode:3"));
        // Windows nslookup prints BIND 4's texts ("Server failed", "Query refused"); its help names others
        assertEquals("Server failed", tool(c, "windows-nslookup").spellingOf("rcode:2"));
        assertEquals("Query refused", tool(c, "windows-nslookup").spellingOf("rcode:5"));
        assertEquals("ENOTFOUND", tool(c, "cares").spellingOf("rcode:3"));
        assertEquals("ENODATA", tool(c, "cares").spellingOf("pseudo:nodata"));
        assertEquals("nodata", tool(c, "unbound").spellingOf("pseudo:nodata"));
        assertEquals("NoAnswer", tool(c, "dnspython").spellingOf("pseudo:nodata"));
        assertEquals("Stale NXDOMAIN Answer", tool(c, "bind-ede").spellingOf("ede:19"));
        assertEquals("NXDOMAIN Answer", tool(c, "ldns").spellingOf("ede:19"));
        // miekg prints BADSIG for 16 and has no BADVERS spelling at all
        assertEquals("BADSIG", tool(c, "miekg").spellingOf("rcode:16:badsig"));
        assertNull(tool(c, "miekg").spellingOf("rcode:16:badvers"));
        assertNull(tool(c, "coredns").spellingOf("rcode:16:badvers"));
        // BIND keeps the TSIG names apart from the OPT name
        assertEquals("BADVERS", tool(c, "bind").spellingOf("rcode:16:badvers"));
        assertEquals("BADSIG", tool(c, "bind").spellingOf("rcode:16:badsig"));
        // a value with no name of its own is completed from the numbered spelling
        assertEquals(List.of("RESERVED11"), c.spellingsOf("rcode:11").get(tool(c, "bind")));
        assertEquals(List.of("Resp11"), c.spellingsOf("rcode:11").get(tool(c, "tcpdump")));
        assertEquals(List.of("DSOTYPENI"), c.spellingsOf("rcode:11").get(tool(c, "miekg")));
    }

    @Test
    void nonSpellingsResolveToNothing() {
        Catalog c = Catalog.standard();
        for (String s : List.of("", "   ", "NXDOMIAN", "SERVFIAL", "RESERVED", "Resp", "?", "?? ()", "rcode-",
                "x".repeat(81))) {
            assertEquals(List.of(), c.resolve(s), "'" + s + "'");
        }
        assertEquals(List.of(), c.resolve(null));
        // numbered spellings stop at the ends of their spans
        assertTrue(forTool(c.resolve("Resp15"), "tcpdump").isEmpty(), "tcpdump prints NoChange for 15");
        assertTrue(forTool(c.resolve("Resp16"), "tcpdump").isEmpty(), "tcpdump prints BadVers for 16");
        assertTrue(forTool(c.resolve("RESERVED16"), "bind").isEmpty(), "BIND prints BADVERS for 16");
        assertTrue(forTool(c.resolve("RCODE3"), "unbound").isEmpty(), "Unbound prints NXDOMAIN for 3");
        assertTrue(forTool(c.resolve("rcode-3842"), "zeek").isEmpty(), "Zeek prints BADSIG for 3842");
    }

    private static Tool tool(Catalog c, String id) {
        return c.tool(id).orElseThrow(() -> new AssertionError("missing tool " + id));
    }

    private static List<Spelling> forTool(List<Spelling> l, String toolId) {
        return l.stream().filter(s -> s.tool() != null && s.tool().id().equals(toolId)).toList();
    }

    private static Set<String> ids(List<Spelling> l) {
        return l.stream().map(s -> s.entry().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String swapCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
        }
        return b.toString();
    }
}
