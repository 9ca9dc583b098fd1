package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compares the catalog with an independent copy of the three IANA registries (test resources iana/*.csv, written
 * from DNS-FACTS A.2, B and C): every value and range is there with the same status and IANA name, and the RFCs the
 * registry cites are among the entry's references.
 */
class IanaRegistryTest {

    private static final Pattern RFC = Pattern.compile("RFC\\s*(\\d+)");

    private record Row(int from, int to, Status status, String name, String description, Set<Integer> rfcs,
                       String text) {
    }

    @Test
    void rcodeRegistryMatches() {
        check(Kind.RCODE, "/iana/rcodes.csv", true);
    }

    @Test
    void edeRegistryMatches() {
        check(Kind.EDE, "/iana/ede.csv", false);
    }

    @Test
    void opcodeRegistryMatches() {
        check(Kind.OPCODE, "/iana/opcodes.csv", false);
    }

    /** An EDE code that no RFC defines (drafts, vendor references) must not claim certainty STANDARD, and vice versa. */
    @Test
    void edeCertaintyFollowsTheReference() {
        Catalog c = Catalog.standard();
        List<String> problems = new ArrayList<>();
        for (Row row : rows("/iana/ede.csv", false)) {
            if (row.status() != Status.ASSIGNED) {
                continue;
            }
            Entry e = c.lookup(Kind.EDE, row.from()).get(0);
            boolean standard = e.certainty() == Certainty.STANDARD;
            if (standard == row.rfcs().isEmpty()) {
                problems.add(e.id() + " has certainty " + e.certainty() + " but the registry cites "
                        + (row.rfcs().isEmpty() ? "no RFC" : "RFC " + row.rfcs()));
            }
            if (!standard && (e.certaintyNote() == null || e.certaintyNote().isBlank())) {
                problems.add(e.id() + " needs a certaintyNote");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(Kind kind, String resource, boolean hasDescription) {
        Catalog c = Catalog.standard();
        List<Row> rows = rows(resource, hasDescription);
        List<String> problems = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (Row row : rows) {
            List<Entry> candidates = c.entries(kind).stream()
                    .filter(e -> e.value() == row.from() && e.to() == row.to()).toList();
            long sameSpan = rows.stream().filter(r -> r.from() == row.from() && r.to() == row.to()).count();
            if (candidates.size() != sameSpan) {
                problems.add(row.text() + ": expected " + sameSpan + " catalog entr" + (sameSpan == 1 ? "y" : "ies")
                        + " for " + span(row) + ", found " + ids(candidates));
                continue;
            }
            List<Entry> fitting = candidates.stream().filter(e -> fits(row, e)).toList();
            if (fitting.size() != 1) {
                problems.add(row.text() + ": no single entry has this IANA name" + (hasDescription ? "/description" : "")
                        + "; candidates " + candidates.stream().map(e -> e.id() + " ianaName=" + e.ianaName()
                        + " ianaDescription=" + e.ianaDescription()).toList());
                continue;
            }
            Entry e = fitting.get(0);
            if (!matched.add(e.id())) {
                problems.add(row.text() + ": entry " + e.id() + " already matched another row");
            }
            if (e.status() != row.status()) {
                problems.add(e.id() + ": status " + e.status() + ", registry says " + row.status());
            }
            Set<Integer> refs = e.refs().stream().filter(Ref::isRfc).map(Ref::rfc).collect(Collectors.toSet());
            for (int rfc : row.rfcs()) {
                if (!refs.contains(rfc)) {
                    problems.add(e.id() + ": refs " + refs + " lack RFC " + rfc + " cited by the registry");
                }
            }
            // A lookup of any value in the span must give this entry.
            for (int v : new int[] {row.from(), row.to(), row.from() + (row.to() - row.from()) / 2}) {
                if (!c.lookup(kind, v).contains(e)) {
                    problems.add("lookup(" + kind + ", " + v + ") does not give " + e.id());
                }
            }
        }
        Set<String> all = c.entries(kind).stream().map(Entry::id).collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(matched);
        if (!all.isEmpty()) {
            problems.add("catalog entries with no registry row: " + all);
        }
        if (!problems.isEmpty()) {
            fail(resource + ":\n  " + String.join("\n  ", problems));
        }
        assertEquals(rows.size(), matched.size());
    }

    private static boolean fits(Row row, Entry e) {
        if (row.status() == Status.ASSIGNED || e.ianaName() != null) {
            if (!row.name().equals(e.ianaName())) {
                return false;
            }
        }
        return row.description().isEmpty() || row.description().equals(e.ianaDescription());
    }

    private static List<Row> rows(String resource, boolean hasDescription) {
        List<Row> rows = new ArrayList<>();
        for (TestCsv.Line l : TestCsv.read(resource)) {
            String span = l.cell(0);
            int dash = span.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? span : span.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(span.substring(dash + 1));
            String description = hasDescription ? l.cell(3) : "";
            String ref = l.cell(hasDescription ? 4 : 3);
            Set<Integer> rfcs = new TreeSet<>();
            Matcher m = RFC.matcher(ref);
            while (m.find()) {
                rfcs.add(Integer.parseInt(m.group(1)));
            }
            rows.add(new Row(from, to, Status.valueOf(l.cell(1)), l.cell(2), description, rfcs, l.text()));
        }
        assertTrue(rows.size() > 5, resource + " has too few rows");
        return rows;
    }

    private static String span(Row r) {
        return r.from() == r.to() ? Integer.toString(r.from()) : r.from() + "-" + r.to();
    }

    private static List<String> ids(List<Entry> l) {
        return l.stream().map(Entry::id).toList();
    }
}
