package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;

class CommandsTest {
    static final Catalog CATALOG = Catalog.standard();
    static final Texts EN = CATALOG.texts("en");

    static Optional<String> run(String command, boolean markdown, String... args) {
        return Commands.execute(CATALOG, EN, command, List.of(args), markdown);
    }

    @Test
    void explainRendersTheFullEntry() {
        String md = run(Action.EXPLAIN, true, "rcode:3").orElseThrow();
        assertTrue(md.startsWith("## NXDOMAIN (3)"), md);
        assertTrue(md.contains(EN.content(CATALOG.require("rcode:3")).summary()), md);
        // full: the facts and related codes a hover leaves out are there too
        assertTrue(md.contains(EN.label("field.registry")), md);
        assertTrue(md.contains("### " + EN.label("section.related")), md);

        String text = run(Action.EXPLAIN, false, "rcode:3").orElseThrow();
        assertTrue(text.startsWith("NXDOMAIN (3)"), text);
        assertFalse(text.contains("## "), text);
    }

    @Test
    void explainAcceptsSpellings() {
        assertEquals(run(Action.EXPLAIN, true, "rcode:3"), run(Action.EXPLAIN, true, "nxdomain"));
        assertEquals(run(Action.EXPLAIN, true, "rcode:3"), run(Action.EXPLAIN, true, "NXDomain"));
        assertTrue(run(Action.EXPLAIN, true, "ede:18").orElseThrow().contains("Prohibited"));
        // as the command line takes them: a number with all its meanings, a registry and a number, a config value
        assertEquals(run(Action.EXPLAIN, true, "rcode:3"), run(Action.EXPLAIN, true, "3"));
        String sixteen = run(Action.EXPLAIN, true, "16").orElseThrow();
        assertTrue(sixteen.startsWith("## BADVERS (16)") && sixteen.contains("## BADSIG (16)"), sixteen);
        assertTrue(run(Action.EXPLAIN, true, "ede 18").orElseThrow().startsWith("## EDE 18 Prohibited"));
        String drop = run(Action.EXPLAIN, true, "policy.DROP").orElseThrow();
        assertTrue(drop.contains("`policy.DROP`") && drop.contains("## SERVFAIL (2)"), drop);
        assertTrue(run(Action.EXPLAIN, true, "rpz-drop.").orElseThrow().contains("rpz-drop."));
        assertTrue(run(Action.EXPLAIN, true, "99999").isEmpty());
    }

    @Test
    void compareRendersTheComparison() {
        String md = run(Action.COMPARE, true, "rcode:3", "pseudo:nodata").orElseThrow();
        assertTrue(md.startsWith("## NXDOMAIN (3) vs NODATA"), md);
        assertTrue(md.contains(EN.label("section.keyDifferences")), md);
        // the hand-written note for this pair comes with it
        String note = CATALOG.confusionOf("rcode:3", "pseudo:nodata").orElseThrow().title();
        assertTrue(md.contains(note), md);
        assertEquals(run(Action.COMPARE, false, "rcode:3", "pseudo:nodata"),
                run(Action.COMPARE, false, "NXDOMAIN", "nodata"));
    }

    @Test
    void emptyForUnknownCommandsAndArguments() {
        assertTrue(run("rcode.frobnicate", true, "rcode:3").isEmpty());
        assertTrue(run(Action.EXPLAIN, true, "rcode:99999").isEmpty());
        assertTrue(run(Action.EXPLAIN, true, "NXDOMIAN").isEmpty());
        assertTrue(run(Action.EXPLAIN, true).isEmpty());
        assertTrue(run(Action.EXPLAIN, true, "rcode:3", "rcode:2").isEmpty());
        assertTrue(run(Action.COMPARE, true, "rcode:3").isEmpty());
        assertTrue(run(Action.COMPARE, true, "rcode:3", "nonsense").isEmpty());
        assertTrue(run(Action.EXPLAIN, true, "x".repeat(10_000)).isEmpty());
        assertTrue(Commands.execute(CATALOG, EN, null, List.of(), true).isEmpty());
        assertTrue(Commands.execute(CATALOG, EN, Action.EXPLAIN, null, true).isEmpty());
    }
}
