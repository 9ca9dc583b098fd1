package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Numbers to entries, and near-miss names to suggestions. */
class LookupTest {

    private final Catalog c = Catalog.standard();

    @Test
    void sixteenHasTwoMeanings() {
        assertEquals(Set.of("rcode:16:badvers", "rcode:16:badsig"), ids(c.lookup(Kind.RCODE, 16)));
        assertEquals("rcode:16:badsig", c.lookup(Kind.RCODE, 16, true).orElseThrow().id());
        assertEquals("rcode:16:badvers", c.lookup(Kind.RCODE, 16, false).orElseThrow().id());
    }

    @Test
    void nineHasTwoMeanings() {
        assertEquals(Set.of("rcode:9", "rcode:9:tsig"), ids(c.lookup(Kind.RCODE, 9)));
        assertEquals("rcode:9:tsig", c.lookup(Kind.RCODE, 9, true).orElseThrow().id());
        assertEquals("rcode:9", c.lookup(Kind.RCODE, 9, false).orElseThrow().id());
    }

    @Test
    void ordinaryCodesHaveOneMeaning() {
        assertEquals(List.of("rcode:3"), idList(c.lookup(Kind.RCODE, 3)));
        assertEquals("rcode:3", c.lookup(Kind.RCODE, 3, true).orElseThrow().id());
        assertEquals(List.of("rcode:23"), idList(c.lookup(Kind.RCODE, 23)));
        assertEquals(List.of("ede:18"), idList(c.lookup(Kind.EDE, 18)));
        assertEquals(List.of("opcode:5"), idList(c.lookup(Kind.OPCODE, 5)));
    }

    @Test
    void unassignedAndReservedValuesGiveTheirRange() {
        for (int v : new int[] {12, 13, 15}) {
            assertRange(c.lookup(Kind.RCODE, v), 12, 15, Status.UNASSIGNED);
        }
        assertRange(c.lookup(Kind.RCODE, 24), 24, 3840, Status.UNASSIGNED);
        assertRange(c.lookup(Kind.RCODE, 4000), 3841, 4095, Status.PRIVATE_USE);
        // beyond the 12-bit OPT range: only TSIG/TKEY error fields can carry these
        List<Entry> tsigOnly = c.lookup(Kind.RCODE, 5000);
        assertRange(tsigOnly, 4096, 65534, Status.UNASSIGNED);
        assertTrue(tsigOnly.get(0).carriers().stream().noneMatch(x -> x == Carrier.HEADER || x == Carrier.OPT),
                "4096-65534 cannot be carried in the header or OPT: " + tsigOnly.get(0).carriers());
        List<Entry> last = c.lookup(Kind.RCODE, 65535);
        assertEquals(1, last.size());
        assertEquals(Status.RESERVED, last.get(0).status());
        assertEquals(65535, last.get(0).value());
        assertRange(c.lookup(Kind.EDE, 50000), 49152, 65535, Status.PRIVATE_USE);
        assertRange(c.lookup(Kind.EDE, 36), 36, 49151, Status.UNASSIGNED);
        assertRange(c.lookup(Kind.OPCODE, 9), 7, 15, Status.UNASSIGNED);
    }

    @Test
    void valuesOutsideTheRegistryGiveNothing() {
        assertEquals(List.of(), c.lookup(Kind.RCODE, -1));
        assertEquals(List.of(), c.lookup(Kind.RCODE, 65536));
        assertEquals(List.of(), c.lookup(Kind.OPCODE, 16));
        assertEquals(List.of(), c.lookup(Kind.EDE, 70000));
        assertTrue(c.lookup(Kind.OPCODE, 16, false).isEmpty());
    }

    @Test
    void everyValueOfEveryRegistryHasAnAnswer() {
        for (Kind k : List.of(Kind.RCODE, Kind.EDE, Kind.OPCODE)) {
            for (int v = 0; v <= k.maxValue(); v++) {
                int n = c.lookup(k, v).size();
                boolean twoMeanings = k == Kind.RCODE && (v == 9 || v == 16);
                if (n != (twoMeanings ? 2 : 1)) {
                    throw new AssertionError(k + " " + v + " has " + n + " meanings");
                }
            }
        }
    }

    @Test
    void suggestionsForTypos() {
        assertTrue(c.suggest("NXDOMIAN", 5).contains("NXDOMAIN"), c.suggest("NXDOMIAN", 5).toString());
        assertTrue(c.suggest("SERVFIAL", 5).contains("SERVFAIL"), c.suggest("SERVFIAL", 5).toString());
        assertEquals("NXDOMAIN", c.suggest("nxdomian", 5).get(0));
        assertTrue(c.suggest("NOTIMLP", 5).stream().anyMatch(s -> s.equals("NOTIMP") || s.equals("NOTIMPL")));
        assertTrue(c.suggest("BADCOKIE", 5).contains("BADCOOKIE"));
        assertTrue(c.suggest("Prohibitted", 5).stream().anyMatch(s -> s.equalsIgnoreCase("Prohibited")));
        assertTrue(c.suggest("NXDOMIAN", 1).size() <= 1);
        assertEquals(List.of(), c.suggest("completely unrelated words", 5));
        assertEquals(List.of(), c.suggest("", 5));
        assertEquals(List.of(), c.suggest(null, 5));
        // what names a code is resolved, not "corrected"
        assertTrue(c.resolve("NXDOMIAN").isEmpty());
    }

    private static void assertRange(List<Entry> l, int from, int to, Status status) {
        assertEquals(1, l.size(), l.toString());
        Entry e = l.get(0);
        assertTrue(e.isRange(), e.id());
        assertEquals(from, e.value(), e.id());
        assertEquals(to, e.to(), e.id());
        assertEquals(status, e.status(), e.id());
    }

    private static Set<String> ids(List<Entry> l) {
        return l.stream().map(Entry::id).collect(Collectors.toSet());
    }

    private static List<String> idList(List<Entry> l) {
        return l.stream().map(Entry::id).toList();
    }
}
