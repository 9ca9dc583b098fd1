package org.rcodels.server.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Kind;
import org.rcodels.server.dialect.Dialect;

/**
 * {@link Scans#name}: the mention is the reading tool's only where that tool spells the word so; whichever other
 * tool happens to spell it says nothing about the file.
 */
class ScansTest {

    /** The one mention Scans.name adds for the whole of {@code word}, read by {@code tool}. */
    private static Mention name(String word, String tool, Kind kind) {
        List<Mention> out = new ArrayList<>();
        Scans.name(ScanHarness.context(Dialect.LUA, word), out, 0, word, 0, word.length(), tool, kind);
        assertEquals(1, out.size(), word + " read by " + tool + ": " + out);
        return out.get(0);
    }

    @Test
    void theReadingToolOwnsOnlyItsOwnSpellings() {
        // dnsdist spells 4 NOTIMP; NOTIMPL is miekg's, Unbound's, Knot Resolver's... and none of them reads the file
        Mention notimpl = name("NOTIMPL", "dnsdist", Kind.RCODE);
        assertEquals("rcode:4", notimpl.entry().id());
        assertNull(notimpl.tool());
        assertEquals("dnsdist", name("NOTIMP", "dnsdist", Kind.RCODE).tool());
        // Knot Resolver spells 4 NOTIMPL; NOTIMP matches IANA's NotImp only in another case
        Mention notimp = name("NOTIMP", "kresd", Kind.RCODE);
        assertEquals("rcode:4", notimp.entry().id());
        assertNull(notimp.tool());
        assertEquals("kresd", name("NOTIMPL", "kresd", Kind.RCODE).tool());
        // CoreDNS has no BADVERS (miekg/dns calls 16 BADSIG)
        Mention badvers = name("BADVERS", "coredns", Kind.RCODE);
        assertEquals("rcode:16:badvers", badvers.entry().id());
        assertNull(badvers.tool());
    }

    @Test
    void caseCountsWhereTheToolMindsIt() {
        // Knot Resolver's Lua constants are case-sensitive: "blocked" still names EDE 15, but is not its spelling
        Mention blocked = name("blocked", "kresd", Kind.EDE);
        assertEquals("ede:15", blocked.entry().id());
        assertNull(blocked.tool());
        assertEquals("kresd", name("BLOCKED", "kresd", Kind.EDE).tool());
        // CoreDNS reads names in any case
        assertEquals("coredns", name("nxdomain", "coredns", Kind.RCODE).tool());
    }

    @Test
    void noReadingToolNoTool() {
        // an upper-case name in a file whose tool is unknown: IANA (or BIND...) spelling it so is no reason to name it
        Mention m = name("NXDOMAIN", null, Kind.RCODE);
        assertEquals("rcode:3", m.entry().id());
        assertNull(m.tool());
    }

    @Test
    void knotResolversExtendedErrorMembers() {
        // members Knot Resolver's own modules use: renumber (FORGED), serve_stale (STALE_NXD), any_notimp (NOTSUP)
        for (String[] c : new String[][] {{"FORGED", "ede:4"}, {"STALE_NXD", "ede:19"}, {"NOTSUP", "ede:21"}}) {
            Mention m = name(c[0], "kresd", Kind.EDE);
            assertEquals(c[1], m.entry().id(), c[0]);
            assertEquals("kresd", m.tool(), c[0]);
        }
    }
}
